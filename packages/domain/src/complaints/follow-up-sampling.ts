import type { MessageParams } from '../catalog/catalog-messages.js';
import { BASIS_POINTS_PER_WHOLE, type BasisPoints } from '../money/basis-points.js';
import { addLocalDays, addLocalMonths, shanghaiDate, shanghaiInstant } from '../calendar/working-calendar.js';
import type { ComplaintSeverity } from './complaint-classification.js';
import type { ComplaintMessageKey } from './complaint-messages.js';

/**
 * Follow-up visits (回访, README §5): what share of completed work is visited,
 * by whom and when. Rates and windows are company settings; the defaults are
 * the procedures' table, and validateFollowUpRules keeps a company at or
 * above the procedures' floors (100 % stays 100 %, "at least 30 %" ≥ 30 %).
 *
 * Windows are counted in calendar days and months in Asia/Shanghai, not
 * working days: customer service keeps a duty desk through weekends and
 * holidays. A window opens at completion (or at the start of the local day
 * `opensAfter` later) and closes at the end of the local day `dueWithin`
 * after the completion date — "within 3 days" of a completion on 10-09 means
 * by the end of 10-12.
 */
export const FOLLOW_UP_SUBJECTS = [
  'complaint',
  'household_repair',
  'engineering_works',
  'emergency_assistance',
  'activity_survey',
  'special_incident',
] as const;
export type FollowUpSubject = (typeof FOLLOW_UP_SUBJECTS)[number];

export type FollowUpPeriod = { readonly days: number } | { readonly months: number };

export type FollowUpVisitor =
  | 'project_manager'
  | 'department_supervisor_with_customer_service'
  | 'customer_service'
  | 'set_by_service_centre_director';

export interface FollowUpRule {
  readonly rateBasisPoints: BasisPoints;
  /** 0 days for "within…" rules; 1 month for engineering works. */
  readonly opensAfter: FollowUpPeriod;
  readonly dueWithin: FollowUpPeriod;
}

export type FollowUpRules = Readonly<Record<FollowUpSubject, FollowUpRule>>;

export const DEFAULT_FOLLOW_UP_RULES: FollowUpRules = {
  complaint: { rateBasisPoints: 10_000, opensAfter: { days: 0 }, dueWithin: { days: 3 } },
  household_repair: { rateBasisPoints: 3000, opensAfter: { days: 0 }, dueWithin: { days: 3 } },
  engineering_works: { rateBasisPoints: 3000, opensAfter: { months: 1 }, dueWithin: { months: 2 } },
  emergency_assistance: { rateBasisPoints: 10_000, opensAfter: { days: 0 }, dueWithin: { days: 7 } },
  activity_survey: { rateBasisPoints: 3000, opensAfter: { days: 0 }, dueWithin: { months: 1 } },
  special_incident: { rateBasisPoints: 10_000, opensAfter: { days: 0 }, dueWithin: { days: 20 } },
};

/** The procedures' share range per subject: a company may raise a rate, not go below the floor (or above the survey's 60 %). */
export const FOLLOW_UP_RATE_LIMITS: Readonly<Record<FollowUpSubject, { readonly min: BasisPoints; readonly max: BasisPoints }>> = {
  complaint: { min: 10_000, max: 10_000 },
  household_repair: { min: 3000, max: 10_000 },
  engineering_works: { min: 3000, max: 10_000 },
  emergency_assistance: { min: 10_000, max: 10_000 },
  activity_survey: { min: 3000, max: 6000 },
  special_incident: { min: 10_000, max: 10_000 },
};

/**
 * Who visits (§5). Complaints: major → the project manager; general — and,
 * since the README names only those two, serious — the responsible
 * department's supervisor together with customer service.
 */
export function followUpVisitor(subject: FollowUpSubject, severity?: ComplaintSeverity | null): FollowUpVisitor {
  switch (subject) {
    case 'complaint':
      return severity === 'major' ? 'project_manager' : 'department_supervisor_with_customer_service';
    case 'special_incident':
      return 'project_manager';
    case 'activity_survey':
      return 'set_by_service_centre_director';
    case 'household_repair':
    case 'engineering_works':
    case 'emergency_assistance':
      return 'customer_service';
  }
}

// ------------------------------------------------------------ the sample rule

/**
 * 32-bit FNV-1a over the UTF-8 bytes of the text (offset basis 2166136261,
 * prime 16777619), as an unsigned integer. Small, public and easy to re-run
 * in any language, which is the point: an auditor can re-derive the sample.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The auditable sampling rule: bucket = FNV-1a-32(seed + ":" + subjectId) mod 10000;
 * the subject is visited when bucket < rate in basis points (30 % = 3000).
 * It depends only on the seed and the id, never on order, time or who ran it.
 * The API keeps one seed per company (e.g. generated once and stored, or
 * rotated per year) and shows it in the audit export. The mod-10000 bias
 * (2^32 is not a multiple of 10000) is below 0.0002 %.
 */
export function followUpSampleBucket(seed: string, subjectId: string): number {
  return fnv1a32(`${seed}:${subjectId}`) % BASIS_POINTS_PER_WHOLE;
}

export function isSelectedForFollowUp({
  seed,
  subjectId,
  rateBasisPoints,
}: {
  readonly seed: string;
  readonly subjectId: string;
  readonly rateBasisPoints: BasisPoints;
}): boolean {
  if (!Number.isSafeInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new RangeError('rateBasisPoints must be a whole number from 0 to 10000');
  }
  return followUpSampleBucket(seed, subjectId) < rateBasisPoints;
}

// ---------------------------------------------------------------- windows

export interface FollowUpWindow {
  /** Earliest time to visit (inclusive). */
  readonly opensAt: Date;
  /** The visit must happen before this instant: local midnight after the last day. */
  readonly closesAt: Date;
  /** The last local day of the window, for display: "by 2025-10-12". */
  readonly lastDay: string;
}

export function followUpWindow({ completedAt, rule }: { readonly completedAt: Date; readonly rule: FollowUpRule }): FollowUpWindow {
  if (Number.isNaN(completedAt.getTime())) throw new RangeError('completedAt must be a valid Date');
  const completionDay = shanghaiDate(completedAt);
  const shift = (period: FollowUpPeriod) => ('days' in period ? addLocalDays(completionDay, period.days) : addLocalMonths(completionDay, period.months));
  const opensDay = shift(rule.opensAfter);
  const lastDay = shift(rule.dueWithin);
  const opensAt = new Date(Math.max(completedAt.getTime(), shanghaiInstant(opensDay).getTime()));
  return { opensAt, closesAt: shanghaiInstant(addLocalDays(lastDay, 1)), lastDay };
}

export type FollowUpTiming = 'early' | 'on_time' | 'late';

export function followUpTiming(window: FollowUpWindow, visitedAt: Date): FollowUpTiming {
  const t = visitedAt.getTime();
  if (t < window.opensAt.getTime()) return 'early';
  return t < window.closesAt.getTime() ? 'on_time' : 'late';
}

export interface FollowUpPlan extends FollowUpWindow {
  readonly subject: FollowUpSubject;
  readonly subjectId: string;
  readonly selected: boolean;
  /** The hash bucket and rate, so the decision can be checked by hand. */
  readonly bucket: number;
  readonly rateBasisPoints: BasisPoints;
  readonly visitor: FollowUpVisitor;
}

/** One completed piece of work: is it visited, by whom, and in which window. */
export function planFollowUp({
  subject,
  subjectId,
  completedAt,
  seed,
  rules = DEFAULT_FOLLOW_UP_RULES,
  severity = null,
}: {
  readonly subject: FollowUpSubject;
  readonly subjectId: string;
  readonly completedAt: Date;
  readonly seed: string;
  readonly rules?: FollowUpRules;
  readonly severity?: ComplaintSeverity | null;
}): FollowUpPlan {
  const rule = rules[subject];
  const bucket = followUpSampleBucket(seed, subjectId);
  return {
    subject,
    subjectId,
    selected: isSelectedForFollowUp({ seed, subjectId, rateBasisPoints: rule.rateBasisPoints }),
    bucket,
    rateBasisPoints: rule.rateBasisPoints,
    visitor: followUpVisitor(subject, severity),
    ...followUpWindow({ completedAt, rule }),
  };
}

export interface FollowUpRuleIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: `${FollowUpSubject}.${'rateBasisPoints' | 'opensAfter' | 'dueWithin'}`;
  readonly messageKey: ComplaintMessageKey;
  readonly params: MessageParams;
}

/**
 * Rates inside the procedures' range (FOLLOW_UP_RATE_LIMITS), whole periods,
 * a window of at least one day that closes after it opens.
 */
export function validateFollowUpRules(rules: FollowUpRules): FollowUpRuleIssue[] {
  const issues: FollowUpRuleIssue[] = [];
  for (const subject of FOLLOW_UP_SUBJECTS) {
    const rule = rules[subject];
    const own: FollowUpRuleIssue[] = [];
    const issue = (part: 'rateBasisPoints' | 'opensAfter' | 'dueWithin', messageKey: ComplaintMessageKey, params: MessageParams = {}) =>
      own.push({ code: 'VALIDATION_FAILED', field: `${subject}.${part}`, messageKey, params });

    const { min, max } = FOLLOW_UP_RATE_LIMITS[subject];
    const rate = rule.rateBasisPoints;
    if (!Number.isSafeInteger(rate) || rate < min || rate > max) {
      issue('rateBasisPoints', 'followUp.rate.outsideProcedure', { min: `${min / 100}%`, max: `${max / 100}%` });
    }
    for (const part of ['opensAfter', 'dueWithin'] as const) {
      const period = rule[part];
      const n = 'days' in period ? period.days : period.months;
      if (!Number.isSafeInteger(n) || n < 0 || (part === 'dueWithin' && n === 0)) issue(part, 'followUp.window.invalid');
    }
    if (own.length === 0) {
      // Mixed units (days vs months) compare on a real date: the end of a 31-day month is the hardest case.
      const w = followUpWindow({ completedAt: shanghaiInstant('2025-01-31', '12:00'), rule });
      if (w.opensAt.getTime() >= w.closesAt.getTime()) issue('dueWithin', 'followUp.window.closesBeforeOpening');
    }
    issues.push(...own);
  }
  return issues;
}

function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) {
      yield 0xc0 | (cp >> 6);
      yield 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      yield 0xe0 | (cp >> 12);
      yield 0x80 | ((cp >> 6) & 0x3f);
      yield 0x80 | (cp & 0x3f);
    } else {
      yield 0xf0 | (cp >> 18);
      yield 0x80 | ((cp >> 12) & 0x3f);
      yield 0x80 | ((cp >> 6) & 0x3f);
      yield 0x80 | (cp & 0x3f);
    }
  }
}

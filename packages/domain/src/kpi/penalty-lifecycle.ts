import type { Department, Role } from '../access/roles.js';
import { addLocalDays, shanghaiDate, shanghaiInstant } from '../calendar/working-calendar.js';
import { shanghaiMonthKey, type MonthKey } from '../profitability/month-key.js';
import type { KpiActor } from './kpi-actor.js';
import { isBlankText, kpiFailure, type KpiFailure } from './kpi-failure.js';
import type { KpiMessageKey } from './kpi-messages.js';
import { isEvidenceLink, type EvidenceLink } from './penalty-proposals.js';
import { DEFAULT_KPI_SETTINGS, isPenaltyRule, requireKpiSettings, type KpiSettings, type PenaltyRule } from './penalty-rules.js';

/**
 * The life of a penalty entry (issue 7):
 *
 *   proposed ─confirm→ confirmed ─appeal→ appealed ─uphold→ upheld
 *            ─dismiss→ dismissed                    ─overturn→ overturned
 *
 * - confirm / dismiss: the supervisor of the person's department, the project
 *   manager or the GM — never the person themselves. A subjective_delay entry
 *   needs the supervisor's judgement: confirmed only as a subjective delay; an
 *   objective delay is dismissed, with the reason.
 * - appeal: only the person, with their grounds, until the end of the 7th
 *   calendar day (Asia/Shanghai) after the day of confirmation.
 * - uphold / overturn: the project manager decides (or the GM), with a reason;
 *   not the person, and not whoever confirmed the entry — a confirmation the
 *   project manager made is decided by the GM.
 *
 * What counts in the score: confirmed, appealed (still confirmed until
 * decided; the score shows it as provisional) and upheld. Proposed entries are
 * pending; dismissed and overturned ones never count.
 */
export const PENALTY_STATES = ['proposed', 'confirmed', 'dismissed', 'appealed', 'upheld', 'overturned'] as const;
export type PenaltyState = (typeof PENALTY_STATES)[number];

export const PENALTY_ACTIONS = ['confirm', 'dismiss', 'appeal', 'uphold', 'overturn'] as const;
export type PenaltyAction = (typeof PENALTY_ACTIONS)[number];

export const PENALTY_TRANSITIONS: Readonly<Record<PenaltyState, Readonly<Partial<Record<PenaltyAction, PenaltyState>>>>> = {
  proposed: { confirm: 'confirmed', dismiss: 'dismissed' },
  confirmed: { appeal: 'appealed' },
  appealed: { uphold: 'upheld', overturn: 'overturned' },
  dismissed: {},
  upheld: {},
  overturned: {},
};

/** States whose points come off the score. */
export const COUNTED_PENALTY_STATES: readonly PenaltyState[] = ['confirmed', 'appealed', 'upheld'];

export function penaltyCounts(state: PenaltyState): boolean {
  return COUNTED_PENALTY_STATES.includes(state);
}

export function isPenaltyState(value: unknown): value is PenaltyState {
  return typeof value === 'string' && (PENALTY_STATES as readonly string[]).includes(value);
}

export function nextPenaltyState(from: PenaltyState, action: PenaltyAction): PenaltyState | undefined {
  if (!isPenaltyState(from)) return undefined;
  const row = PENALTY_TRANSITIONS[from];
  // hasOwn: an action name arriving from outside must not find Object.prototype members.
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

export function allowedPenaltyActions(from: PenaltyState): PenaltyAction[] {
  return PENALTY_ACTIONS.filter((action) => nextPenaltyState(from, action) !== undefined);
}

export const DELAY_CAUSES = ['subjective', 'objective'] as const;
export type DelayCause = (typeof DELAY_CAUSES)[number];

/** What the rules need to know about an entry. */
export interface PenaltyEntrySnapshot {
  readonly state: PenaltyState;
  readonly rule: PenaltyRule;
  /** The person penalised. */
  readonly userId: string;
  /** Their department in the project, if they belong to one. */
  readonly department: Department | null;
  /** Set once confirmed. */
  readonly confirmedAt: Date | null;
  readonly confirmedBy: string | null;
}

export interface AppealDeadline {
  /** The last local day on which an appeal is accepted, "YYYY-MM-DD". */
  readonly lastDay: string;
  /** 00:00 Shanghai time after the last day: an appeal must be made before it. */
  readonly closesAt: Date;
}

/** Confirmed at any time on 3 November: appeals until the end of 10 November (7 days), Shanghai time. */
export function appealDeadline(confirmedAt: Date, days: number = DEFAULT_KPI_SETTINGS.appealWindowDays): AppealDeadline {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError('days must be a whole number ≥ 0');
  const lastDay = addLocalDays(shanghaiDate(confirmedAt), days);
  return { lastDay, closesAt: shanghaiInstant(addLocalDays(lastDay, 1)) };
}

export interface PenaltyTransitionInput {
  readonly entry: PenaltyEntrySnapshot;
  readonly action: PenaltyAction;
  readonly actor: KpiActor;
  readonly now: Date;
  /** dismiss, appeal (the grounds), uphold and overturn: required. */
  readonly reason?: string | null;
  /** confirm or dismiss a subjective_delay entry: the supervisor's judgement. */
  readonly delayCause?: DelayCause | null;
  readonly settings?: KpiSettings;
}

export type PenaltyTransitionResult =
  | {
      readonly ok: true;
      readonly to: PenaltyState;
      /** Whether the entry's points now come off the score. */
      readonly counts: boolean;
      /** confirm: until when the person may appeal. */
      readonly appealDeadline?: AppealDeadline;
    }
  | KpiFailure;

const has = (actor: KpiActor, role: Role) => actor.roles.includes(role);

function mayJudge(actor: KpiActor, entry: PenaltyEntrySnapshot): boolean {
  const leadsTheirDepartment = has(actor, 'supervisor') && entry.department !== null && actor.supervises.includes(entry.department);
  return leadsTheirDepartment || has(actor, 'project_manager') || has(actor, 'general_manager');
}

/**
 * One step of an entry. Checks, in order: the table (INVALID_STATE), the
 * actor (FORBIDDEN: role, own entry, own confirmation), the appeal window
 * (INVALID_STATE), then the inputs (VALIDATION_FAILED with field `reason` or
 * `delayCause`).
 */
export function transitionPenalty(input: PenaltyTransitionInput): PenaltyTransitionResult {
  const { entry, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const settings = requireKpiSettings(input.settings ?? DEFAULT_KPI_SETTINGS);

  const to = nextPenaltyState(entry.state, action);
  if (to === undefined) {
    return kpiFailure('INVALID_STATE', 'kpi.penalty.invalidTransition', { from: String(entry.state), action: String(action) });
  }

  const own = actor.userId === entry.userId;
  switch (action) {
    case 'confirm':
    case 'dismiss':
      if (own) return kpiFailure('FORBIDDEN', 'kpi.penalty.ownEntry');
      if (!mayJudge(actor, entry)) return kpiFailure('FORBIDDEN', 'kpi.penalty.forbiddenJudge');
      break;
    case 'appeal':
      if (!own) return kpiFailure('FORBIDDEN', 'kpi.penalty.appealOwnOnly');
      break;
    case 'uphold':
    case 'overturn':
      if (own) return kpiFailure('FORBIDDEN', 'kpi.penalty.ownEntry');
      if (!has(actor, 'project_manager') && !has(actor, 'general_manager')) return kpiFailure('FORBIDDEN', 'kpi.penalty.forbiddenDecideAppeal');
      if (entry.confirmedBy !== null && entry.confirmedBy === actor.userId) return kpiFailure('FORBIDDEN', 'kpi.penalty.ownConfirmation');
      break;
  }

  if (action === 'appeal') {
    if (entry.confirmedAt === null) throw new RangeError('A confirmed entry has a confirmation time');
    const deadline = appealDeadline(entry.confirmedAt, settings.appealWindowDays);
    if (now.getTime() >= deadline.closesAt.getTime()) {
      return kpiFailure('INVALID_STATE', 'kpi.penalty.appealWindowClosed', { lastDay: deadline.lastDay, days: settings.appealWindowDays });
    }
  }

  const reasonKey: Partial<Record<PenaltyAction, KpiMessageKey>> = {
    dismiss: 'kpi.penalty.reasonRequired',
    appeal: 'kpi.penalty.appealGroundsRequired',
    uphold: 'kpi.penalty.reasonRequired',
    overturn: 'kpi.penalty.reasonRequired',
  };
  if (entry.rule === 'subjective_delay' && action === 'confirm') {
    if (input.delayCause !== 'subjective' && input.delayCause !== 'objective') {
      return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.delayCauseRequired', {}, 'delayCause');
    }
    if (input.delayCause === 'objective') return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.objectiveDelay', {}, 'delayCause');
  }
  const needsReason = reasonKey[action];
  if (needsReason !== undefined && isBlankText(input.reason)) return kpiFailure('VALIDATION_FAILED', needsReason, {}, 'reason');

  return action === 'confirm'
    ? { ok: true, to, counts: penaltyCounts(to), appealDeadline: appealDeadline(now, settings.appealWindowDays) }
    : { ok: true, to, counts: penaltyCounts(to) };
}

// --------------------------------------------------------------- manual entries

export interface ManualPenaltyInput {
  readonly rule: PenaltyRule;
  /** The person penalised, and their department in the project. */
  readonly userId: string;
  readonly department: Department | null;
  readonly actor: KpiActor;
  readonly now: Date;
  /** When it happened: decides the month. Not in the future. */
  readonly occurredAt: Date;
  /** What happened, in words. */
  readonly note?: string | null;
  /** The record it is about, when there is one. */
  readonly evidence?: EvidenceLink | null;
  readonly settings?: KpiSettings;
}

export type ManualPenaltyResult =
  | {
      readonly ok: true;
      readonly rule: PenaltyRule;
      readonly points: number;
      readonly userId: string;
      readonly month: MonthKey;
      readonly evidence: EvidenceLink | null;
      readonly needsDelayJudgement: boolean;
      /** A manual entry starts as proposed like an automatic one, and is confirmed the same way. */
      readonly state: 'proposed';
    }
  | KpiFailure;

/**
 * A penalty entered by hand (an inspector's or a manager's observation).
 * Recorded by whoever may judge the person's entries, or by quality; never by
 * the person. Checks: the rule (VALIDATION_FAILED `rule`), the actor
 * (FORBIDDEN), then the inputs: person, note, evidence shape, occurrence time,
 * and a rule that is switched on.
 */
export function recordManualPenalty(input: ManualPenaltyInput): ManualPenaltyResult {
  const { rule, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const settings = requireKpiSettings(input.settings ?? DEFAULT_KPI_SETTINGS);
  if (!isPenaltyRule(rule)) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.ruleUnknown', { rule: String(rule) }, 'rule');
  if (isBlankText(input.userId)) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.userRequired', {}, 'userId');
  const snapshot: PenaltyEntrySnapshot = { state: 'proposed', rule, userId: input.userId, department: input.department, confirmedAt: null, confirmedBy: null };
  if (actor.userId === input.userId) return kpiFailure('FORBIDDEN', 'kpi.penalty.ownEntry');
  if (!mayJudge(actor, snapshot) && !has(actor, 'quality')) return kpiFailure('FORBIDDEN', 'kpi.penalty.forbiddenRecord');
  if (isBlankText(input.note)) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.noteRequired', {}, 'note');
  const evidence = input.evidence ?? null;
  if (evidence !== null && !isEvidenceLink(evidence)) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.evidenceInvalid', {}, 'evidence');
  const occurredAt = input.occurredAt;
  if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
    return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.occurredAtInvalid', {}, 'occurredAt');
  }
  if (occurredAt.getTime() > now.getTime()) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.occurredInFuture', {}, 'occurredAt');
  const points = settings.penaltyPoints[rule];
  if (points === 0) return kpiFailure('VALIDATION_FAILED', 'kpi.penalty.ruleSwitchedOff', {}, 'rule');
  return {
    ok: true,
    rule,
    points,
    userId: input.userId,
    month: shanghaiMonthKey(occurredAt),
    evidence,
    needsDelayJudgement: rule === 'subjective_delay',
    state: 'proposed',
  };
}

import type { Department } from '../access/roles.js';
import { isLocalDate, shanghaiDate } from '../calendar/working-calendar.js';
import type { BasisPoints } from '../money/basis-points.js';
import type { KpiActor } from './kpi-actor.js';
import { isBlankText, kpiFailure, kpiIssue, type KpiFailure, type KpiIssue } from './kpi-failure.js';
import type { KpiMessageKey } from './kpi-messages.js';
import { shareBasisPoints } from './project-kpis.js';

/**
 * An inspection records one finding per checklist item: pass, or a
 * nonconformity (不合格项) with a class, a description, a photo reference and
 * the responsible person — or, for a subcontractor's work (cleaning,
 * greening), the subcontractor, whose evaluation it counts toward.
 */
export const NONCONFORMITY_CLASSES = ['serious', 'general', 'minor'] as const;
export type NonconformityClass = (typeof NONCONFORMITY_CLASSES)[number];

export const NONCONFORMITY_CLASS_LABELS: Readonly<Record<NonconformityClass, { readonly zh: string; readonly en: string }>> = {
  serious: { zh: '严重不合格', en: 'Serious' },
  general: { zh: '一般不合格', en: 'General' },
  minor: { zh: '轻微不合格', en: 'Minor' },
};

export const FINDING_RESULTS = ['pass', 'nonconformity'] as const;
export type FindingResult = (typeof FINDING_RESULTS)[number];

export interface FindingInput {
  readonly checklistItemId: string;
  readonly result: FindingResult;
  readonly nonconformityClass?: NonconformityClass | null;
  readonly description?: string | null;
  readonly photoRef?: string | null;
  readonly responsibleUserId?: string | null;
  readonly subcontractorId?: string | null;
}

/** One finding's problems; fields are prefixed with `prefix` (`findings.3.description`). */
export function validateFinding(finding: FindingInput, prefix = ''): KpiIssue[] {
  const at = (field: string) => `${prefix}${field}`;
  if (!(FINDING_RESULTS as readonly string[]).includes(finding.result)) {
    return [kpiIssue(at('result'), 'kpi.finding.resultUnknown', { result: String(finding.result) })];
  }
  const issues: KpiIssue[] = [];
  const cls = finding.nonconformityClass ?? null;
  if (finding.result === 'pass') {
    if (cls !== null) issues.push(kpiIssue(at('nonconformityClass'), 'kpi.finding.classNotAllowed'));
    return issues;
  }
  if (cls === null) issues.push(kpiIssue(at('nonconformityClass'), 'kpi.finding.classRequired'));
  else if (!(NONCONFORMITY_CLASSES as readonly string[]).includes(cls)) {
    issues.push(kpiIssue(at('nonconformityClass'), 'kpi.finding.classUnknown', { class: String(cls) }));
  }
  if (isBlankText(finding.description)) issues.push(kpiIssue(at('description'), 'kpi.finding.descriptionRequired'));
  if (isBlankText(finding.responsibleUserId) && isBlankText(finding.subcontractorId)) {
    issues.push(kpiIssue(at('responsibleUserId'), 'kpi.finding.responsibleRequired'));
  }
  return issues;
}

/** Every finding of an inspection record, fields `findings.N.…`. */
export function validateFindings(findings: readonly FindingInput[]): KpiIssue[] {
  if (findings.length === 0) return [kpiIssue('findings', 'kpi.finding.none')];
  return findings.flatMap((f, i) => validateFinding(f, `findings.${i}.`));
}

// ------------------------------------------------------------ the lifecycle

/**
 * A nonconformity's path to closure (纠正预防措施, README §7):
 *
 *   open ─acknowledge→ acknowledged ─plan_action→ correcting ─complete_action→ awaiting_verification
 *   correcting ─plan_action→ correcting                 (a new owner or deadline)
 *   awaiting_verification ─verify→ verified
 *   awaiting_verification ─fail_verification→ correcting (with the reason)
 *
 * - acknowledge: the responsible person signs the record; for a subcontractor's
 *   finding with no person of ours, the area's supervisor or the PM signs for it;
 * - plan_action: the corrective action, its owner and deadline — set by the
 *   inspector, the area's supervisor, the PM or quality;
 * - complete_action: the owner reports it done;
 * - verify / fail_verification: the inspector (or quality, or the PM) — never
 *   the action's owner.
 */
export const FINDING_STATES = ['open', 'acknowledged', 'correcting', 'awaiting_verification', 'verified'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export const FINDING_ACTIONS = ['acknowledge', 'plan_action', 'complete_action', 'verify', 'fail_verification'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export const FINDING_TRANSITIONS: Readonly<Record<FindingState, Readonly<Partial<Record<FindingAction, FindingState>>>>> = {
  open: { acknowledge: 'acknowledged' },
  acknowledged: { plan_action: 'correcting' },
  correcting: { plan_action: 'correcting', complete_action: 'awaiting_verification' },
  awaiting_verification: { verify: 'verified', fail_verification: 'correcting' },
  verified: {},
};

export function isFindingState(value: unknown): value is FindingState {
  return typeof value === 'string' && (FINDING_STATES as readonly string[]).includes(value);
}

export function nextFindingState(from: FindingState, action: FindingAction): FindingState | undefined {
  if (!isFindingState(from)) return undefined;
  const row = FINDING_TRANSITIONS[from];
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

export interface FindingSnapshot {
  readonly state: FindingState;
  readonly area: Department;
  readonly inspectorId: string;
  readonly responsibleUserId: string | null;
  readonly subcontractorId: string | null;
  /** The corrective action's owner, once planned. */
  readonly actionOwnerId: string | null;
}

export interface FindingTransitionInput {
  readonly finding: FindingSnapshot;
  readonly action: FindingAction;
  readonly actor: KpiActor;
  readonly now: Date;
  /** plan_action: what will be done, by whom, by when (local date, not before today). */
  readonly correctiveAction?: string | null;
  readonly ownerId?: string | null;
  readonly deadline?: string | null;
  /** complete_action: what was done. */
  readonly note?: string | null;
  /** fail_verification: why it is not yet corrected. */
  readonly reason?: string | null;
}

export type FindingTransitionResult = { readonly ok: true; readonly to: FindingState } | KpiFailure;

/**
 * Checks, in order: the table (INVALID_STATE), the actor (FORBIDDEN), then
 * the inputs (VALIDATION_FAILED with field).
 */
export function transitionFinding(input: FindingTransitionInput): FindingTransitionResult {
  const { finding, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const to = nextFindingState(finding.state, action);
  if (to === undefined) return kpiFailure('INVALID_STATE', 'kpi.finding.invalidTransition', { from: String(finding.state), action: String(action) });

  const has = (role: KpiActor['roles'][number]) => actor.roles.includes(role);
  const leadsArea = has('supervisor') && actor.supervises.includes(finding.area);
  const forbidden = (messageKey: KpiMessageKey) => kpiFailure('FORBIDDEN', messageKey);
  const invalid = (field: string, messageKey: KpiMessageKey, params = {}) => kpiFailure('VALIDATION_FAILED', messageKey, params, field);

  switch (action) {
    case 'acknowledge': {
      const allowed = finding.responsibleUserId !== null ? actor.userId === finding.responsibleUserId : leadsArea || has('project_manager');
      return allowed ? { ok: true, to } : forbidden('kpi.finding.forbiddenAcknowledge');
    }
    case 'plan_action': {
      if (!(actor.userId === finding.inspectorId || leadsArea || has('project_manager') || has('quality'))) return forbidden('kpi.finding.forbiddenPlan');
      if (isBlankText(input.correctiveAction)) return invalid('correctiveAction', 'kpi.finding.actionRequired');
      if (isBlankText(input.ownerId)) return invalid('ownerId', 'kpi.finding.ownerRequired');
      const deadline = input.deadline;
      if (isBlankText(deadline)) return invalid('deadline', 'kpi.finding.deadlineRequired');
      if (!isLocalDate(deadline)) return invalid('deadline', 'kpi.finding.deadlineInvalid', { date: String(deadline) });
      if (deadline < shanghaiDate(now)) return invalid('deadline', 'kpi.finding.deadlineInPast');
      return { ok: true, to };
    }
    case 'complete_action':
      if (finding.actionOwnerId === null || actor.userId !== finding.actionOwnerId) return forbidden('kpi.finding.forbiddenComplete');
      if (isBlankText(input.note)) return invalid('note', 'kpi.finding.completionNoteRequired');
      return { ok: true, to };
    case 'verify':
    case 'fail_verification':
      if (finding.actionOwnerId !== null && actor.userId === finding.actionOwnerId) return forbidden('kpi.finding.ownAction');
      if (!(actor.userId === finding.inspectorId || has('quality') || has('project_manager'))) return forbidden('kpi.finding.forbiddenVerify');
      if (action === 'fail_verification' && isBlankText(input.reason)) return invalid('reason', 'kpi.finding.reasonRequired');
      return { ok: true, to };
  }
}

// ------------------------------------------------------ corrective actions

export type CorrectiveActionTimeliness = 'open' | 'overdue' | 'done_on_time' | 'done_late';

/**
 * A corrective action is on time when the owner completed it on or before
 * its deadline (a local date, Asia/Shanghai) — verification may come later
 * and is the inspector's time, not the owner's. Not done and past the
 * deadline's day: overdue (flagged).
 */
export function correctiveActionTimeliness({
  deadline,
  completedAt,
  now,
}: {
  readonly deadline: string;
  readonly completedAt: Date | null;
  readonly now: Date;
}): CorrectiveActionTimeliness {
  if (!isLocalDate(deadline)) throw new RangeError(`Not a date "YYYY-MM-DD": ${deadline}`);
  if (completedAt !== null) return shanghaiDate(completedAt) <= deadline ? 'done_on_time' : 'done_late';
  return shanghaiDate(now) > deadline ? 'overdue' : 'open';
}

export interface CorrectiveActionFigures {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  /** Actions whose outcome is known: done, or past the deadline. */
  readonly due: number;
  /** doneOnTime ÷ due; null when none is due. */
  readonly onTimeBasisPoints: BasisPoints | null;
}

export function correctiveActionFigures(
  actions: readonly { readonly deadline: string; readonly completedAt: Date | null }[],
  now: Date,
): CorrectiveActionFigures {
  const count = { open: 0, overdue: 0, done_on_time: 0, done_late: 0 };
  for (const a of actions) count[correctiveActionTimeliness({ ...a, now })]++;
  const due = count.overdue + count.done_on_time + count.done_late;
  return {
    total: actions.length,
    open: count.open,
    overdue: count.overdue,
    doneOnTime: count.done_on_time,
    doneLate: count.done_late,
    due,
    onTimeBasisPoints: shareBasisPoints(count.done_on_time, due),
  };
}

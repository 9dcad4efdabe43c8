import type { Department } from '../access/roles.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ComplaintMessageKey } from './complaint-messages.js';
import type { ComplaintActor } from './complaint-lifecycle.js';

/**
 * A suggestion (建议) has no clocks: it is thanked for at intake, adopted or
 * not — either way with a reason, since the reason is what the resident is
 * told — and closed once the resident has been told (README §4: "the resident
 * is told whether theirs was adopted"). Suggestions count in the monthly
 * statistics, adopted or not.
 *
 *   registered ─adopt→ adopted ─tell_resident→ closed
 *   registered ─decline→ not_adopted ─tell_resident→ closed
 */
export const SUGGESTION_STATES = ['registered', 'adopted', 'not_adopted', 'closed'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

export const SUGGESTION_ACTIONS = ['adopt', 'decline', 'tell_resident'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

export const SUGGESTION_TRANSITIONS: Readonly<
  Record<SuggestionState, Readonly<Partial<Record<SuggestionAction, SuggestionState>>>>
> = {
  registered: { adopt: 'adopted', decline: 'not_adopted' },
  adopted: { tell_resident: 'closed' },
  not_adopted: { tell_resident: 'closed' },
  closed: {},
};

/**
 * Adopting commits the department (or the project) to a change, so its head,
 * the project manager or the GM decides; customer service — or the project
 * manager — tells the resident.
 */
function mayAct(actor: ComplaintActor, action: SuggestionAction, department: Department): boolean {
  const has = (role: ComplaintActor['roles'][number]) => actor.roles.includes(role);
  const leads = (d: Department) => has('supervisor') && actor.supervises.includes(d);
  if (action === 'tell_resident') {
    return has('front_desk') || has('housekeeper') || leads('customer_service') || has('project_manager');
  }
  return leads(department) || has('project_manager') || has('general_manager');
}

export function nextSuggestionState(from: SuggestionState, action: SuggestionAction): SuggestionState | undefined {
  if (!(SUGGESTION_STATES as readonly string[]).includes(from)) return undefined;
  const row = SUGGESTION_TRANSITIONS[from];
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

export interface SuggestionTransitionInput {
  readonly from: SuggestionState;
  readonly action: SuggestionAction;
  readonly actor: ComplaintActor;
  readonly responsibleDepartment: Department;
  /** adopt and decline: why, in words the resident can be told. */
  readonly reason?: string | null;
  readonly now: Date;
}

export type SuggestionTransitionResult =
  | { readonly ok: true; readonly to: SuggestionState }
  | {
      readonly ok: false;
      readonly code: 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';
      readonly field?: 'reason';
      readonly messageKey: ComplaintMessageKey;
      readonly params: MessageParams;
    };

export function transitionSuggestion(input: SuggestionTransitionInput): SuggestionTransitionResult {
  const { from, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const to = nextSuggestionState(from, action);
  if (to === undefined) {
    return { ok: false, code: 'INVALID_STATE', messageKey: 'suggestion.transition.invalid', params: { from: String(from), action: String(action) } };
  }
  if (!mayAct(actor, action, input.responsibleDepartment)) {
    const messageKey = action === 'tell_resident' ? 'suggestion.forbidden.tell' : 'suggestion.forbidden.decide';
    return { ok: false, code: 'FORBIDDEN', messageKey, params: {} };
  }
  if (action !== 'tell_resident' && (input.reason ?? '').trim() === '') {
    return { ok: false, code: 'VALIDATION_FAILED', field: 'reason', messageKey: 'suggestion.reason.required', params: {} };
  }
  return { ok: true, to };
}

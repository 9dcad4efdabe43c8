import type { MessageParams } from '../catalog/catalog-messages.js';
import type { KpiMessageKey } from './kpi-messages.js';

/**
 * - INVALID_STATE: the entry, finding or report is not in a state that allows
 *   this (an action the transition table does not have, an appeal window that
 *   has closed);
 * - FORBIDDEN: the actor's role, or their relation to the record, does not allow it;
 * - VALIDATION_FAILED: an input is missing or wrong; `field` names it.
 */
export type KpiFailureCode = 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';

/** One input problem, named by its path in the input (`penaltyPoints.subjective_delay`, `answers.cleaning`). */
export interface KpiIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: string;
  readonly messageKey: KpiMessageKey;
  readonly params: MessageParams;
}

/** A business outcome the user can act on: returned, never thrown. */
export interface KpiFailure {
  readonly ok: false;
  readonly code: KpiFailureCode;
  readonly messageKey: KpiMessageKey;
  readonly params: MessageParams;
  readonly field?: string;
}

export function kpiIssue(field: string, messageKey: KpiMessageKey, params: MessageParams = {}): KpiIssue {
  return { code: 'VALIDATION_FAILED', field, messageKey, params };
}

export function kpiFailure(code: KpiFailureCode, messageKey: KpiMessageKey, params: MessageParams = {}, field?: string): KpiFailure {
  return field === undefined ? { ok: false, code, messageKey, params } : { ok: false, code, field, messageKey, params };
}

export function isBlankText(text: string | null | undefined): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

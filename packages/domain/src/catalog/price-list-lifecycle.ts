import type { CatalogMessageKey, MessageParams } from './catalog-messages.js';
import { compareEntries, type PriceListEntry } from './price-list-entry.js';
import { validatePricing } from './pricing.js';
import { validationIssue, type ValidationIssue } from './validation-issue.js';

/**
 * A project's price list version moves through the approval the procedures
 * require: the project manager drafts and submits, the general manager
 * approves or rejects, only approved prices are published (公示), and a
 * published list is superseded when its successor is published. Approved,
 * published and superseded versions are never edited: a price change is a new
 * draft, so what was quoted last March stays explainable.
 */
export const PRICE_LIST_STATES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'superseded'] as const;
export type PriceListState = (typeof PRICE_LIST_STATES)[number];

export const PRICE_LIST_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'supersede', 'revise'] as const;
export type PriceListAction = (typeof PRICE_LIST_ACTIONS)[number];

export const PRICE_LIST_TRANSITIONS: Readonly<
  Record<PriceListState, Readonly<Partial<Record<PriceListAction, PriceListState>>>>
> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', reject: 'rejected' },
  approved: { publish: 'published' },
  published: { supersede: 'superseded' },
  rejected: { revise: 'draft' },
  superseded: {},
};

/**
 * Who is acting, as seen from the price list's project. The API derives it
 * from the user's role assignments:
 * - isGeneralManager: holds the company-wide 总经理 role;
 * - managesProject: holds the project-manager role (管理处经理) for the price
 *   list's own project — a manager of another project is false here.
 */
export interface PriceListActor {
  readonly userId: string;
  readonly isGeneralManager: boolean;
  readonly managesProject: boolean;
}

type Permission = 'projectManager' | 'generalManager' | 'generalManagerOrProjectManager';

/**
 * Publishing is open to the project's manager as well as the GM: the GM's
 * control is the approval, an approved list cannot change, and 公示 happens on
 * the project's notice boards, whose manager knows when it goes up.
 * Supersede is done when the successor is published, so it follows publish.
 */
export const PRICE_LIST_PERMISSIONS: Readonly<Record<PriceListAction, Permission>> = {
  submit: 'projectManager',
  revise: 'projectManager',
  approve: 'generalManager',
  reject: 'generalManager',
  publish: 'generalManagerOrProjectManager',
  supersede: 'generalManagerOrProjectManager',
};

const FORBIDDEN_KEY: Readonly<Record<Permission, CatalogMessageKey>> = {
  projectManager: 'catalog.priceList.onlyProjectManager',
  generalManager: 'catalog.priceList.onlyGeneralManager',
  generalManagerOrProjectManager: 'catalog.priceList.publishForbidden',
};

export function nextPriceListState(from: PriceListState, action: PriceListAction): PriceListState | undefined {
  if (!isPriceListState(from)) return undefined;
  const row = PRICE_LIST_TRANSITIONS[from];
  // hasOwn: an action name arriving from outside must not find Object.prototype members.
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

export function allowedPriceListActions(from: PriceListState): PriceListAction[] {
  return PRICE_LIST_ACTIONS.filter((action) => nextPriceListState(from, action) !== undefined);
}

export function isPriceListState(value: unknown): value is PriceListState {
  return typeof value === 'string' && (PRICE_LIST_STATES as readonly string[]).includes(value);
}

export interface PriceListTransitionInput {
  readonly from: PriceListState;
  readonly action: PriceListAction;
  readonly actor: PriceListActor;
  /** userId of whoever submitted the version; required to approve or reject. */
  readonly submittedBy?: string | null;
  /** Required to reject. */
  readonly reason?: string | null;
  readonly now: Date;
  /** When a published list takes effect; absent means immediately (now). */
  readonly effectiveAt?: Date | null;
}

export type PriceListTransitionFailure = {
  readonly ok: false;
  readonly code: 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';
  readonly field?: 'submittedBy' | 'reason' | 'effectiveAt';
  readonly messageKey: CatalogMessageKey;
  readonly params: MessageParams;
};

export type PriceListTransitionResult =
  | {
      readonly ok: true;
      readonly to: PriceListState;
      /** Set on publish: the effective time to store (now when none was asked for). */
      readonly effectiveAt?: Date;
    }
  | PriceListTransitionFailure;

/**
 * Checks, in order: the table (INVALID_STATE), the actor's role (FORBIDDEN),
 * then the action's own rules — approve/reject: a known submitter who is not
 * the actor; reject: a non-blank reason; publish: an effective time not
 * before now.
 */
export function transitionPriceList(input: PriceListTransitionInput): PriceListTransitionResult {
  const { from, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');

  const to = nextPriceListState(from, action);
  if (to === undefined) {
    return fail('INVALID_STATE', 'catalog.priceList.invalidTransition', undefined, { from: String(from), action: String(action) });
  }

  const permission = PRICE_LIST_PERMISSIONS[action];
  if (!holds(actor, permission)) return fail('FORBIDDEN', FORBIDDEN_KEY[permission]);

  if (action === 'approve' || action === 'reject') {
    const submittedBy = input.submittedBy ?? '';
    if (submittedBy === '') return fail('VALIDATION_FAILED', 'catalog.priceList.submitterRequired', 'submittedBy');
    if (submittedBy === actor.userId) return fail('FORBIDDEN', 'catalog.priceList.ownSubmission');
  }

  if (action === 'reject' && (input.reason ?? '').trim() === '') {
    return fail('VALIDATION_FAILED', 'catalog.priceList.reasonRequired', 'reason');
  }

  if (action === 'publish') {
    const effectiveAt = input.effectiveAt ?? now;
    if (Number.isNaN(effectiveAt.getTime())) {
      return fail('VALIDATION_FAILED', 'catalog.priceList.effectiveAtInvalid', 'effectiveAt');
    }
    if (effectiveAt.getTime() < now.getTime()) {
      return fail('VALIDATION_FAILED', 'catalog.priceList.effectiveAtInPast', 'effectiveAt');
    }
    return { ok: true, to, effectiveAt };
  }

  return { ok: true, to };
}

export type PriceListEditCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'INVALID_STATE' | 'FORBIDDEN'; readonly messageKey: CatalogMessageKey };

/** Creating or editing a version: only while it is a draft, only by a manager of its project. */
export function canEditPriceList({ state, actor }: { readonly state: PriceListState; readonly actor: PriceListActor }): PriceListEditCheck {
  if (state !== 'draft') return { ok: false, code: 'INVALID_STATE', messageKey: 'catalog.priceList.notEditable' };
  if (!actor.managesProject) return { ok: false, code: 'FORBIDDEN', messageKey: 'catalog.priceList.onlyProjectManager' };
  return { ok: true };
}

/** An issue on one entry of the list; catalogItemId is null for issues about the list as a whole. */
export interface PriceListEntryIssue extends ValidationIssue {
  readonly catalogItemId: string | null;
  readonly itemName: string | null;
}

export type CanSubmitResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'VALIDATION_FAILED'; readonly issues: readonly PriceListEntryIssue[] };

/**
 * A draft may go to the GM only when it has entries, each catalog item once,
 * and every entry is priced (no unset) and passes validatePricing. Issues name
 * the entry (catalogItemId, itemName, params.item), ordered by category then name.
 */
export function canSubmit({
  entries,
  companyExtraUnits = [],
}: {
  readonly entries: readonly PriceListEntry[];
  readonly companyExtraUnits?: readonly string[];
}): CanSubmitResult {
  if (entries.length === 0) {
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      issues: [{ ...validationIssue('entries', 'catalog.priceList.empty'), catalogItemId: null, itemName: null }],
    };
  }
  const issues: PriceListEntryIssue[] = [];
  const seen = new Set<string>();
  for (const entry of [...entries].sort(compareEntries)) {
    const named = (issue: ValidationIssue): PriceListEntryIssue => ({
      ...issue,
      params: { ...issue.params, item: entry.name },
      catalogItemId: entry.catalogItemId,
      itemName: entry.name,
    });
    if (seen.has(entry.catalogItemId)) {
      issues.push(named(validationIssue('entries', 'catalog.priceList.duplicateItem')));
      continue;
    }
    seen.add(entry.catalogItemId);
    if (entry.pricing.mode === 'unset') issues.push(named(validationIssue('mode', 'catalog.price.unset')));
    issues.push(...validatePricing({ pricing: entry.pricing, unit: entry.unit, companyExtraUnits }).map(named));
  }
  return issues.length === 0 ? { ok: true } : { ok: false, code: 'VALIDATION_FAILED', issues };
}

function holds(actor: PriceListActor, permission: Permission): boolean {
  switch (permission) {
    case 'projectManager':
      return actor.managesProject;
    case 'generalManager':
      return actor.isGeneralManager;
    case 'generalManagerOrProjectManager':
      return actor.isGeneralManager || actor.managesProject;
  }
}

function fail(
  code: PriceListTransitionFailure['code'],
  messageKey: CatalogMessageKey,
  field?: PriceListTransitionFailure['field'],
  params: MessageParams = {},
): PriceListTransitionFailure {
  return field === undefined ? { ok: false, code, messageKey, params } : { ok: false, code, field, messageKey, params };
}

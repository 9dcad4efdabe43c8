import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import type { PriceListEntry } from './price-list-entry.js';
import {
  allowedPriceListActions,
  canEditPriceList,
  canSubmit,
  PRICE_LIST_ACTIONS,
  PRICE_LIST_STATES,
  PRICE_LIST_TRANSITIONS,
  transitionPriceList,
  type PriceListAction,
  type PriceListActor,
  type PriceListState,
  type PriceListTransitionInput,
} from './price-list-lifecycle.js';
import { fixedPricing, freePricing, rangePricing, unsetPricing, type Pricing } from './pricing.js';

const now = new Date('2025-03-01T08:00:00.000Z');
const later = new Date('2025-03-15T00:00:00.000Z');
const earlier = new Date('2025-03-01T07:59:59.999Z');

const pm: PriceListActor = { userId: 'pm-zhang', isGeneralManager: false, managesProject: true };
const otherPm: PriceListActor = { userId: 'pm-wang', isGeneralManager: false, managesProject: true };
const pmElsewhere: PriceListActor = { userId: 'pm-li', isGeneralManager: false, managesProject: false };
const gm: PriceListActor = { userId: 'gm-chen', isGeneralManager: true, managesProject: false };
const gmWhoManages: PriceListActor = { userId: 'gm-zhao', isGeneralManager: true, managesProject: true };
const frontDesk: PriceListActor = { userId: 'fd-liu', isGeneralManager: false, managesProject: false };

const run = (input: Partial<PriceListTransitionInput> & Pick<PriceListTransitionInput, 'from' | 'action' | 'actor'>) =>
  transitionPriceList({ now, ...input });

describe('the transition table', () => {
  it('is the approval flow of the procedures', () => {
    expect(PRICE_LIST_TRANSITIONS).toEqual({
      draft: { submit: 'submitted' },
      submitted: { approve: 'approved', reject: 'rejected' },
      approved: { publish: 'published' },
      published: { supersede: 'superseded' },
      rejected: { revise: 'draft' },
      superseded: {},
    });
  });

  it.each([
    { from: 'draft', actions: ['submit'] },
    { from: 'submitted', actions: ['approve', 'reject'] },
    { from: 'approved', actions: ['publish'] },
    { from: 'published', actions: ['supersede'] },
    { from: 'rejected', actions: ['revise'] },
    { from: 'superseded', actions: [] },
  ] as const)('$from allows $actions', ({ from, actions }) => {
    expect(allowedPriceListActions(from)).toEqual(actions);
  });
});

describe('transitionPriceList: who may do what, and when', () => {
  it.each([
    { rule: 'the project manager submits a draft', from: 'draft', action: 'submit', actor: pm, to: 'submitted' },
    { rule: 'a GM who also manages the project may submit', from: 'draft', action: 'submit', actor: gmWhoManages, to: 'submitted' },
    { rule: 'the GM approves', from: 'submitted', action: 'approve', actor: gm, submittedBy: pm.userId, to: 'approved' },
    { rule: 'the GM rejects with a reason', from: 'submitted', action: 'reject', actor: gm, submittedBy: pm.userId, reason: '换锁上限偏高', to: 'rejected' },
    { rule: 'the project manager revises a rejected list', from: 'rejected', action: 'revise', actor: pm, to: 'draft' },
    { rule: 'another manager of the project revises it too', from: 'rejected', action: 'revise', actor: otherPm, to: 'draft' },
    { rule: 'the GM supersedes a published list', from: 'published', action: 'supersede', actor: gm, to: 'superseded' },
    { rule: 'the project manager supersedes it when publishing the successor', from: 'published', action: 'supersede', actor: pm, to: 'superseded' },
  ] as const)('$rule', ({ rule: _rule, to, ...input }) => {
    expect(run(input)).toEqual({ ok: true, to });
  });

  it.each([
    { rule: 'GM, immediately (no effective time = now)', actor: gm, effectiveAt: undefined, expected: now },
    { rule: 'GM, at exactly now', actor: gm, effectiveAt: now, expected: now },
    { rule: 'project manager, from a later date', actor: pm, effectiveAt: later, expected: later },
  ])('publishes an approved list: $rule', ({ actor, effectiveAt, expected }) => {
    expect(run({ from: 'approved', action: 'publish', actor, effectiveAt })).toEqual({ ok: true, to: 'published', effectiveAt: expected });
  });

  it.each([
    { rule: 'publish a draft (only approved prices are published)', from: 'draft', action: 'publish', actor: gm },
    { rule: 'approve a draft that was never submitted', from: 'draft', action: 'approve', actor: gm },
    { rule: 'publish a submitted list', from: 'submitted', action: 'publish', actor: gm },
    { rule: 'submit twice', from: 'submitted', action: 'submit', actor: pm },
    { rule: 'approve a rejected list', from: 'rejected', action: 'approve', actor: gm },
    { rule: 'publish a rejected list', from: 'rejected', action: 'publish', actor: gm },
    { rule: 'reject an approved list', from: 'approved', action: 'reject', actor: gm },
    { rule: 'revise a published list in place', from: 'published', action: 'revise', actor: pm },
    { rule: 'bring back a superseded list', from: 'superseded', action: 'publish', actor: gm },
    { rule: 'an unknown action', from: 'draft', action: 'toString', actor: pm },
    { rule: 'an unknown state', from: 'archived', action: 'submit', actor: pm },
  ])('INVALID_STATE: $rule', ({ from, action, actor }) => {
    expect(run({ from: from as PriceListState, action: action as PriceListAction, actor, submittedBy: 'x', reason: 'r' })).toEqual({
      ok: false,
      code: 'INVALID_STATE',
      messageKey: 'catalog.priceList.invalidTransition',
      params: { from, action },
    });
  });

  it.each([
    { rule: 'a GM who does not manage the project submits', from: 'draft', action: 'submit', actor: gm, messageKey: 'catalog.priceList.onlyProjectManager' },
    { rule: 'a manager of another project submits', from: 'draft', action: 'submit', actor: pmElsewhere, messageKey: 'catalog.priceList.onlyProjectManager' },
    { rule: 'the project manager approves', from: 'submitted', action: 'approve', actor: otherPm, messageKey: 'catalog.priceList.onlyGeneralManager' },
    { rule: 'the front desk rejects', from: 'submitted', action: 'reject', actor: frontDesk, messageKey: 'catalog.priceList.onlyGeneralManager' },
    { rule: 'a GM approves their own submission', from: 'submitted', action: 'approve', actor: gmWhoManages, submittedBy: gmWhoManages.userId, messageKey: 'catalog.priceList.ownSubmission' },
    { rule: 'a GM rejects their own submission', from: 'submitted', action: 'reject', actor: gmWhoManages, submittedBy: gmWhoManages.userId, messageKey: 'catalog.priceList.ownSubmission' },
    { rule: 'the front desk publishes', from: 'approved', action: 'publish', actor: frontDesk, messageKey: 'catalog.priceList.publishForbidden' },
    { rule: 'a manager of another project publishes', from: 'approved', action: 'publish', actor: pmElsewhere, messageKey: 'catalog.priceList.publishForbidden' },
    { rule: 'the GM revises a rejected list', from: 'rejected', action: 'revise', actor: gm, messageKey: 'catalog.priceList.onlyProjectManager' },
  ] as const)('FORBIDDEN: $rule', ({ rule: _rule, messageKey, ...input }) => {
    expect(run({ submittedBy: pm.userId, reason: 'r', ...input })).toEqual({ ok: false, code: 'FORBIDDEN', messageKey, params: {} });
  });

  it.each([
    { rule: 'reject without a reason', action: 'reject', from: 'submitted', reason: undefined, field: 'reason', messageKey: 'catalog.priceList.reasonRequired' },
    { rule: 'reject with a blank reason', action: 'reject', from: 'submitted', reason: ' \n ', field: 'reason', messageKey: 'catalog.priceList.reasonRequired' },
    { rule: 'approve without knowing the submitter', action: 'approve', from: 'submitted', submittedBy: null, field: 'submittedBy', messageKey: 'catalog.priceList.submitterRequired' },
    { rule: 'publish effective a millisecond ago', action: 'publish', from: 'approved', effectiveAt: earlier, field: 'effectiveAt', messageKey: 'catalog.priceList.effectiveAtInPast' },
    { rule: 'publish at an invalid time', action: 'publish', from: 'approved', effectiveAt: new Date('not a date'), field: 'effectiveAt', messageKey: 'catalog.priceList.effectiveAtInvalid' },
  ] as const)('VALIDATION_FAILED: $rule', ({ rule: _rule, field, messageKey, ...input }) => {
    expect(run({ actor: gm, submittedBy: pm.userId, ...input })).toEqual({ ok: false, code: 'VALIDATION_FAILED', field, messageKey, params: {} });
  });

  it('checks the state before the actor, and the actor before the inputs', () => {
    expect(run({ from: 'draft', action: 'reject', actor: frontDesk })).toMatchObject({ code: 'INVALID_STATE' });
    expect(run({ from: 'submitted', action: 'reject', actor: frontDesk })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an invalid now', () => {
    expect(() => transitionPriceList({ from: 'draft', action: 'submit', actor: pm, now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('canEditPriceList: drafting is the project manager’s, and only drafts change', () => {
  it.each([
    { state: 'draft', actor: pm, result: { ok: true } },
    { state: 'draft', actor: gm, result: { ok: false, code: 'FORBIDDEN', messageKey: 'catalog.priceList.onlyProjectManager' } },
    { state: 'submitted', actor: pm, result: { ok: false, code: 'INVALID_STATE', messageKey: 'catalog.priceList.notEditable' } },
    { state: 'published', actor: pm, result: { ok: false, code: 'INVALID_STATE', messageKey: 'catalog.priceList.notEditable' } },
  ] as const)('$state by $actor.userId', ({ state, actor, result }) => {
    expect(canEditPriceList({ state, actor })).toEqual(result);
  });
});

describe('canSubmit: a draft goes to the GM only fully and validly priced', () => {
  const entry = (catalogItemId: string, category: string, name: string, unit: string, pricing: Pricing): PriceListEntry => ({
    catalogItemId,
    category,
    name,
    unit,
    pricing,
  });
  const drain = entry('c1', '水电类', '疏通下水', '次', fixedPricing(fen(3000)));
  const lock = entry('c2', '门窗类', '换锁', '把', rangePricing(fen(1000), fen(5000)));
  const parcels = entry('c3', '免费服务', '邮件收递', '次', freePricing());

  it('accepts a priced, valid list', () => {
    expect(canSubmit({ entries: [drain, lock, parcels] })).toEqual({ ok: true });
  });

  it('accepts a company unit', () => {
    expect(canSubmit({ entries: [entry('c4', '保洁类', '地毯清洗', '平方米', fixedPricing(fen(800)))], companyExtraUnits: ['平方米'] })).toEqual({ ok: true });
  });

  it.each([
    {
      rule: 'an unset price, named',
      entries: [drain, entry('c5', '门窗类', '窗户(推拉门)换锁', '把', unsetPricing())],
      issues: [{ catalogItemId: 'c5', itemName: '窗户(推拉门)换锁', field: 'mode', messageKey: 'catalog.price.unset', params: { item: '窗户(推拉门)换锁' } }],
    },
    {
      rule: 'a validation issue, named',
      entries: [entry('c2', '门窗类', '换锁', '把', rangePricing(fen(5000), fen(1000))), drain],
      issues: [
        {
          catalogItemId: 'c2',
          itemName: '换锁',
          field: 'min',
          messageKey: 'catalog.price.minAboveMax',
          params: { min: '¥50.00', max: '¥10.00', minFen: 5000, maxFen: 1000, item: '换锁' },
        },
      ],
    },
    {
      rule: 'an unknown unit',
      entries: [entry('c6', '保洁类', '地毯清洗', '平方米', fixedPricing(fen(800)))],
      issues: [{ catalogItemId: 'c6', itemName: '地毯清洗', field: 'unit', messageKey: 'catalog.unit.unknown', params: { unit: '平方米', item: '地毯清洗' } }],
    },
    {
      rule: 'the same item twice',
      entries: [drain, drain],
      issues: [{ catalogItemId: 'c1', itemName: '疏通下水', field: 'entries', messageKey: 'catalog.priceList.duplicateItem', params: { item: '疏通下水' } }],
    },
    {
      rule: 'an empty list',
      entries: [],
      issues: [{ catalogItemId: null, itemName: null, field: 'entries', messageKey: 'catalog.priceList.empty', params: {} }],
    },
    {
      rule: 'several problems, ordered by category then name',
      entries: [entry('c7', '便民服务', '洗衣服务', '件', unsetPricing()), entry('c8', '便民服务', '家电维修', '次', unsetPricing())],
      issues: [
        { catalogItemId: 'c8', itemName: '家电维修', field: 'mode', messageKey: 'catalog.price.unset', params: { item: '家电维修' } },
        { catalogItemId: 'c7', itemName: '洗衣服务', field: 'mode', messageKey: 'catalog.price.unset', params: { item: '洗衣服务' } },
      ],
    },
  ])('rejects $rule', ({ entries, issues }) => {
    expect(canSubmit({ entries })).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      issues: issues.map((i) => ({ code: 'VALIDATION_FAILED', ...i })),
    });
  });
});

describe('properties of the lifecycle (random action sequences)', () => {
  const actors = [pm, otherPm, pmElsewhere, gm, gmWhoManages, frontDesk];
  type Step = {
    // Mostly an action the current state allows (so sequences get somewhere), sometimes any action at all.
    pick: { allowed: number } | { any: PriceListAction };
    actor: PriceListActor;
    reason: string | undefined;
    effectiveAt: Date | undefined;
  };
  type Trace = { from: PriceListState; to: PriceListState; action: PriceListAction; actor: PriceListActor; submittedBy: string | undefined }[];

  const step: fc.Arbitrary<Step> = fc.record({
    pick: fc.oneof(
      { weight: 3, arbitrary: fc.nat().map((allowed) => ({ allowed })) },
      { weight: 1, arbitrary: fc.constantFrom(...PRICE_LIST_ACTIONS).map((any) => ({ any })) },
    ),
    actor: fc.constantFrom(...actors),
    reason: fc.constantFrom(undefined, '', '  ', '价格偏高'),
    effectiveAt: fc.constantFrom(undefined, earlier, now, later),
  });

  const actionFor = (state: PriceListState, pick: Step['pick']): PriceListAction => {
    if ('any' in pick) return pick.any;
    const allowed = allowedPriceListActions(state);
    return allowed[pick.allowed % Math.max(allowed.length, 1)] ?? 'submit';
  };

  const replay = (steps: readonly Step[]) => {
    let state: PriceListState = 'draft';
    let submittedBy: string | undefined;
    const trace: Trace = [];
    for (const s of steps) {
      const action = actionFor(state, s.pick);
      const result = transitionPriceList({ from: state, action, actor: s.actor, submittedBy, reason: s.reason, now, effectiveAt: s.effectiveAt });
      if (!result.ok) continue;
      trace.push({ from: state, to: result.to, action, actor: s.actor, submittedBy });
      if (action === 'submit') submittedBy = s.actor.userId;
      if (action === 'revise') submittedBy = undefined;
      state = result.to;
    }
    return { state, trace };
  };

  const sequences = fc.array(step, { maxLength: 40 });

  it('the generated sequences reach every state (so the properties below are not vacuous)', () => {
    const reached = new Set(fc.sample(sequences, { numRuns: 300, seed: 42 }).flatMap((steps) => replay(steps).trace.map((t) => t.to)));
    expect([...reached].sort()).toEqual([...PRICE_LIST_STATES].sort());
  });

  it('never reaches a state outside the table, and every move is a row of it', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const { state, trace } = replay(steps);
        expect(PRICE_LIST_STATES).toContain(state);
        for (const t of trace) expect(PRICE_LIST_TRANSITIONS[t.from][t.action]).toBe(t.to);
      }),
    );
  });

  it('published is only reached from approved, approved only from submitted', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        for (const t of replay(steps).trace) {
          if (t.to === 'published') expect(t.from).toBe('approved');
          if (t.to === 'approved') expect(t.from).toBe('submitted');
        }
      }),
    );
  });

  it('a rejected list can only go back to draft; a superseded list goes nowhere', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        for (const t of replay(steps).trace) {
          if (t.from === 'rejected') expect(t.to).toBe('draft');
          expect(t.from).not.toBe('superseded');
        }
      }),
    );
  });

  it('approvals and rejections are by a GM who did not submit; submissions by a manager of the project', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        for (const t of replay(steps).trace) {
          if (t.action === 'approve' || t.action === 'reject') {
            expect(t.actor.isGeneralManager).toBe(true);
            expect(t.actor.userId).not.toBe(t.submittedBy);
          }
          if (t.action === 'submit' || t.action === 'revise') expect(t.actor.managesProject).toBe(true);
        }
      }),
    );
  });

  it('every publication was approved since the last submission, and is never effective in the past', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const { trace } = replay(steps);
        trace.forEach((t, i) => {
          if (t.to !== 'published') return;
          const before = trace.slice(0, i).map((x) => x.action);
          expect(before.lastIndexOf('approve')).toBeGreaterThan(before.lastIndexOf('revise'));
          expect(before.lastIndexOf('submit')).toBeLessThan(before.lastIndexOf('approve'));
        });
        for (const s of steps) {
          const r = transitionPriceList({ from: 'approved', action: 'publish', actor: s.actor, now, effectiveAt: s.effectiveAt });
          if (r.ok) expect(r.effectiveAt?.getTime()).toBeGreaterThanOrEqual(now.getTime());
        }
      }),
    );
  });

  it('from any state, an action outside its row is INVALID_STATE whoever asks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRICE_LIST_STATES), fc.constantFrom(...PRICE_LIST_ACTIONS), fc.constantFrom(...actors), (from, action, actor) => {
        fc.pre(PRICE_LIST_TRANSITIONS[from][action] === undefined);
        const r = transitionPriceList({ from, action, actor, submittedBy: 'someone', reason: 'r', now });
        expect(r).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedPricing, freePricing, rangePricing, unsetPricing, workloadPricing } from '../catalog/pricing.js';
import { fen } from '../money/fen.js';
import { PNL_STATUSES } from './item-pnl.js';
import {
  LOSS_DECISION_ACTIONS,
  LOSS_DECISION_STATES,
  LOSS_DECISION_TRANSITIONS,
  nextLossDecisionState,
  recordLossDecision,
  transitionLossDecision,
  type LossDecisionInput,
  type ProfitabilityActor,
} from './loss-decision.js';

const now = new Date('2025-11-03T02:00:00.000Z'); // 10:00 on 3 November in Shanghai
const pm: ProfitabilityActor = { userId: 'pm-zhou', isGeneralManager: false, managesProject: true };
const otherPm: ProfitabilityActor = { userId: 'pm-li', isGeneralManager: false, managesProject: false };
const gm: ProfitabilityActor = { userId: 'gm-chen', isGeneralManager: true, managesProject: false };
const gmManagingTheProject: ProfitabilityActor = { userId: 'gm-chen', isGeneralManager: true, managesProject: true };

const decide = (patch: Partial<LossDecisionInput>) =>
  recordLossDecision({ kind: 'other', actor: pm, now, itemStatus: 'loss', reason: '疏通下水定价低于成本', ...patch });

describe('recordLossDecision', () => {
  it.each([
    {
      kind: 'raise_price' as const,
      patch: { proposedPricing: fixedPricing(fen(3500)), currentPricing: fixedPricing(fen(3000)) },
      state: 'proposed',
      needsGeneralManager: true,
    },
    { kind: 'discontinue' as const, patch: {}, state: 'proposed', needsGeneralManager: true },
    { kind: 'grow_volume' as const, patch: { targetOrdersPerMonth: 20, reviewOn: '2026-02-01' }, state: 'recorded', needsGeneralManager: false },
    { kind: 'other' as const, patch: {}, state: 'recorded', needsGeneralManager: false },
  ])('$kind → $state', ({ kind, patch, state, needsGeneralManager }) => {
    expect(decide({ kind, ...patch })).toMatchObject({ ok: true, kind, state, needsGeneralManager });
  });

  it('a price rise carries the proposal in canonical form, for the draft price list', () => {
    expect(decide({ kind: 'raise_price', proposedPricing: { mode: 'range', min: fen(1500), max: fen(5000), price: null }, currentPricing: rangePricing(fen(1000), fen(5000)) })).toEqual({
      ok: true,
      kind: 'raise_price',
      state: 'proposed',
      needsGeneralManager: true,
      proposedPricing: { mode: 'range', price: null, min: 1500, max: 5000 },
    });
  });

  it.each([
    { note: 'a thin item may be decided on', status: 'thin' as const, ok: true },
    { note: 'a healthy item is not under review', status: 'healthy' as const, ok: false },
    { note: 'nor an over-margin one', status: 'over_margin' as const, ok: false },
    { note: 'nor a free service', status: 'goodwill' as const, ok: false },
    { note: 'nor an idle one', status: 'idle' as const, ok: false },
  ])('$note', ({ status, ok }) => {
    const result = decide({ itemStatus: status });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result).toMatchObject({ code: 'INVALID_STATE', messageKey: 'profitability.decision.notUnderReview', params: { status } });
  });

  it.each([
    { who: 'a manager of another project', actor: otherPm },
    { who: 'the GM, who approves rather than decides', actor: gm },
  ])('$who cannot decide', ({ actor }) => {
    expect(decide({ actor })).toEqual({ ok: false, code: 'FORBIDDEN', messageKey: 'profitability.decision.onlyProjectManager', params: {} });
  });

  it.each([
    { note: 'unknown kind', patch: { kind: 'sell' as never }, field: 'kind', messageKey: 'profitability.decision.kindUnknown' },
    { note: 'no reason', patch: { reason: '  ' }, field: 'reason', messageKey: 'profitability.decision.reasonRequired' },
    { note: 'price rise without a price', patch: { kind: 'raise_price' as const }, field: 'proposedPricing', messageKey: 'profitability.decision.proposedPricingRequired' },
    { note: 'price rise to free', patch: { kind: 'raise_price' as const, proposedPricing: freePricing() }, field: 'proposedPricing.mode', messageKey: 'profitability.decision.proposedPricingMode' },
    { note: 'price rise to unset', patch: { kind: 'raise_price' as const, proposedPricing: unsetPricing() }, field: 'proposedPricing.mode', messageKey: 'profitability.decision.proposedPricingMode' },
    { note: 'fixed without a price', patch: { kind: 'raise_price' as const, proposedPricing: { mode: 'fixed' as const } }, field: 'proposedPricing.price', messageKey: 'catalog.price.required' },
    { note: 'a fraction of a fen', patch: { kind: 'raise_price' as const, proposedPricing: { mode: 'fixed' as const, price: 3250.5 as never } }, field: 'proposedPricing.price', messageKey: 'catalog.price.notWholeFen' },
    { note: 'min above max', patch: { kind: 'raise_price' as const, proposedPricing: rangePricing(fen(6000), fen(5000)) }, field: 'proposedPricing.min', messageKey: 'catalog.price.minAboveMax' },
    {
      note: 'the same price is no rise',
      patch: { kind: 'raise_price' as const, proposedPricing: fixedPricing(fen(3000)), currentPricing: fixedPricing(fen(3000)) },
      field: 'proposedPricing',
      messageKey: 'profitability.decision.priceNotRaised',
    },
    {
      note: 'a lower maximum is no rise',
      patch: { kind: 'raise_price' as const, proposedPricing: rangePricing(fen(1500), fen(4000)), currentPricing: rangePricing(fen(1000), fen(5000)) },
      field: 'proposedPricing',
      messageKey: 'profitability.decision.priceNotRaised',
    },
    { note: 'grow volume without a target', patch: { kind: 'grow_volume' as const, reviewOn: '2026-02-01' }, field: 'targetOrdersPerMonth', messageKey: 'profitability.decision.targetOrdersRequired' },
    { note: 'a target of 0', patch: { kind: 'grow_volume' as const, targetOrdersPerMonth: 0, reviewOn: '2026-02-01' }, field: 'targetOrdersPerMonth', messageKey: 'profitability.decision.targetOrdersRequired' },
    { note: 'a fractional target', patch: { kind: 'grow_volume' as const, targetOrdersPerMonth: 2.5, reviewOn: '2026-02-01' }, field: 'targetOrdersPerMonth', messageKey: 'profitability.decision.targetOrdersRequired' },
    { note: 'no review date', patch: { kind: 'grow_volume' as const, targetOrdersPerMonth: 20 }, field: 'reviewOn', messageKey: 'profitability.decision.reviewOnRequired' },
    { note: 'a bad review date', patch: { kind: 'grow_volume' as const, targetOrdersPerMonth: 20, reviewOn: '2026-02-30' }, field: 'reviewOn', messageKey: 'profitability.decision.reviewOnInvalid' },
    { note: 'a review today (Shanghai)', patch: { kind: 'grow_volume' as const, targetOrdersPerMonth: 20, reviewOn: '2025-11-03' }, field: 'reviewOn', messageKey: 'profitability.decision.reviewOnNotFuture' },
  ])('$note → $messageKey at $field', ({ patch, field, messageKey }) => {
    expect(decide(patch)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey });
  });

  it('says what the current price is when the proposal does not raise it', () => {
    expect(decide({ kind: 'raise_price', proposedPricing: workloadPricing(fen(1000), fen(90_000)), currentPricing: workloadPricing(fen(1000), fen(100_000)) })).toMatchObject({
      params: { proposed: '¥10.00–¥900.00', current: '¥10.00–¥1,000.00' },
    });
  });

  it.each([
    { current: fixedPricing(fen(3000)), proposed: rangePricing(fen(3000), fen(4000)), ok: true, note: 'fixed ¥30 to a range ¥30–¥40' },
    { current: rangePricing(fen(1000), fen(5000)), proposed: fixedPricing(fen(5000)), ok: true, note: 'range ¥10–¥50 to fixed ¥50' },
    { current: rangePricing(fen(1000), fen(5000)), proposed: fixedPricing(fen(4000)), ok: false, note: 'range ¥10–¥50 to fixed ¥40 lowers the maximum' },
    { current: unsetPricing(), proposed: fixedPricing(fen(2000)), ok: true, note: 'no current price to compare with' },
    { current: null, proposed: fixedPricing(fen(2000)), ok: true, note: 'current price not given' },
  ])('raise: $note → $ok', ({ current, proposed, ok }) => {
    expect(decide({ kind: 'raise_price', proposedPricing: proposed, currentPricing: current }).ok).toBe(ok);
  });

  it('a proposal neither bound of which is lower, and one higher, is always a rise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b, up1, up2) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const result = decide({ kind: 'raise_price', currentPricing: rangePricing(fen(min), fen(max)), proposedPricing: rangePricing(fen(min + up1), fen(max + up1 + up2)) });
        expect(result.ok).toBe(true);
      }),
    );
  });
});

describe('transitionLossDecision: the GM approves a price rise or a discontinuation', () => {
  it('the table', () => {
    expect(LOSS_DECISION_TRANSITIONS).toEqual({ proposed: { approve: 'approved', reject: 'rejected' }, approved: {}, rejected: {}, recorded: {} });
    for (const from of LOSS_DECISION_STATES) {
      for (const action of LOSS_DECISION_ACTIONS) {
        expect(nextLossDecisionState(from, action)).toBe(from === 'proposed' ? (action === 'approve' ? 'approved' : 'rejected') : undefined);
      }
    }
    expect(nextLossDecisionState('proposed', 'toString' as never)).toBeUndefined();
  });

  it.each([
    { note: 'GM approves', from: 'proposed' as const, action: 'approve' as const, actor: gm, reason: null, result: { ok: true, to: 'approved' } },
    { note: 'GM rejects with a reason', from: 'proposed' as const, action: 'reject' as const, actor: gm, reason: '先扩大服务量', result: { ok: true, to: 'rejected' } },
    {
      note: 'a PM cannot approve',
      from: 'proposed' as const,
      action: 'approve' as const,
      actor: pm,
      reason: null,
      result: { ok: false, code: 'FORBIDDEN', messageKey: 'profitability.decision.onlyGeneralManager', params: {} },
    },
    {
      note: 'not one’s own proposal',
      from: 'proposed' as const,
      action: 'approve' as const,
      actor: gmManagingTheProject,
      proposedBy: 'gm-chen',
      reason: null,
      result: { ok: false, code: 'FORBIDDEN', messageKey: 'profitability.decision.ownProposal', params: {} },
    },
    {
      note: 'a rejection needs a reason',
      from: 'proposed' as const,
      action: 'reject' as const,
      actor: gm,
      reason: ' ',
      result: { ok: false, code: 'VALIDATION_FAILED', field: 'reason', messageKey: 'profitability.decision.reasonRequired', params: {} },
    },
    {
      note: 'a recorded decision has nothing to approve',
      from: 'recorded' as const,
      action: 'approve' as const,
      actor: gm,
      reason: null,
      result: { ok: false, code: 'INVALID_STATE', messageKey: 'profitability.decision.invalidTransition', params: { from: 'recorded', action: 'approve' } },
    },
    {
      note: 'an approved decision stays approved',
      from: 'approved' as const,
      action: 'reject' as const,
      actor: gm,
      reason: 'x',
      result: { ok: false, code: 'INVALID_STATE', messageKey: 'profitability.decision.invalidTransition', params: { from: 'approved', action: 'reject' } },
    },
  ])('$note', ({ from, action, actor, reason, result, ...rest }) => {
    const proposedBy = 'proposedBy' in rest ? rest.proposedBy : 'pm-zhou';
    expect(transitionLossDecision({ from, action, actor, reason, proposedBy, now })).toEqual(result);
  });

  it('needs the proposer', () => {
    expect(transitionLossDecision({ from: 'proposed', action: 'approve', actor: gm, now })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      field: 'proposedBy',
    });
  });

  it('every status outside loss and thin is refused for every kind', () => {
    for (const status of PNL_STATUSES.filter((s) => s !== 'loss' && s !== 'thin')) {
      for (const kind of ['grow_volume', 'raise_price', 'discontinue', 'other'] as const) {
        expect(decide({ kind, itemStatus: status })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { canAccess } from '../access';

describe('profitability screens', () => {
  const gm = ['profitability.read', 'profitability.approve', 'priceList.decide'];
  const pm = ['profitability.read', 'profitability.decide', 'priceList.edit'];
  const finance = ['profitability.read', 'order.read'];

  it('opens 损益分析 to all who read the P&L, 亏损处理 to project managers and 损益总览 to the GM', () => {
    expect([gm, pm, finance].map((p) => canAccess(p, 'profitability', 'list'))).toEqual([true, true, true]);
    expect([gm, pm, finance].map((p) => canAccess(p, 'lossDecisions', 'list'))).toEqual([false, true, false]);
    expect([gm, pm, finance].map((p) => canAccess(p, 'pnlOverview', 'list'))).toEqual([true, false, false]);
    expect(canAccess(['order.read'], 'profitability', 'list')).toBe(false);
  });

  it('offers no create or edit form: decisions are taken in dialogs', () => {
    expect(canAccess(pm, 'lossDecisions', 'create')).toBe(false);
    expect(canAccess(gm, 'pnlOverview', 'edit')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { linesSummary, requisitionSteps, toRequisitionLine } from './requisition-rules';

describe('requisition lines', () => {
  it('sums up what is asked for', () => {
    expect(linesSummary([{ name: '水龙头', unit: '个', quantityMilli: 1000 }, { name: '生料带', unit: '卷', quantityMilli: 2500 }])).toBe('水龙头 1个，生料带 2.5卷');
  });

  it('turns typed quantity and yuan into thousandths and fen', () => {
    expect(toRequisitionLine({ name: ' 角阀 ', unit: '个', quantity: '2', unitCost: '18.50' })).toEqual({
      input: { name: '角阀', unit: '个', quantityMilli: 2000, unitCostFen: 1850 },
    });
    expect(toRequisitionLine({ name: '角阀', unit: '个', quantity: '0', unitCost: '18' })).toEqual({ issue: { field: 'quantity', messageKey: 'app.money.quantityFormat' } });
    expect(toRequisitionLine({ name: '角阀', unit: '个', quantity: '1', unitCost: '18.555' })).toEqual({ issue: { field: 'unitCost', messageKey: 'app.money.tooManyDecimals' } });
    expect(toRequisitionLine({ name: '', unit: '个', quantity: '1', unitCost: '1' })).toEqual({ issue: { field: 'name', messageKey: 'ra.validation.required' } });
  });
});

describe('requisition steps', () => {
  const supervisor = { userId: 'sup', permissions: ['order.read', 'order.materials'] };
  it('lets only the order’s supervisor sign', () => {
    expect(requisitionSteps({ state: 'requested' }, supervisor, 'sup')).toEqual(['sign']);
    expect(requisitionSteps({ state: 'requested' }, supervisor, 'other')).toEqual([]);
    expect(requisitionSteps({ state: 'requested' }, { ...supervisor, userId: null }, null)).toEqual([]);
  });

  it('issues only what was signed, for those who handle materials', () => {
    expect(requisitionSteps({ state: 'signed' }, { userId: 'w', permissions: ['order.materials'] }, 'sup')).toEqual(['issue']);
    expect(requisitionSteps({ state: 'signed' }, { userId: 'f', permissions: ['order.read'] }, 'sup')).toEqual([]);
    expect(requisitionSteps({ state: 'issued' }, supervisor, 'sup')).toEqual([]);
  });
});

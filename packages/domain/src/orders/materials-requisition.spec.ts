import { describe, expect, it } from 'vitest';
import type { OrderActor } from './order-actor.js';
import { checkRequisition } from './materials-requisition.js';

const sup: OrderActor = { kind: 'staff', userId: 'sup-wang', roles: ['supervisor'] };
const otherSup: OrderActor = { kind: 'staff', userId: 'sup-zhao', roles: ['supervisor'] };
const worker: OrderActor = { kind: 'staff', userId: 'w-li', roles: ['worker'] };
const order = { state: 'in_progress', supervisorId: 'sup-wang' } as const;

describe('checkRequisition: cites the order, signed by its supervisor, before stock is issued', () => {
  it.each([
    { rule: 'signed by the order’s supervisor for work in progress', order, cited: 'WX-2026-0042', signer: sup, result: { ok: true } },
    { rule: 'for assigned work, the number with stray spaces', order: { ...order, state: 'assigned' }, cited: ' WX-2026-0042 ', signer: sup, result: { ok: true } },
    { rule: 'no order number', order, cited: '', signer: sup, result: { ok: false, code: 'VALIDATION_FAILED', field: 'orderNumber', messageKey: 'order.requisition.orderNumberRequired' } },
    { rule: 'another order’s number', order, cited: 'WX-2026-0041', signer: sup, result: { ok: false, code: 'VALIDATION_FAILED', field: 'orderNumber', messageKey: 'order.requisition.orderNumberMismatch' } },
    { rule: 'an order not yet assigned', order: { ...order, state: 'dispatched' }, cited: 'WX-2026-0042', signer: sup, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.requisition.orderNotActive' } },
    { rule: 'a completed order', order: { ...order, state: 'completed' }, cited: 'WX-2026-0042', signer: sup, result: { ok: false, code: 'INVALID_STATE' } },
    { rule: 'signed by the worker', order, cited: 'WX-2026-0042', signer: worker, result: { ok: false, code: 'FORBIDDEN', messageKey: 'order.requisition.supervisorSigns' } },
    { rule: 'signed by another department’s supervisor', order, cited: 'WX-2026-0042', signer: otherSup, result: { ok: false, code: 'FORBIDDEN' } },
  ] as const)('$rule', ({ order: o, cited, signer, result }) => {
    expect(checkRequisition({ order: o, orderNumber: 'WX-2026-0042', citedOrderNumber: cited, signer })).toMatchObject(result);
  });
});

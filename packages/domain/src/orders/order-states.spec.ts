import { describe, expect, it } from 'vitest';
import { isAwaitingSignOff, isOrderState, isTerminalOrderState, ORDER_STATES } from './order-states.js';

describe('order states', () => {
  it.each([
    { state: 'registered', terminal: false, awaitingSignOff: true },
    { state: 'quoted', terminal: false, awaitingSignOff: true },
    { state: 'accepted', terminal: false, awaitingSignOff: true },
    { state: 'dispatched', terminal: false, awaitingSignOff: true },
    { state: 'assigned', terminal: false, awaitingSignOff: true },
    { state: 'in_progress', terminal: false, awaitingSignOff: true },
    { state: 'completed', terminal: false, awaitingSignOff: false },
    { state: 'settled', terminal: false, awaitingSignOff: false },
    { state: 'closed', terminal: true, awaitingSignOff: false },
    { state: 'declined', terminal: true, awaitingSignOff: false },
    { state: 'cancelled', terminal: true, awaitingSignOff: false },
    { state: 'rejected', terminal: true, awaitingSignOff: false },
  ] as const)('$state: terminal $terminal, awaiting sign-off $awaitingSignOff', ({ state, terminal, awaitingSignOff }) => {
    expect(isTerminalOrderState(state)).toBe(terminal);
    expect(isAwaitingSignOff(state)).toBe(awaitingSignOff);
  });

  it('lists every state once and recognises only those', () => {
    expect(new Set(ORDER_STATES).size).toBe(12);
    expect(isOrderState('in_progress')).toBe(true);
    expect(isOrderState('archived')).toBe(false);
    expect(isOrderState('toString')).toBe(false);
  });
});

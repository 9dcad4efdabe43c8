import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department } from '../access/roles.js';
import { shanghaiInstant } from '../calendar/working-calendar.js';
import type { KpiActor } from './kpi-actor.js';
import { DEFAULT_KPI_SETTINGS } from './penalty-rules.js';
import {
  allowedPenaltyActions,
  appealDeadline,
  nextPenaltyState,
  PENALTY_ACTIONS,
  PENALTY_STATES,
  PENALTY_TRANSITIONS,
  recordManualPenalty,
  transitionPenalty,
  type PenaltyEntrySnapshot,
  type PenaltyTransitionInput,
} from './penalty-lifecycle.js';

const actor = (userId: string, roles: KpiActor['roles'], supervises: Department[] = []): KpiActor => ({ userId, roles, supervises });
const worker = actor('w-li', ['worker']);
const colleague = actor('w-zhao', ['worker']);
const engineeringSupervisor = actor('s-qian', ['supervisor'], ['engineering']);
const cleaningSupervisor = actor('s-wang', ['supervisor'], ['cleaning']);
const pm = actor('pm-zhou', ['project_manager']);
const gm = actor('gm-chen', ['general_manager']);
const quality = actor('q-he', ['quality']);

const confirmedAt = shanghaiInstant('2025-11-03', '16:00');
const entry = (patch: Partial<PenaltyEntrySnapshot> = {}): PenaltyEntrySnapshot => ({
  state: 'proposed',
  rule: 'dissatisfied_at_acceptance',
  userId: 'w-li',
  department: 'engineering',
  confirmedAt: null,
  confirmedBy: null,
  ...patch,
});
const confirmed = (patch: Partial<PenaltyEntrySnapshot> = {}) => entry({ state: 'confirmed', confirmedAt, confirmedBy: 's-qian', ...patch });
const appealed = (patch: Partial<PenaltyEntrySnapshot> = {}) => confirmed({ state: 'appealed', ...patch });
const now = shanghaiInstant('2025-11-05', '10:00');

const run = (input: Partial<PenaltyTransitionInput> & Pick<PenaltyTransitionInput, 'entry' | 'action' | 'actor'>) =>
  transitionPenalty({ now, reason: '住户已书面确认', ...input });

describe('the transition table', () => {
  it('is the one of issue 7', () => {
    expect(PENALTY_TRANSITIONS).toEqual({
      proposed: { confirm: 'confirmed', dismiss: 'dismissed' },
      confirmed: { appeal: 'appealed' },
      appealed: { uphold: 'upheld', overturn: 'overturned' },
      dismissed: {},
      upheld: {},
      overturned: {},
    });
    expect(allowedPenaltyActions('confirmed')).toEqual(['appeal']);
    expect(nextPenaltyState('proposed', 'constructor' as never)).toBeUndefined();
  });

  it('every pair outside the table is INVALID_STATE, whoever asks', () => {
    for (const state of PENALTY_STATES) {
      for (const action of PENALTY_ACTIONS) {
        if (nextPenaltyState(state, action) !== undefined) continue;
        expect(run({ entry: confirmed({ state }), action, actor: gm })).toEqual({
          ok: false,
          code: 'INVALID_STATE',
          messageKey: 'kpi.penalty.invalidTransition',
          params: { from: state, action },
        });
      }
    }
  });
});

describe('confirm and dismiss', () => {
  it.each([
    { who: 'the supervisor of the person’s department', a: engineeringSupervisor, ok: true },
    { who: 'the project manager', a: pm, ok: true },
    { who: 'the GM', a: gm, ok: true },
    { who: 'a supervisor of another department', a: cleaningSupervisor, ok: false },
    { who: 'a colleague', a: colleague, ok: false },
    { who: 'quality', a: quality, ok: false },
  ])('$who may confirm: $ok', ({ a, ok }) => {
    const result = run({ entry: entry(), action: 'confirm', actor: a });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result).toMatchObject({ code: 'FORBIDDEN', messageKey: 'kpi.penalty.forbiddenJudge' });
  });

  it('not on one’s own entry, even as a manager', () => {
    const pmEntry = entry({ userId: 'pm-zhou', department: null });
    expect(run({ entry: pmEntry, action: 'confirm', actor: pm })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.ownEntry' });
    expect(run({ entry: pmEntry, action: 'confirm', actor: gm })).toMatchObject({ ok: true, to: 'confirmed' });
  });

  it('confirming counts the points and opens the 7-day appeal window', () => {
    expect(run({ entry: entry(), action: 'confirm', actor: engineeringSupervisor, now: confirmedAt })).toEqual({
      ok: true,
      to: 'confirmed',
      counts: true,
      appealDeadline: { lastDay: '2025-11-10', closesAt: shanghaiInstant('2025-11-11') },
    });
  });

  it('dismissing needs a reason and does not count', () => {
    expect(run({ entry: entry(), action: 'dismiss', actor: pm })).toEqual({ ok: true, to: 'dismissed', counts: false });
    expect(run({ entry: entry(), action: 'dismiss', actor: pm, reason: ' ' })).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      field: 'reason',
      messageKey: 'kpi.penalty.reasonRequired',
      params: {},
    });
  });

  describe('a breached deadline: the supervisor judges subjective or objective', () => {
    const delay = entry({ rule: 'subjective_delay' });
    it.each([
      { cause: 'subjective' as const, action: 'confirm' as const, result: { ok: true, to: 'confirmed' } },
      { cause: 'objective' as const, action: 'dismiss' as const, result: { ok: true, to: 'dismissed' } },
      { cause: 'objective' as const, action: 'confirm' as const, result: { ok: false, code: 'VALIDATION_FAILED', field: 'delayCause', messageKey: 'kpi.penalty.objectiveDelay' } },
      { cause: null, action: 'confirm' as const, result: { ok: false, code: 'VALIDATION_FAILED', field: 'delayCause', messageKey: 'kpi.penalty.delayCauseRequired' } },
    ])('$cause → $action', ({ cause, action, result }) => {
      expect(run({ entry: delay, action, actor: engineeringSupervisor, delayCause: cause })).toMatchObject(result);
    });

    it('an objective delay is dismissed with its reason', () => {
      expect(run({ entry: delay, action: 'dismiss', actor: engineeringSupervisor, delayCause: 'objective', reason: null })).toMatchObject({
        ok: false,
        field: 'reason',
      });
    });
  });
});

describe('appeal: the person, within 7 calendar days (Asia/Shanghai) of confirmation', () => {
  it.each([
    { at: '2025-11-03 16:05', ok: true, note: 'the day of confirmation' },
    { at: '2025-11-10 23:59', ok: true, note: 'the 7th day, last minute' },
    { at: '2025-11-11 00:00', ok: false, note: 'the 8th day' },
    { at: '2025-12-01 09:00', ok: false, note: 'weeks later' },
  ])('$note ($at) → $ok', ({ at, ok }) => {
    const [date, time] = at.split(' ') as [string, string];
    const result = run({ entry: confirmed(), action: 'appeal', actor: worker, now: shanghaiInstant(date, time) });
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result).toEqual({ ok: false, code: 'INVALID_STATE', messageKey: 'kpi.penalty.appealWindowClosed', params: { lastDay: '2025-11-10', days: 7 } });
    }
  });

  it('counts local days: confirmed at 23:30 Shanghai time (15:30 UTC) still gives 7 days after that local date', () => {
    expect(appealDeadline(new Date('2025-11-03T15:30:00.000Z')).lastDay).toBe('2025-11-10');
    expect(appealDeadline(new Date('2025-11-03T16:30:00.000Z')).lastDay).toBe('2025-11-11');
  });

  it('only the person may appeal, with grounds; the points still count while it is decided', () => {
    expect(run({ entry: confirmed(), action: 'appeal', actor: pm })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.appealOwnOnly' });
    expect(run({ entry: confirmed(), action: 'appeal', actor: worker, reason: '' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      field: 'reason',
      messageKey: 'kpi.penalty.appealGroundsRequired',
    });
    expect(run({ entry: confirmed(), action: 'appeal', actor: worker })).toEqual({ ok: true, to: 'appealed', counts: true });
  });

  it('the window is a setting', () => {
    const settings = { ...DEFAULT_KPI_SETTINGS, appealWindowDays: 3 };
    expect(run({ entry: confirmed(), action: 'appeal', actor: worker, now: shanghaiInstant('2025-11-06', '23:59'), settings }).ok).toBe(true);
    expect(run({ entry: confirmed(), action: 'appeal', actor: worker, now: shanghaiInstant('2025-11-07', '09:00'), settings })).toMatchObject({
      ok: false,
      params: { lastDay: '2025-11-06', days: 3 },
    });
  });

  it('property: an appeal is accepted exactly before the end of the 7th local day after the confirmation day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 24 * 60 }), (minutes) => {
        const at = new Date(confirmedAt.getTime() + minutes * 60_000);
        const result = run({ entry: confirmed(), action: 'appeal', actor: worker, now: at });
        expect(result.ok).toBe(at.getTime() < shanghaiInstant('2025-11-11').getTime());
      }),
    );
  });
});

describe('uphold and overturn: the project manager decides', () => {
  it.each([
    { action: 'uphold' as const, a: pm, result: { ok: true, to: 'upheld', counts: true } },
    { action: 'overturn' as const, a: pm, result: { ok: true, to: 'overturned', counts: false } },
    { action: 'overturn' as const, a: gm, result: { ok: true, to: 'overturned', counts: false } },
    { action: 'uphold' as const, a: engineeringSupervisor, result: { ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.forbiddenDecideAppeal' } },
    { action: 'overturn' as const, a: worker, result: { ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.ownEntry' } },
  ])('$action by $a.userId', ({ action, a, result }) => {
    expect(run({ entry: appealed(), action, actor: a })).toMatchObject(result);
  });

  it('not by whoever confirmed it: then the GM decides', () => {
    const confirmedByPm = appealed({ confirmedBy: 'pm-zhou' });
    expect(run({ entry: confirmedByPm, action: 'uphold', actor: pm })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.ownConfirmation' });
    expect(run({ entry: confirmedByPm, action: 'uphold', actor: gm })).toMatchObject({ ok: true, to: 'upheld' });
  });

  it('with a reason', () => {
    expect(run({ entry: appealed(), action: 'uphold', actor: pm, reason: null })).toMatchObject({ ok: false, field: 'reason', messageKey: 'kpi.penalty.reasonRequired' });
  });
});

describe('recordManualPenalty', () => {
  const base = {
    rule: 'private_charging' as const,
    userId: 'w-li',
    department: 'engineering' as const,
    actor: pm,
    now,
    occurredAt: shanghaiInstant('2025-11-01', '15:00'),
    note: '维修后收取业户现金 50 元未开收据',
    evidence: { type: 'order' as const, id: 'o-7' },
  };

  it('proposes, with the points in force and the month it happened', () => {
    expect(recordManualPenalty(base)).toEqual({
      ok: true,
      rule: 'private_charging',
      points: 20,
      userId: 'w-li',
      month: '2025-11',
      evidence: { type: 'order', id: 'o-7' },
      needsDelayJudgement: false,
      state: 'proposed',
    });
  });

  it.each([
    { note: 'quality records too', patch: { actor: quality }, ok: true },
    { note: 'without a linked record', patch: { evidence: null }, ok: true },
    { note: 'the department’s supervisor', patch: { actor: engineeringSupervisor }, ok: true },
    { note: 'another department’s supervisor', patch: { actor: cleaningSupervisor }, ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.forbiddenRecord' },
    { note: 'a colleague', patch: { actor: colleague }, ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.forbiddenRecord' },
    { note: 'oneself', patch: { actor: actor('w-li', ['supervisor'], ['engineering']) }, ok: false, code: 'FORBIDDEN', messageKey: 'kpi.penalty.ownEntry' },
    { note: 'an unknown rule', patch: { rule: 'lateness' as never }, ok: false, code: 'VALIDATION_FAILED', field: 'rule', messageKey: 'kpi.penalty.ruleUnknown' },
    { note: 'no person', patch: { userId: ' ' }, ok: false, code: 'VALIDATION_FAILED', field: 'userId', messageKey: 'kpi.penalty.userRequired' },
    { note: 'no note', patch: { note: '' }, ok: false, code: 'VALIDATION_FAILED', field: 'note', messageKey: 'kpi.penalty.noteRequired' },
    { note: 'a bad link', patch: { evidence: { type: 'invoice', id: 'x' } as never }, ok: false, code: 'VALIDATION_FAILED', field: 'evidence', messageKey: 'kpi.penalty.evidenceInvalid' },
    { note: 'in the future', patch: { occurredAt: shanghaiInstant('2025-11-06') }, ok: false, code: 'VALIDATION_FAILED', field: 'occurredAt', messageKey: 'kpi.penalty.occurredInFuture' },
    { note: 'a bad time', patch: { occurredAt: new Date(Number.NaN) }, ok: false, code: 'VALIDATION_FAILED', field: 'occurredAt', messageKey: 'kpi.penalty.occurredAtInvalid' },
  ])('$note', ({ patch, ok, note: _note, ...failure }) => {
    const result = recordManualPenalty({ ...base, ...patch });
    expect(result.ok).toBe(ok);
    if (!ok) expect(result).toMatchObject(failure);
  });

  it('a rule switched off cannot be used', () => {
    const settings = { ...DEFAULT_KPI_SETTINGS, penaltyPoints: { ...DEFAULT_KPI_SETTINGS.penaltyPoints, procedure_violation: 0 } };
    expect(recordManualPenalty({ ...base, rule: 'procedure_violation', settings })).toMatchObject({ ok: false, field: 'rule', messageKey: 'kpi.penalty.ruleSwitchedOff' });
  });
});

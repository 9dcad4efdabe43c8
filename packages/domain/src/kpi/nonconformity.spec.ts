import { describe, expect, it } from 'vitest';
import type { Department } from '../access/roles.js';
import { shanghaiInstant } from '../calendar/working-calendar.js';
import type { KpiActor } from './kpi-actor.js';
import {
  correctiveActionFigures,
  correctiveActionTimeliness,
  FINDING_ACTIONS,
  FINDING_STATES,
  FINDING_TRANSITIONS,
  nextFindingState,
  transitionFinding,
  validateFinding,
  validateFindings,
  type FindingSnapshot,
  type FindingTransitionInput,
} from './nonconformity.js';

const actor = (userId: string, roles: KpiActor['roles'], supervises: Department[] = []): KpiActor => ({ userId, roles, supervises });
const inspector = actor('s-wang', ['supervisor'], ['cleaning']);
const responsible = actor('w-li', ['worker']);
const owner = actor('w-zhao', ['worker']);
const pm = actor('pm-zhou', ['project_manager']);
const quality = actor('q-he', ['quality']);
const securityLead = actor('s-zhao', ['supervisor'], ['security']);

const now = shanghaiInstant('2025-10-14', '10:00');

describe('validateFinding', () => {
  it.each([
    { note: 'a pass', f: { checklistItemId: 'c1', result: 'pass' as const }, issues: [] },
    {
      note: 'a nonconformity with everything',
      f: { checklistItemId: 'c1', result: 'nonconformity' as const, nonconformityClass: 'general' as const, description: '3 号楼大堂地面有污渍', photoRef: 'ph-1', responsibleUserId: 'w-li' },
      issues: [],
    },
    {
      note: 'a subcontractor’s nonconformity',
      f: { checklistItemId: 'c1', result: 'nonconformity' as const, nonconformityClass: 'minor' as const, description: '草坪未修剪', subcontractorId: 'sub-green' },
      issues: [],
    },
    { note: 'a pass with a class', f: { checklistItemId: 'c1', result: 'pass' as const, nonconformityClass: 'minor' as const }, issues: [['nonconformityClass', 'kpi.finding.classNotAllowed']] },
    {
      note: 'a bare nonconformity',
      f: { checklistItemId: 'c1', result: 'nonconformity' as const },
      issues: [
        ['nonconformityClass', 'kpi.finding.classRequired'],
        ['description', 'kpi.finding.descriptionRequired'],
        ['responsibleUserId', 'kpi.finding.responsibleRequired'],
      ],
    },
    {
      note: 'an unknown class',
      f: { checklistItemId: 'c1', result: 'nonconformity' as const, nonconformityClass: 'fatal' as never, description: 'x', responsibleUserId: 'w-li' },
      issues: [['nonconformityClass', 'kpi.finding.classUnknown']],
    },
    { note: 'an unknown result', f: { checklistItemId: 'c1', result: 'maybe' as never }, issues: [['result', 'kpi.finding.resultUnknown']] },
  ])('$note', ({ f, issues }) => {
    expect(validateFinding(f).map((i) => [i.field, i.messageKey])).toEqual(issues);
  });

  it('names the finding in a record, and a record needs one', () => {
    expect(validateFindings([{ checklistItemId: 'c1', result: 'pass' }, { checklistItemId: 'c2', result: 'nonconformity', nonconformityClass: 'serious', description: 'x' }]).map((i) => i.field)).toEqual([
      'findings.1.responsibleUserId',
    ]);
    expect(validateFindings([]).map((i) => i.messageKey)).toEqual(['kpi.finding.none']);
  });
});

describe('a nonconformity’s lifecycle', () => {
  const finding = (patch: Partial<FindingSnapshot> = {}): FindingSnapshot => ({
    state: 'open',
    area: 'cleaning',
    inspectorId: 's-wang',
    responsibleUserId: 'w-li',
    subcontractorId: null,
    actionOwnerId: null,
    ...patch,
  });
  const plan = { correctiveAction: '调整保洁排班，每日两次巡查大堂', ownerId: 'w-zhao', deadline: '2025-10-17' };
  const run = (input: Partial<FindingTransitionInput> & Pick<FindingTransitionInput, 'finding' | 'action' | 'actor'>) =>
    transitionFinding({ now, ...plan, note: '已完成', reason: '大堂仍有污渍', ...input });

  it('the table', () => {
    expect(FINDING_TRANSITIONS).toEqual({
      open: { acknowledge: 'acknowledged' },
      acknowledged: { plan_action: 'correcting' },
      correcting: { plan_action: 'correcting', complete_action: 'awaiting_verification' },
      awaiting_verification: { verify: 'verified', fail_verification: 'correcting' },
      verified: {},
    });
    for (const state of FINDING_STATES) {
      for (const action of FINDING_ACTIONS) {
        if (nextFindingState(state, action) === undefined) {
          expect(run({ finding: finding({ state, actionOwnerId: 'w-zhao' }), action, actor: quality })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
        }
      }
    }
  });

  it('the happy path: signed, planned, done, verified', () => {
    expect(run({ finding: finding(), action: 'acknowledge', actor: responsible })).toEqual({ ok: true, to: 'acknowledged' });
    expect(run({ finding: finding({ state: 'acknowledged' }), action: 'plan_action', actor: inspector })).toEqual({ ok: true, to: 'correcting' });
    expect(run({ finding: finding({ state: 'correcting', actionOwnerId: 'w-zhao' }), action: 'complete_action', actor: owner })).toEqual({ ok: true, to: 'awaiting_verification' });
    expect(run({ finding: finding({ state: 'awaiting_verification', actionOwnerId: 'w-zhao' }), action: 'verify', actor: inspector })).toEqual({ ok: true, to: 'verified' });
    expect(run({ finding: finding({ state: 'awaiting_verification', actionOwnerId: 'w-zhao' }), action: 'fail_verification', actor: inspector })).toEqual({ ok: true, to: 'correcting' });
  });

  it.each([
    { note: 'someone else signs for the responsible person', f: { state: 'open' as const }, action: 'acknowledge' as const, who: pm, messageKey: 'kpi.finding.forbiddenAcknowledge' },
    { note: 'a worker plans the action', f: { state: 'acknowledged' as const }, action: 'plan_action' as const, who: responsible, messageKey: 'kpi.finding.forbiddenPlan' },
    { note: 'another area’s supervisor plans it', f: { state: 'acknowledged' as const }, action: 'plan_action' as const, who: securityLead, messageKey: 'kpi.finding.forbiddenPlan' },
    { note: 'someone other than the owner reports it done', f: { state: 'correcting' as const, actionOwnerId: 'w-zhao' }, action: 'complete_action' as const, who: inspector, messageKey: 'kpi.finding.forbiddenComplete' },
    { note: 'the owner verifies their own action', f: { state: 'awaiting_verification' as const, actionOwnerId: 's-wang' }, action: 'verify' as const, who: inspector, messageKey: 'kpi.finding.ownAction' },
    { note: 'a worker verifies', f: { state: 'awaiting_verification' as const, actionOwnerId: 'w-zhao' }, action: 'verify' as const, who: responsible, messageKey: 'kpi.finding.forbiddenVerify' },
  ])('FORBIDDEN: $note', ({ f, action, who, messageKey }) => {
    expect(run({ finding: finding(f), action, actor: who })).toEqual({ ok: false, code: 'FORBIDDEN', messageKey, params: {} });
  });

  it('a subcontractor’s finding is signed by the area’s supervisor or the PM', () => {
    const sub = finding({ responsibleUserId: null, subcontractorId: 'sub-clean' });
    expect(run({ finding: sub, action: 'acknowledge', actor: inspector }).ok).toBe(true);
    expect(run({ finding: sub, action: 'acknowledge', actor: pm }).ok).toBe(true);
    expect(run({ finding: sub, action: 'acknowledge', actor: securityLead }).ok).toBe(false);
  });

  it('quality and the PM may plan and verify too', () => {
    expect(run({ finding: finding({ state: 'acknowledged' }), action: 'plan_action', actor: quality }).ok).toBe(true);
    expect(run({ finding: finding({ state: 'awaiting_verification', actionOwnerId: 'w-zhao' }), action: 'verify', actor: pm }).ok).toBe(true);
  });

  it.each([
    { patch: { correctiveAction: ' ' }, field: 'correctiveAction', messageKey: 'kpi.finding.actionRequired' },
    { patch: { ownerId: null }, field: 'ownerId', messageKey: 'kpi.finding.ownerRequired' },
    { patch: { deadline: null }, field: 'deadline', messageKey: 'kpi.finding.deadlineRequired' },
    { patch: { deadline: '2025-10-32' }, field: 'deadline', messageKey: 'kpi.finding.deadlineInvalid' },
    { patch: { deadline: '2025-10-13' }, field: 'deadline', messageKey: 'kpi.finding.deadlineInPast' },
  ])('plan_action: $field → $messageKey', ({ patch, field, messageKey }) => {
    expect(run({ finding: finding({ state: 'acknowledged' }), action: 'plan_action', actor: inspector, ...patch })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey });
  });

  it('a deadline today is allowed; completion needs a note; a failed verification needs a reason', () => {
    expect(run({ finding: finding({ state: 'acknowledged' }), action: 'plan_action', actor: inspector, deadline: '2025-10-14' }).ok).toBe(true);
    expect(run({ finding: finding({ state: 'correcting', actionOwnerId: 'w-zhao' }), action: 'complete_action', actor: owner, note: '' })).toMatchObject({ field: 'note' });
    expect(run({ finding: finding({ state: 'awaiting_verification', actionOwnerId: 'w-zhao' }), action: 'fail_verification', actor: inspector, reason: null })).toMatchObject({ field: 'reason' });
  });
});

describe('corrective actions: on time, late, overdue', () => {
  it.each([
    { deadline: '2025-10-17', completedAt: '2025-10-17 23:59', now: '2025-10-20 09:00', status: 'done_on_time' },
    { deadline: '2025-10-17', completedAt: '2025-10-18 00:01', now: '2025-10-20 09:00', status: 'done_late' },
    { deadline: '2025-10-17', completedAt: null, now: '2025-10-17 23:59', status: 'open' },
    { deadline: '2025-10-17', completedAt: null, now: '2025-10-18 00:00', status: 'overdue' },
  ])('deadline $deadline, done $completedAt, now $now → $status', ({ deadline, completedAt, now: n, status }) => {
    const local = (s: string) => shanghaiInstant(s.slice(0, 10), s.slice(11));
    expect(correctiveActionTimeliness({ deadline, completedAt: completedAt === null ? null : local(completedAt), now: local(n) })).toBe(status);
  });

  it('the on-time rate counts only actions whose outcome is known', () => {
    const d = (date: string, time = '10:00') => shanghaiInstant(date, time);
    expect(
      correctiveActionFigures(
        [
          { deadline: '2025-10-10', completedAt: d('2025-10-09') },
          { deadline: '2025-10-10', completedAt: d('2025-10-12') },
          { deadline: '2025-10-12', completedAt: null },
          { deadline: '2025-10-31', completedAt: null },
        ],
        d('2025-10-20'),
      ),
    ).toEqual({ total: 4, open: 1, overdue: 1, doneOnTime: 1, doneLate: 1, due: 3, onTimeBasisPoints: 3333 });
  });
});

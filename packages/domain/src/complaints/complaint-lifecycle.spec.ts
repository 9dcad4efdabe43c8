import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department } from '../access/roles.js';
import type { ComplaintCategory } from './complaint-classification.js';
import {
  allowedComplaintActions,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATES,
  COMPLAINT_TRANSITIONS,
  complaintActorFrom,
  transitionComplaint,
  type ComplaintAction,
  type ComplaintActor,
  type ComplaintState,
  type ComplaintTransitionInput,
} from './complaint-lifecycle.js';

const now = new Date('2025-10-14T06:00:00.000Z'); // 14:00 in Shanghai
const registeredAt = new Date('2025-10-13T01:00:00.000Z');

const actor = (userId: string, roles: ComplaintActor['roles'], supervises: Department[] = []): ComplaintActor => ({ userId, roles, supervises });
const worker = actor('w-li', ['worker']);
const cleaningSupervisor = actor('s-wang', ['supervisor'], ['cleaning']);
const securitySupervisor = actor('s-zhao', ['supervisor'], ['security']);
const engineer = actor('e-sun', ['engineering']);
const engineeringManager = actor('e-qian', ['supervisor'], ['engineering']);
const pm = actor('pm-zhou', ['project_manager']);
const frontDesk = actor('fd-wu', ['front_desk']);
const housekeeper = actor('hk-zheng', ['housekeeper']);
const gm = actor('gm-chen', ['general_manager']);
const finance = actor('fi-feng', ['finance']);
const quality = actor('q-he', ['quality']);

/** Everything an action may need, filled in; a test removes what it checks. */
const complete = {
  reason: '住户已搬离，无法联系',
  findings: '卫生间渗水，防水层开裂',
  developerResponseDueAt: new Date('2025-10-31T09:00:00.000Z'),
  developerResponse: '开发商同意 11 月 3 日返修',
  cause: '保洁排班漏掉 3 号楼',
  handling: '补做清洁并调整排班',
  completedAt: new Date('2025-10-14T05:00:00.000Z'),
};

const run = (
  from: ComplaintState,
  action: ComplaintAction,
  who: ComplaintActor,
  extra: Partial<ComplaintTransitionInput> & { category?: ComplaintCategory; department?: Department; engineeringSignedBy?: string; resolutionRecordedBy?: string } = {},
) => {
  const { category = 1, department = category === 2 ? 'engineering' : 'cleaning', engineeringSignedBy, resolutionRecordedBy, ...rest } = extra;
  return transitionComplaint({
    from,
    action,
    actor: who,
    now,
    complaint: { category, responsibleDepartment: department, registeredAt, engineeringSignedBy, resolutionRecordedBy },
    ...complete,
    ...rest,
  });
};

describe('the happy paths', () => {
  it('category 1: accepted, resolved, signed by the head, verified by customer service, closed', () => {
    const steps: Array<[ComplaintState, ComplaintAction, ComplaintActor, ComplaintState]> = [
      ['registered', 'accept', cleaningSupervisor, 'in_progress'],
      ['in_progress', 'record_resolution', worker, 'resolution_recorded'],
      ['resolution_recorded', 'sign_resolution', cleaningSupervisor, 'department_signed'],
      ['department_signed', 'verify', frontDesk, 'verified'],
      ['verified', 'close', frontDesk, 'closed'],
    ];
    for (const [from, action, who, to] of steps) expect(run(from, action, who)).toEqual({ ok: true, to });
  });

  it('category 2: engineering verifies, engineering manager and PM sign, developer responds, then the usual sign-off', () => {
    const steps: Array<[ComplaintState, ComplaintAction, ComplaintActor, ComplaintState]> = [
      ['registered', 'verify_on_site', engineer, 'engineering_verified'],
      ['engineering_verified', 'sign_engineering', engineeringManager, 'engineering_signed'],
      ['engineering_signed', 'sign_project_manager', pm, 'ready_for_developer'],
      ['ready_for_developer', 'hand_to_developer', engineer, 'with_developer'],
      ['with_developer', 'record_developer_response', engineer, 'developer_responded'],
      ['developer_responded', 'record_resolution', engineer, 'resolution_recorded'],
      ['resolution_recorded', 'sign_resolution', engineeringManager, 'department_signed'],
      ['department_signed', 'verify', housekeeper, 'verified'],
      ['verified', 'close', pm, 'closed'],
    ];
    for (const [from, action, who, to] of steps) {
      expect(run(from, action, who, { category: 2, engineeringSignedBy: engineeringManager.userId })).toEqual({ ok: true, to });
    }
  });

  it('an invalid complaint is closed with a reason', () => {
    expect(run('registered', 'close_invalid', frontDesk)).toEqual({ ok: true, to: 'closed' });
    expect(run('engineering_verified', 'close_invalid', pm, { category: 2 })).toEqual({ ok: true, to: 'closed' });
  });

  it('sent back by the head or failed by customer service, it returns to in_progress', () => {
    expect(run('resolution_recorded', 'return_resolution', cleaningSupervisor)).toEqual({ ok: true, to: 'in_progress' });
    expect(run('department_signed', 'fail_verification', frontDesk)).toEqual({ ok: true, to: 'in_progress' });
  });
});

describe('the table and the category', () => {
  it.each([
    { from: 'registered', action: 'close', category: 1 },
    { from: 'in_progress', action: 'close', category: 1 },
    { from: 'resolution_recorded', action: 'verify', category: 1 },
    { from: 'closed', action: 'accept', category: 1 },
    { from: 'with_developer', action: 'record_resolution', category: 2 },
  ] as const)('$action from $from is INVALID_STATE', ({ from, action, category }) => {
    expect(run(from, action, pm, { category })).toMatchObject({ ok: false, code: 'INVALID_STATE', messageKey: 'complaint.transition.invalid' });
  });

  it.each([
    { action: 'accept', category: 2 },
    { action: 'verify_on_site', category: 1 },
    { action: 'verify_on_site', category: 3 },
  ] as const)('$action does not apply to category $category', ({ action, category }) => {
    expect(run('registered', action, pm, { category })).toMatchObject({ ok: false, code: 'INVALID_STATE', messageKey: 'complaint.transition.wrongCategory' });
  });

  it.each([
    { from: 'registered', category: 1, actions: ['accept', 'close_invalid'] },
    { from: 'registered', category: 2, actions: ['verify_on_site', 'close_invalid'] },
    { from: 'department_signed', category: 3, actions: ['verify', 'fail_verification'] },
    { from: 'closed', category: 1, actions: [] },
  ] as const)('from $from (category $category): $actions', ({ from, category, actions }) => {
    expect(allowedComplaintActions(from, category)).toEqual(actions);
  });

  it('every target state is a known state and closed is terminal', () => {
    for (const row of Object.values(COMPLAINT_TRANSITIONS)) for (const to of Object.values(row)) expect(COMPLAINT_STATES).toContain(to);
    expect(COMPLAINT_TRANSITIONS.closed).toEqual({});
  });
});

describe('who may do what (README §1)', () => {
  it.each([
    { name: 'a worker cannot close', from: 'verified', action: 'close', who: worker, key: 'complaint.forbidden.closer' },
    { name: 'a worker cannot close an invalid complaint', from: 'registered', action: 'close_invalid', who: worker, key: 'complaint.forbidden.closer' },
    { name: 'a worker cannot sign off the handling', from: 'resolution_recorded', action: 'sign_resolution', who: worker, key: 'complaint.forbidden.departmentHead' },
    { name: 'a worker cannot verify', from: 'department_signed', action: 'verify', who: worker, key: 'complaint.forbidden.customerService' },
    { name: 'another department’s supervisor cannot sign', from: 'resolution_recorded', action: 'sign_resolution', who: securitySupervisor, key: 'complaint.forbidden.departmentHead' },
    { name: 'another department’s supervisor cannot accept', from: 'registered', action: 'accept', who: securitySupervisor, key: 'complaint.forbidden.departmentHead' },
    { name: 'finance records no handling', from: 'in_progress', action: 'record_resolution', who: finance, key: 'complaint.forbidden.handler' },
    { name: 'quality records no handling', from: 'in_progress', action: 'record_resolution', who: quality, key: 'complaint.forbidden.handler' },
    { name: 'a housekeeper cannot close', from: 'verified', action: 'close', who: housekeeper, key: 'complaint.forbidden.closer' },
  ] as const)('$name', ({ from, action, who, key }) => {
    expect(run(from, action, who)).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: key });
  });

  it.each([
    { name: 'front desk cannot verify on site', from: 'registered', action: 'verify_on_site', who: frontDesk, key: 'complaint.forbidden.engineering' },
    { name: 'the PM cannot sign for engineering', from: 'engineering_verified', action: 'sign_engineering', who: pm, key: 'complaint.forbidden.engineering' },
    { name: 'engineering cannot sign for the PM', from: 'engineering_signed', action: 'sign_project_manager', who: engineeringManager, key: 'complaint.forbidden.projectManager' },
    { name: 'front desk cannot hand over to the developer', from: 'ready_for_developer', action: 'hand_to_developer', who: frontDesk, key: 'complaint.forbidden.engineeringOrProjectManager' },
  ] as const)('category 2: $name', ({ from, action, who, key }) => {
    expect(run(from, action, who, { category: 2 })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: key });
  });

  it('the two category-2 signatures are two people', () => {
    const both = actor('x-dual', ['engineering', 'project_manager']);
    expect(run('engineering_verified', 'sign_engineering', both, { category: 2 })).toEqual({ ok: true, to: 'engineering_signed' });
    expect(run('engineering_signed', 'sign_project_manager', both, { category: 2, engineeringSignedBy: 'x-dual' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      messageKey: 'complaint.sign.sameSigner',
    });
  });

  it('customer service does not verify a resolution it recorded', () => {
    expect(run('department_signed', 'verify', frontDesk, { resolutionRecordedBy: frontDesk.userId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      messageKey: 'complaint.verify.ownResolution',
    });
  });

  it('the GM may close', () => {
    expect(run('verified', 'close', gm)).toEqual({ ok: true, to: 'closed' });
  });

  it('derives the actor from role assignments of the complaint’s project', () => {
    const derived = complaintActorFrom(
      'u1',
      [
        { role: 'supervisor', projectId: 'p1', department: 'cleaning' },
        { role: 'supervisor', projectId: 'p2', department: 'security' },
        { role: 'front_desk', projectId: 'p2' },
        { role: 'quality', projectId: null },
      ],
      'p1',
    );
    expect(derived).toEqual({ userId: 'u1', roles: ['supervisor', 'quality'], supervises: ['cleaning'] });
  });
});

describe('what each action must record', () => {
  it.each([
    { from: 'registered', action: 'close_invalid', patch: { reason: '  ' }, field: 'reason', key: 'complaint.reason.required' },
    { from: 'resolution_recorded', action: 'return_resolution', patch: { reason: null }, field: 'reason', key: 'complaint.reason.required' },
    { from: 'department_signed', action: 'fail_verification', patch: { reason: '' }, field: 'reason', key: 'complaint.reason.required' },
    { from: 'in_progress', action: 'record_resolution', patch: { cause: '' }, field: 'cause', key: 'complaint.resolution.causeRequired' },
    { from: 'in_progress', action: 'record_resolution', patch: { handling: null }, field: 'handling', key: 'complaint.resolution.handlingRequired' },
    { from: 'in_progress', action: 'record_resolution', patch: { completedAt: null }, field: 'completedAt', key: 'complaint.resolution.completedAtRequired' },
    {
      from: 'in_progress', action: 'record_resolution', patch: { completedAt: new Date('2025-10-14T06:00:01.000Z') },
      field: 'completedAt', key: 'complaint.resolution.completedInFuture',
    },
    {
      from: 'in_progress', action: 'record_resolution', patch: { completedAt: new Date('2025-10-13T00:59:59.000Z') },
      field: 'completedAt', key: 'complaint.resolution.completedBeforeRegistered',
    },
    { from: 'in_progress', action: 'record_resolution', patch: { completedAt: new Date('nope') }, field: 'completedAt', key: 'complaint.date.invalid' },
  ] as const)('$action without $field → $key', ({ from, action, patch, field, key }) => {
    expect(run(from, action, pm, patch)).toEqual({ ok: false, code: 'VALIDATION_FAILED', field, messageKey: key, params: {} });
  });

  it.each([
    { from: 'registered', action: 'verify_on_site', patch: { findings: '' }, field: 'findings', key: 'complaint.findings.required' },
    { from: 'ready_for_developer', action: 'hand_to_developer', patch: { developerResponseDueAt: null }, field: 'developerResponseDueAt', key: 'complaint.developerResponseDueAt.required' },
    { from: 'ready_for_developer', action: 'hand_to_developer', patch: { developerResponseDueAt: now }, field: 'developerResponseDueAt', key: 'complaint.developerResponseDueAt.notFuture' },
    { from: 'with_developer', action: 'record_developer_response', patch: { developerResponse: ' ' }, field: 'developerResponse', key: 'complaint.developerResponse.required' },
  ] as const)('category 2: $action without $field → $key', ({ from, action, patch, field, key }) => {
    expect(run(from, action, engineer, { category: 2, ...patch })).toEqual({ ok: false, code: 'VALIDATION_FAILED', field, messageKey: key, params: {} });
  });
});

describe('properties', () => {
  const everyone = actor('boss', ['general_manager', 'project_manager', 'engineering', 'front_desk', 'supervisor', 'worker'], ['cleaning', 'engineering', 'customer_service']);

  it('a transition succeeds exactly when the table and the category allow it, and lands where the table says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPLAINT_STATES), fc.constantFrom(...COMPLAINT_ACTIONS), fc.constantFrom(1 as const, 2 as const, 3 as const), (from, action, category) => {
        const result = run(from, action, everyone, { category });
        const allowed = allowedComplaintActions(from, category).includes(action);
        expect(result.ok).toBe(allowed);
        if (result.ok) expect(result.to).toBe(COMPLAINT_TRANSITIONS[from][action]);
      }),
    );
  });

  it('a worker can never sign, verify or close, from any state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPLAINT_STATES),
        fc.constantFrom<ComplaintAction>('close', 'close_invalid', 'sign_resolution', 'sign_engineering', 'sign_project_manager', 'verify', 'fail_verification'),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        (from, action, category) => {
          expect(run(from, action, worker, { category }).ok).toBe(false);
        },
      ),
    );
  });
});

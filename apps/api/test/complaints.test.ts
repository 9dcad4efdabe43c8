import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type As, type GqlResult, type TestApp } from './harness.js';
import { PASSWORD } from './fixture.js';

let app: TestApp;
let engManager: As;

const C = `fragment C on Complaint { id number state version category severity valid clocks { milestone status dueAt minutesLeft } steps { action actorName } }`;
const REGISTER = `${C} mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { ...C } }`;
const STEP = `${C} mutation($i: ComplaintStepInput!) { stepComplaint(input: $i) { ...C } }`;
const ok = <T = Record<string, any>>(r: GqlResult<T>): T => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};

const complaint = (over: Record<string, unknown> = {}) => ({
  projectId: app.fx.p1.id,
  unitId: app.fx.unitsP1[0]!.id,
  residentId: app.fx.residentP1.id,
  contactName: '张三',
  contactPhone: '13912345678',
  description: '楼道灯坏了三天没人修',
  wants: '尽快修好',
  channel: 'phone',
  category: 1,
  valid: true,
  severity: 'SERIOUS',
  responsibleDepartment: 'ENGINEERING',
  ...over,
});

beforeAll(async () => {
  app = await createTestApp();
  const r = await app.gql(`mutation($p: ID!) { createStaffUser(input: { name: "工程经理", email: "engsup2@a.test", password: "${PASSWORD}", roles: [{ role: ENGINEERING, projectId: $p }, { role: SUPERVISOR, projectId: $p, department: ENGINEERING }] }) { id } }`, { p: app.fx.p1.id });
  expect(r.errors).toBeUndefined();
  const login = await app.gql(`mutation { login(input: { login: "engsup2@a.test", password: "${PASSWORD}" }) { ... on LoginSuccess { token } } }`, {}, { as: 'anonymous' });
  engManager = { token: login.data!.login.token };
});
afterAll(() => app?.close());

describe('complaints', () => {
  it('registers a serious complaint with its milestone clocks (on site 1 h, first feedback 4 h, resolution 5 working days)', async () => {
    const c = ok(await app.gql(REGISTER, { i: complaint() }, { as: 'frontDesk' })).registerComplaint;
    expect(c).toMatchObject({ state: 'registered', category: 1, severity: 'SERIOUS', valid: true, number: expect.stringMatching(/^P1-T\d{8}-\d{3}$/) });
    const milestones = Object.fromEntries(c.clocks.map((k: { milestone: string; status: string }) => [k.milestone, k.status]));
    expect(milestones).toMatchObject({ on_site: 'running', first_feedback: 'running', resolution: 'running' });
  });

  it('rejects a complaint without its classification, naming the field', async () => {
    const r = await app.gql(REGISTER, { i: complaint({ severity: null }) }, { as: 'frontDesk' });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'severity' });
  });

  it('runs accept → resolution → department sign-off → customer-service verification → close; a worker cannot close', async () => {
    let c = ok(await app.gql(REGISTER, { i: complaint({ severity: 'GENERAL' }) }, { as: 'frontDesk' })).registerComplaint;
    expect(codeOf(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'supervisor' })).stepComplaint;
    expect(c.state).toBe('in_progress');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'RECORD_RESOLUTION', cause: '灯管老化', handling: '更换灯管', completedAt: new Date().toISOString() } }, { as: 'supervisor' })).stepComplaint;
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'SIGN_RESOLUTION' } }, { as: 'supervisor' })).stepComplaint;
    expect(codeOf(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'VERIFY' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'VERIFY' } }, { as: 'frontDesk' })).stepComplaint;
    expect(codeOf(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'CLOSE' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'CLOSE' } }, { as: 'frontDesk' })).stepComplaint;
    expect(c.state).toBe('closed');
    expect(c.steps.map((s: { action: string }) => s.action)).toEqual(['register', 'accept', 'record_resolution', 'sign_resolution', 'verify', 'close']);
    expect(c.clocks.find((k: { milestone: string }) => k.milestone === 'resolution').status).toBe('met');
  });

  it('routes category 2 through engineering: the engineering manager and the project manager sign, as two different people', async () => {
    let c = ok(await app.gql(REGISTER, { i: complaint({ category: 2, responsibleDepartment: 'ENGINEERING', description: '外墙渗水' }) }, { as: 'frontDesk' })).registerComplaint;
    expect(codeOf(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'frontDesk' }))).toBe('INVALID_STATE');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'VERIFY_ON_SITE', findings: '外墙裂缝导致渗水' } }, { as: engManager })).stepComplaint;
    expect(codeOf(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'SIGN_ENGINEERING' } }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'SIGN_ENGINEERING' } }, { as: engManager })).stepComplaint;
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'SIGN_PROJECT_MANAGER' } }, { as: 'pm' })).stepComplaint;
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'HAND_TO_DEVELOPER', developerResponseDueAt: new Date(Date.now() + 7 * 86400_000).toISOString() } }, { as: engManager })).stepComplaint;
    expect(c.state).toBe('with_developer');
    expect(c.clocks.map((k: { milestone: string }) => k.milestone)).toContain('developer_response');
  });

  it('pauses the clocks while waiting on the resident, visibly, and resumes', async () => {
    let c = ok(await app.gql(REGISTER, { i: complaint() }, { as: 'frontDesk' })).registerComplaint;
    c = ok(await app.gql(`${C} mutation($i: ComplaintPauseInput!) { pauseComplaint(input: $i) { ...C } }`, { i: { id: c.id, version: c.version, reason: 'WAITING_ON_RESIDENT', note: '业主出差' } }, { as: 'frontDesk' })).pauseComplaint;
    expect(c.clocks.every((k: { status: string }) => k.status === 'paused')).toBe(true);
    c = ok(await app.gql(`${C} mutation($i: ComplaintPauseInput!) { pauseComplaint(input: $i) { ...C } }`, { i: { id: c.id, version: c.version } }, { as: 'frontDesk' })).pauseComplaint;
    expect(c.clocks.some((k: { status: string }) => k.status === 'running')).toBe(true);
    expect(c.steps.map((s: { action: string }) => s.action)).toEqual(['register', 'pause', 'resume']);
  });

  it('refuses a partner key without the complaints:write scope', async () => {
    const filed = await app.gql(REGISTER, { i: complaint() }, { as: 'partner' });
    expect(codeOf(filed)).toBe('FORBIDDEN');
  });
});

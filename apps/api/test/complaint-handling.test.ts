import { followUpSampleBucket } from '@wuye/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateComplaints } from '../src/modules/complaints/escalation.js';
import { codeOf, createTestApp, type As, type GqlResult, type TestApp } from './harness.js';
import { orderKit } from './order-kit.js';

/** README §4–§5 beyond intake: settings, agreed extensions, escalation, repeats, suggestions, follow-ups, statistics. */
let app: TestApp;
const { publishCatalog, completedOrder, item } = orderKit(() => app);

const C = `fragment C on Complaint { id number state version severity clocks { milestone status dueAt extended } pauses { reason to } extensions { milestone newDueAt } paused sourceFollowUpId category responsibleDepartment decisionReason residentToldAt }`;
const REGISTER = `${C} mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { ...C } }`;
const STEP = `${C} mutation($i: ComplaintStepInput!) { stepComplaint(input: $i) { ...C } }`;
const INBOX = `{ myNotifications(take: 100) { items { kind subjectId title } } }`;
const ok = <T = Record<string, any>>(r: GqlResult<T>): T => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const HOUR = 3_600_000;

const complaint = (over: Record<string, unknown> = {}) => ({
  projectId: app.fx.p1.id,
  unitId: app.fx.unitsP1[1]!.id,
  contactName: '李四',
  contactPhone: '13912340000',
  description: '电梯异响',
  channel: 'phone',
  category: 1,
  valid: true,
  severity: 'GENERAL',
  responsibleDepartment: 'ENGINEERING',
  ...over,
});
const register = async (over: Record<string, unknown> = {}, as: As = 'frontDesk') => ok(await app.gql(REGISTER, { i: complaint(over) }, { as })).registerComplaint;
const about = async (as: As, id: string) => ok(await app.gql(INBOX, {}, { as })).myNotifications.items.filter((n: { subjectId: string }) => n.subjectId === id);
const clock = (c: { clocks: Array<{ milestone: string; dueAt: string; status: string; extended: boolean }> }, m: string) => c.clocks.find((k) => k.milestone === m)!;

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('text lengths', () => {
  it('count characters as PostgreSQL does: an emoji sequence over the limit is refused on its field, not by the database', async () => {
    const before = await app.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from complaint');
    // 10 for class-validator (it skips variation selectors), 11 code points for varchar(10).
    const r = await app.gql(REGISTER, { i: complaint({ channel: '👨‍👩‍👧‍👦🏳️‍🌈' }) }, { as: 'frontDesk', locale: 'en' });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0]?.extensions?.field).toBe('channel');
    const after = await app.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from complaint');
    expect(after[0]!.n).toBe(before[0]!.n);
    // Ten emoji are ten characters: accepted where ten are allowed.
    expect(codeOf(await app.gql(REGISTER, { i: complaint({ channel: '😀'.repeat(10) }) }, { as: 'frontDesk' }))).toBeNull();
  });
});

describe('company settings', () => {
  const SETTINGS = `{ companySettings { version complaintSla { onSiteClockHours firstFeedbackClockHours generalResolutionHours generalResolutionBase seriousResolutionWorkingDays } holidayYears { year } followUpRules { subject rateBasisPoints } weeklyHours { weekday windows { start end } } } }`;
  const UPDATE = `mutation($i: UpdateCompanySettingsInput!) { updateCompanySettings(input: $i) { version complaintSla { firstFeedbackClockHours } holidayYears { year } } }`;
  const sla = (over: Record<string, unknown> = {}) => ({ onSiteClockHours: 1, firstFeedbackClockHours: 4, generalResolutionHours: 8, generalResolutionBase: 'WORKING_HOURS', seriousResolutionWorkingDays: 5, majorResolutionWorkingDays: 5, ...over });

  it('starts with the procedures’ numbers and the official holidays', async () => {
    const s = ok(await app.gql(SETTINGS, {}, { as: 'worker' })).companySettings;
    expect(s.version).toBe(0);
    expect(s.complaintSla).toEqual({ onSiteClockHours: 1, firstFeedbackClockHours: 4, generalResolutionHours: 8, generalResolutionBase: 'WORKING_HOURS', seriousResolutionWorkingDays: 5 });
    expect(s.holidayYears.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    expect(s.followUpRules.find((r: { subject: string }) => r.subject === 'HOUSEHOLD_REPAIR').rateBasisPoints).toBe(3000);
    expect(s.weeklyHours[0]).toEqual({ weekday: 'MON', windows: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }] });
  });

  it('rejects numbers against the procedures with the field named, and stale versions', async () => {
    const laxer = await app.gql(UPDATE, { i: { version: 0, complaintSla: sla({ majorResolutionWorkingDays: 9 }) } });
    expect(codeOf(laxer)).toBe('VALIDATION_FAILED');
    expect(laxer.errors![0]!.extensions!.field).toBe('complaintSla.majorResolutionWorkingDays');
    const lowRate = await app.gql(UPDATE, { i: { version: 0, followUpRules: [{ subject: 'HOUSEHOLD_REPAIR', rateBasisPoints: 1000, opensAfterDays: 0, opensAfterMonths: 0, dueWithinDays: 3, dueWithinMonths: 0 }] } });
    expect(lowRate.errors![0]!.extensions!.field).toBe('followUpRules.household_repair.rateBasisPoints');
    expect(codeOf(await app.gql(UPDATE, { i: { version: 3, complaintSla: sla() } }))).toBe('CONFLICT');
    expect(codeOf(await app.gql(UPDATE, { i: { version: 0, complaintSla: sla() } }, { as: 'pm' }))).toBe('FORBIDDEN');
    expect(ok(await app.gql(SETTINGS)).companySettings.version).toBe(0);
  });

  it('a 24-hour first-feedback setting moves the clock of new complaints, and next year’s holidays can be added', async () => {
    const saved = ok(await app.gql(UPDATE, { i: { version: 0, complaintSla: sla({ firstFeedbackClockHours: 24 }) } })).updateCompanySettings;
    expect(saved.version).toBe(1);
    const c = await register({ unitId: app.fx.unitsP1[30]!.id });
    const registeredAt = Date.now();
    expect(Math.abs(new Date(clock(c, 'first_feedback').dueAt).getTime() - (registeredAt + 24 * HOUR))).toBeLessThan(60_000);
    const year2027 = { year: 2027, source: '国务院办公厅关于2027年部分节假日安排的通知', periods: [{ key: 'new_year', nameZh: '元旦', nameEn: "New Year's Day", from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [] }] };
    const withYear = ok(await app.gql(UPDATE, { i: { version: 1, holidayYears: [year2027] } })).updateCompanySettings;
    expect(withYear.holidayYears.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
    const bad = await app.gql(UPDATE, { i: { version: 2, holidayYears: [{ ...year2027, periods: [{ ...year2027.periods[0], to: '2026-12-31' }] }] } });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    ok(await app.gql(UPDATE, { i: { version: 2, complaintSla: sla() } }));
  });

  it('a project may keep its own office hours', async () => {
    const project = ok(await app.gql(`query($id: ID!) { project(id: $id) { version } }`, { id: app.fx.p2.id })).project;
    const days = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].map((weekday) => ({ weekday, windows: [{ start: '00:00', end: '24:00' }] }));
    ok(await app.gql(`mutation($i: ProjectWorkingHoursInput!) { setProjectWorkingHours(input: $i) { id } }`, { i: { projectId: app.fx.p2.id, version: project.version, weeklyHours: days } }));
    const six = await app.gql(`mutation($i: ProjectWorkingHoursInput!) { setProjectWorkingHours(input: $i) { id } }`, { i: { projectId: app.fx.p2.id, version: project.version + 1, weeklyHours: days.slice(0, 6) } });
    expect(six.errors![0]!.extensions!.field).toBe('weeklyHours');
  });
});

describe('agreed reply times and pauses', () => {
  it('moves the clock to the time agreed with the resident and keeps the agreement', async () => {
    const c = await register({ unitId: app.fx.unitsP1[2]!.id });
    const newDueAt = new Date(Date.now() + 6 * HOUR).toISOString();
    const AGREE = `${C} mutation($i: AgreeExtensionInput!) { agreeComplaintExtension(input: $i) { ...C } }`;
    const moved = ok(await app.gql(AGREE, { i: { id: c.id, version: c.version, milestone: 'FIRST_FEEDBACK', newDueAt, note: '业主同意晚上答复' } })).agreeComplaintExtension;
    expect(clock(moved, 'first_feedback')).toMatchObject({ dueAt: newDueAt, extended: true });
    expect(moved.extensions).toEqual([{ milestone: 'FIRST_FEEDBACK', newDueAt }]);
    // Too late: once the deadline has passed, a new time can no longer be agreed.
    const later = new Date(Date.now() + 2 * HOUR);
    const late = await app.gql(AGREE, { i: { id: c.id, version: moved.version, milestone: 'ON_SITE', newDueAt: new Date(Date.now() + 9 * HOUR).toISOString() } }, { now: later, as: { token: await app.tokenFor('frontDesk', later) } });
    expect(codeOf(late)).toBe('INVALID_STATE');
    const earlier = await app.gql(AGREE, { i: { id: c.id, version: moved.version, milestone: 'ON_SITE', newDueAt: new Date(Date.now() - HOUR).toISOString() } });
    expect(codeOf(earlier)).toBe('VALIDATION_FAILED');
  });

  it('shows a pause while waiting on the resident', async () => {
    const c = await register({ unitId: app.fx.unitsP1[3]!.id });
    const PAUSE = `${C} mutation($i: ComplaintPauseInput!) { pauseComplaint(input: $i) { ...C } }`;
    const paused = ok(await app.gql(PAUSE, { i: { id: c.id, version: c.version, reason: 'WAITING_ON_RESIDENT', note: '业主出差' } })).pauseComplaint;
    expect(paused.paused).toBe(true);
    expect(clock(paused, 'on_site').status).toBe('paused');
  });
});

describe('escalation', () => {
  it('tells the project manager of a major complaint at once', async () => {
    const c = await register({ severity: 'MAJOR', unitId: app.fx.unitsP1[4]!.id });
    expect((await about('pm', c.id)).map((n: { kind: string }) => n.kind)).toEqual(['COMPLAINT_MAJOR']);
  });

  it('warns the department supervisor at 80 % and the project manager too at breach, once each, with two workers running', async () => {
    const c = await register({ unitId: app.fx.unitsP1[5]!.id });
    const kinds = async (as: As) => (await about(as, c.id)).map((n: { kind: string }) => n.kind).sort();
    const run = (at: number) => Promise.all([1, 2].map(() => escalateComplaints(app.orm.em.fork(), new Date(at))));
    await run(Date.now() + 10 * 60_000);
    expect(await kinds('supervisor')).toEqual([]);
    await run(Date.now() + 50 * 60_000); // 80 % of the one-hour on-site deadline
    expect(await kinds('supervisor')).toEqual(['COMPLAINT_DUE_SOON']);
    expect(await kinds('pm')).toEqual([]);
    const title = (await about('supervisor', c.id))[0].title;
    expect(title).toContain('到场');
    await run(Date.now() + 62 * 60_000);
    await run(Date.now() + 63 * 60_000);
    expect(await kinds('supervisor')).toEqual(['COMPLAINT_BREACHED', 'COMPLAINT_DUE_SOON']);
    expect(await kinds('pm')).toEqual(['COMPLAINT_BREACHED']);
    expect(await kinds('frontDesk')).toEqual([]);
  });
});

describe('repeats', () => {
  it('the same matter from one unit twice within 90 days raises a nonconformity for the project manager', async () => {
    const unitId = app.fx.unitsP1[6]!.id;
    await register({ unitId, description: '楼道灯不亮' });
    await register({ unitId, category: 1, responsibleDepartment: 'CLEANING', description: '楼道脏' });
    const before = ok(await app.gql(`{ nonconformities { totalCount } }`, {}, { as: 'pm' })).nonconformities.totalCount;
    const second = await register({ unitId, description: '楼道灯又不亮了' });
    const list = ok(await app.gql(`{ nonconformities { totalCount items { id version source summary state records { kind label } } } }`, {}, { as: 'pm' })).nonconformities;
    expect(list.totalCount).toBe(before + 1);
    expect(list.items[0]).toMatchObject({ source: 'same_matter', state: 'open', summary: expect.stringContaining('2') });
    expect(list.items[0].records.map((r: { label: string }) => r.label).at(-1)).toBe(second.number);
    expect((await about('pm', list.items[0].id)).map((n: { kind: string }) => n.kind)).toEqual(['NONCONFORMITY_RAISED']);
    const CLOSE = `mutation($i: CloseNonconformityInput!) { closeNonconformity(input: $i) { state correctiveAction } }`;
    expect(codeOf(await app.gql(CLOSE, { i: { id: list.items[0].id, version: list.items[0].version, correctiveAction: '更换灯具' } }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    const closed = ok(await app.gql(CLOSE, { i: { id: list.items[0].id, version: list.items[0].version, correctiveAction: '更换整段楼道灯具并加入巡检' } }, { as: 'pm' })).closeNonconformity;
    expect(closed).toEqual({ state: 'closed', correctiveAction: '更换整段楼道灯具并加入巡检' });
  });

  it('the same repair needed a third time raises one', async () => {
    const unitId = app.fx.unitsP1[7]!.id;
    const drainAt = () => [{ kind: 'CATALOG', catalogItemId: item['疏通下水'], quantityMilli: 1000 }];
    await completedOrder(drainAt(), { unitId, residentId: null });
    await completedOrder(drainAt(), { unitId, residentId: null });
    const count = async () => ok(await app.gql(`{ nonconformities(take: 100) { items { source unitId } } }`, {}, { as: 'pm' })).nonconformities.items.filter((n: { source: string; unitId: string }) => n.source === 'same_repair' && n.unitId === unitId).length;
    expect(await count()).toBe(0);
    await completedOrder(drainAt(), { unitId, residentId: null });
    expect(await count()).toBe(1);
  });
});

describe('suggestions', () => {
  const STEP_S = `${C} mutation($i: SuggestionStepInput!) { stepSuggestion(input: $i) { ...C } }`;
  it('are adopted or not with a reason, and the resident is told', async () => {
    const s = await register({ kind: 'SUGGESTION', category: null, valid: null, severity: null, responsibleDepartment: 'CUSTOMER_SERVICE', description: '建议增设快递柜' });
    expect(s.clocks).toEqual([]);
    const noReason = await app.gql(STEP_S, { i: { id: s.id, version: s.version, action: 'ADOPT' } }, { as: 'pm' });
    expect(codeOf(noReason)).toBe('VALIDATION_FAILED');
    expect(noReason.errors![0]!.extensions!.field).toBe('reason');
    expect(codeOf(await app.gql(STEP_S, { i: { id: s.id, version: s.version, action: 'ADOPT', reason: '好' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    const adopted = ok(await app.gql(STEP_S, { i: { id: s.id, version: s.version, action: 'ADOPT', reason: '下月在南门安装' } }, { as: 'pm' })).stepSuggestion;
    expect(adopted).toMatchObject({ state: 'adopted', decisionReason: '下月在南门安装' });
    const told = ok(await app.gql(STEP_S, { i: { id: s.id, version: adopted.version, action: 'TELL_RESIDENT' } }, { as: 'frontDesk' })).stepSuggestion;
    expect(told.state).toBe('closed');
    expect(told.residentToldAt).toBeTruthy();
  });
});

describe('follow-up visits', () => {
  const LIST = `query($s: FollowUpState) { followUps(state: $s, take: 100) { items { id version subject subjectKind subjectId subjectLabel selected bucket rateBasisPoints visitor dueAt overdue } } }`;
  const RECORD = `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { state openedComplaintId } }`;
  const resolve = async (c: { id: string; version: number }) => {
    let x = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'supervisor' })).stepComplaint;
    x = ok(await app.gql(STEP, { i: { id: x.id, version: x.version, action: 'RECORD_RESOLUTION', cause: '电机老化', handling: '更换电机', completedAt: new Date().toISOString() } }, { as: 'supervisor' })).stepComplaint;
    return x;
  };

  it('every resolved complaint is planned within 3 days; an unsatisfactory visit opens a linked complaint', async () => {
    const c = await register({ unitId: app.fx.unitsP1[8]!.id, severity: 'SERIOUS' });
    await resolve(c);
    const planned = ok(await app.gql(LIST, { s: 'PLANNED' })).followUps.items.find((f: { subjectId: string }) => f.subjectId === c.id);
    expect(planned).toMatchObject({ subject: 'COMPLAINT', subjectKind: 'Complaint', selected: true, rateBasisPoints: 10000, visitor: 'department_supervisor_with_customer_service', overdue: false });
    expect(new Date(planned.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(4 * 24 * HOUR);
    const visit = { id: planned.id, version: planned.version, quality: 'SATISFIED', effect: 'DISSATISFIED', satisfaction: 'FAIRLY_SATISFIED', shortcomings: '电梯仍有异响', residentConfirmed: true };
    const recorded = ok(await app.gql(RECORD, { i: visit }, { as: 'frontDesk' })).recordFollowUp;
    expect(recorded.state).toBe('VISITED');
    const opened = ok(await app.gql(`query($id: ID!) { complaint(id: $id) { ...C } } ${C}`, { id: recorded.openedComplaintId })).complaint;
    expect(opened).toMatchObject({ sourceFollowUpId: planned.id, category: 1, severity: 'SERIOUS', responsibleDepartment: 'ENGINEERING', state: 'registered' });
    expect((await about('pm', opened.id)).map((n: { kind: string }) => n.kind)).toContain('FOLLOW_UP_UNSATISFACTORY');
    const visited = ok(await app.gql(LIST, { s: 'VISITED' })).followUps.items.find((f: { id: string }) => f.id === planned.id);
    expect(codeOf(await app.gql(RECORD, { i: { ...visit, version: visited.version } }, { as: 'frontDesk' }))).toBe('INVALID_STATE');
  });

  it('a major complaint is visited by the project manager', async () => {
    const c = await register({ unitId: app.fx.unitsP1[9]!.id, severity: 'MAJOR' });
    await resolve(c);
    const planned = ok(await app.gql(LIST, { s: 'PLANNED' })).followUps.items.find((f: { subjectId: string }) => f.subjectId === c.id);
    expect(planned.visitor).toBe('project_manager');
    const visit = { id: planned.id, version: planned.version, quality: 'SATISFIED', effect: 'SATISFIED', satisfaction: 'SATISFIED', residentConfirmed: true };
    expect(codeOf(await app.gql(RECORD, { i: visit }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    expect(ok(await app.gql(RECORD, { i: visit }, { as: 'pm' })).recordFollowUp).toEqual({ state: 'VISITED', openedComplaintId: null });
  });

  it('completed orders are sampled by the company’s documented rule, reproducibly', async () => {
    const done = await completedOrder([{ kind: 'CATALOG', catalogItemId: item['换锁'], quantityMilli: 1000, unitPriceFen: 2000 }], { urgency: 'EMERGENCY' });
    const seed = ok(await app.gql(`{ companySettings { followUpSeed } }`)).companySettings.followUpSeed;
    const all = [...ok(await app.gql(LIST, { s: 'PLANNED' })).followUps.items, ...ok(await app.gql(LIST, { s: 'NOT_SAMPLED' })).followUps.items];
    const mine = all.find((f: { subjectId: string }) => f.subjectId === done.id);
    expect(mine).toMatchObject({ subject: 'EMERGENCY_ASSISTANCE', subjectLabel: done.number, rateBasisPoints: 10000, selected: true });
    expect(mine.bucket).toBe(followUpSampleBucket(seed, done.id));
    expect(all.length).toBeGreaterThan(3);
    for (const f of all) expect(f.selected).toBe(followUpSampleBucket(seed, f.subjectId) < f.rateBasisPoints);
  });
});

describe('follow-ups planned by hand and for engineering works', () => {
  it('a special incident is visited by the project manager, all of them, within 20 days', async () => {
    const planned = ok(
      await app.gql(`mutation($i: PlanFollowUpInput!) { planFollowUp(input: $i) { subject subjectKind selected rateBasisPoints visitor opensAt dueAt state } }`, {
        i: { projectId: app.fx.p1.id, subject: 'SPECIAL_INCIDENT', label: '11·20 地下车库水浸', contactName: '赵六', contactPhone: '13900001111', completedAt: '2026-11-20T02:00:00Z' },
      }, { as: 'frontDesk' }),
    ).planFollowUp;
    expect(planned).toMatchObject({ subject: 'SPECIAL_INCIDENT', subjectKind: 'Event', selected: true, rateBasisPoints: 10000, visitor: 'project_manager', state: 'PLANNED' });
    expect(planned.dueAt).toBe('2026-12-10T16:00:00.000Z'); // the end of 12-10 in Shanghai: 20 days after 11-20
    const wrong = await app.gql(`mutation($i: PlanFollowUpInput!) { planFollowUp(input: $i) { id } }`, { i: { projectId: app.fx.p1.id, subject: 'HOUSEHOLD_REPAIR', label: 'x', contactName: '赵六', contactPhone: '13900001111', completedAt: '2026-11-20T02:00:00Z' } }, { as: 'frontDesk' });
    expect(wrong.errors![0]!.extensions!.field).toBe('subject');
  });

  it('work priced by workload is engineering works, visited one to two months later', async () => {
    const window = { appointmentStart: new Date(Date.now() + 2 * HOUR).toISOString(), appointmentEnd: new Date(Date.now() + 4 * HOUR).toISOString() };
    const done = await completedOrder([{ kind: 'CATALOG', catalogItemId: item['换管'], quantityMilli: 1000, unitPriceFen: 30000 }], { urgency: 'NORMAL', ...window, unitId: app.fx.unitsP1[20]!.id, residentId: null });
    const all = [
      ...ok(await app.gql(`{ followUps(state: PLANNED, take: 100) { items { subjectId subject opensAt dueAt } } }`)).followUps.items,
      ...ok(await app.gql(`{ followUps(state: NOT_SAMPLED, take: 100) { items { subjectId subject opensAt dueAt } } }`)).followUps.items,
    ];
    const mine = all.find((f: { subjectId: string }) => f.subjectId === done.id);
    expect(mine.subject).toBe('ENGINEERING_WORKS');
    const days = (iso: string) => (new Date(iso).getTime() - Date.now()) / (24 * HOUR);
    expect(days(mine.opensAt)).toBeGreaterThan(26);
    expect(days(mine.dueAt)).toBeGreaterThan(57);
  });
});

describe('monthly statistics', () => {
  it('counts the month by category, severity and department, with rates and follow-ups, per project and in total', async () => {
    const now = new Date(Date.now() + 8 * HOUR);
    const [year, month] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
    const Q = `query($y: Int!, $m: Int!) { complaintStatistics(year: $y, month: $m) { total { projectId complaints valid households ratePer100HouseholdsBasisPoints withinTarget bySeverity { key count } byDepartment { key count } byCause { key count } repeats suggestions suggestionsAdopted followUpsSampled followUpCandidates milestones { milestone decided met } } projects { projectId complaints } } }`;
    const stats = ok(await app.gql(Q, { y: year, m: month }, { as: 'pm' })).complaintStatistics;
    const { total } = stats;
    const listed = ok(await app.gql(`{ complaints(kind: COMPLAINT, take: 100) { totalCount } }`, {}, { as: 'pm' })).complaints.totalCount;
    expect(total.complaints).toBe(listed);
    expect(total.valid).toBe(listed);
    expect(total.projectId).toBeNull();
    expect(stats.projects.map((p: { projectId: string }) => p.projectId)).toEqual([app.fx.p1.id]);
    expect(total.bySeverity.find((s: { key: string }) => s.key === 'major').count).toBe(2);
    expect(total.byDepartment[0]).toEqual({ key: 'engineering', count: listed - 1 });
    expect(total.byCause).toContainEqual({ key: '电机老化', count: 2 });
    expect(total.repeats).toBeGreaterThanOrEqual(2);
    expect(total).toMatchObject({ suggestions: 1, suggestionsAdopted: 1 });
    expect(total.followUpCandidates).toBeGreaterThanOrEqual(total.followUpsSampled);
    const households = ok(await app.gql(`query($id: ID!) { project(id: $id) { households } }`, { id: app.fx.p1.id })).project.households;
    expect(total.households).toBe(households);
    expect(total.ratePer100HouseholdsBasisPoints).toBe(Math.round((total.valid * 10000) / households));
    expect(total.withinTarget).toBe(total.ratePer100HouseholdsBasisPoints < 100);
    const gm = ok(await app.gql(Q, { y: year, m: month })).complaintStatistics;
    expect(gm.projects.map((p: { projectId: string }) => p.projectId).sort()).toEqual([app.fx.p1.id, app.fx.p2.id].sort());
    const trend = ok(await app.gql(`query($y: Int!, $m: Int!) { complaintTrend(year: $y, month: $m, months: 3) { year month complaints } }`, { y: year, m: month })).complaintTrend;
    expect(trend).toHaveLength(3);
    expect(trend[2]).toMatchObject({ year, month, complaints: total.complaints });

    // The trend (read for the whole company in one pass) and the month's statistics agree on every figure,
    // and again when asked a second time (decided clocks are remembered between requests).
    const FIELDS = `year month projectId complaints valid validRateBasisPoints households ratePer100HouseholdsBasisPoints withinTarget
      byCategory { key count } bySeverity { key count } byDepartment { key count } byCause { key count } milestones { milestone decided met metRateBasisPoints }
      repeats suggestions suggestionsAdopted followUpCandidates followUpsSampled followUpSampleRateBasisPoints followUpsDue followUpsDone
      followUpCompletionBasisPoints followUpSatisfactionBasisPoints`;
    const monthOnly = async () => ok(await app.gql(`query($y: Int!, $m: Int!) { complaintStatistics(year: $y, month: $m) { total { ${FIELDS} } } }`, { y: year, m: month })).complaintStatistics.total;
    const trendLast = async () => ok(await app.gql(`query($y: Int!, $m: Int!) { complaintTrend(year: $y, month: $m, months: 2) { ${FIELDS} } }`, { y: year, m: month })).complaintTrend[1];
    const first = await monthOnly();
    expect(first.complaints).toBeGreaterThan(0);
    expect(await trendLast()).toEqual(first);
    expect(await monthOnly()).toEqual(first);
    expect(await trendLast()).toEqual(first);
  });
});

import { shanghaiMonthKey } from '@wuye/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateComplaints } from '../src/modules/complaints/escalation.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { ok, orderKit } from './order-kit.js';

/** README §7 penalty points: proposed from events, confirmed by a person, appealed within 7 days; the monthly score. */
let app: TestApp;
const { publishCatalog, completedOrder, drain } = orderKit(() => app);
const month = shanghaiMonthKey(new Date());
const ENTRY = `id version rule points state userId evidenceType evidenceId needsDelayJudgement appealClosesAt steps { action }`;
const STEP = `mutation($i: PenaltyStepInput!) { stepPenaltyEntry(input: $i) { ${ENTRY} } }`;
const mine = async (as: As) => ok(await app.gql(`{ myPenaltyEntries(take: 100) { items { ${ENTRY} } } }`, {}, { as })).myPenaltyEntries.items;
const scoreOf = async (userId: string) =>
  ok(await app.gql(`query($p: ID!, $m: String!) { monthlyScores(projectId: $p, month: $m) { scores { userId score deducted commended pending provisional } project { staff averageHundredths } byDepartment { department staff } } }`, { p: app.fx.p1.id, m: month }, { as: 'pm' })).monthlyScores;

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('penalty entries', () => {
  it('a dissatisfied sign-off proposes −5 for the worker; the supervisor confirms; the worker appeals; the project manager decides', async () => {
    const order = await completedOrder(drain(), {}, 2);
    const [proposed] = (await mine('worker')).filter((e: { evidenceId: string }) => e.evidenceId === order.id);
    expect(proposed).toMatchObject({ rule: 'DISSATISFIED_AT_ACCEPTANCE', points: 5, state: 'PROPOSED', evidenceType: 'ORDER' });
    expect((await scoreOf(app.fx.users.worker.id)).scores.find((s: { userId: string }) => s.userId === app.fx.users.worker.id)).toMatchObject({ score: 100, pending: 5, provisional: true });

    // The worker cannot judge their own entry; the supervisor confirms it.
    expect(codeOf(await app.gql(STEP, { i: { id: proposed.id, version: proposed.version, action: 'CONFIRM' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    const confirmed = ok(await app.gql(STEP, { i: { id: proposed.id, version: proposed.version, action: 'CONFIRM' } }, { as: 'supervisor' })).stepPenaltyEntry;
    expect(confirmed.state).toBe('CONFIRMED');
    const days = (new Date(confirmed.appealClosesAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThanOrEqual(8);
    expect((await scoreOf('')).scores.find((s: { userId: string }) => s.userId === app.fx.users.worker.id)).toMatchObject({ score: 95, deducted: 5 });

    // Only the person appeals, with grounds; the project manager overturns, and the points come back.
    expect(codeOf(await app.gql(STEP, { i: { id: confirmed.id, version: confirmed.version, action: 'APPEAL', reason: '业主误会' } }, { as: 'supervisor' }))).toBe('FORBIDDEN');
    const noGrounds = await app.gql(STEP, { i: { id: confirmed.id, version: confirmed.version, action: 'APPEAL' } }, { as: 'worker' });
    expect(noGrounds.errors![0]!.extensions!.field).toBe('reason');
    const appealed = ok(await app.gql(STEP, { i: { id: confirmed.id, version: confirmed.version, action: 'APPEAL', reason: '堵塞是楼栋主管道问题，非维修质量' } }, { as: 'worker' })).stepPenaltyEntry;
    expect(codeOf(await app.gql(STEP, { i: { id: appealed.id, version: appealed.version, action: 'OVERTURN', reason: '核实属实' } }, { as: 'supervisor' }))).toBe('FORBIDDEN');
    const overturned = ok(await app.gql(STEP, { i: { id: appealed.id, version: appealed.version, action: 'OVERTURN', reason: '经核实为主管道问题' } }, { as: 'pm' })).stepPenaltyEntry;
    expect(overturned.state).toBe('OVERTURNED');
    expect(overturned.steps.map((s: { action: string }) => s.action)).toEqual(['propose', 'confirm', 'appeal', 'overturn']);
    expect((await scoreOf('')).scores.find((s: { userId: string }) => s.userId === app.fx.users.worker.id).score).toBe(100);
  });

  it('an appeal after seven days is refused', async () => {
    const order = await completedOrder(drain(), {}, 1);
    const [p] = (await mine('worker')).filter((e: { evidenceId: string }) => e.evidenceId === order.id);
    const c = ok(await app.gql(STEP, { i: { id: p.id, version: p.version, action: 'CONFIRM' } }, { as: 'supervisor' })).stepPenaltyEntry;
    const later = new Date(Date.now() + 9 * 86_400_000);
    const late = await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'APPEAL', reason: '太晚了' } }, { as: { token: await app.tokenFor('worker', later) }, now: later });
    expect(codeOf(late)).toBe('INVALID_STATE');
  });

  it('a satisfied sign-off proposes nothing, and a replayed event proposes once', async () => {
    const before = (await mine('worker')).length;
    await completedOrder(drain(), {}, 5);
    expect((await mine('worker')).length).toBe(before);
  });

  it('a breached complaint deadline proposes a delay for the responsible supervisor, who judges it subjective or objective', async () => {
    const c = ok(
      await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, {
        i: { projectId: app.fx.p1.id, unitId: app.fx.unitsP1[3]!.id, contactName: '李四', contactPhone: '13912340000', description: '电梯异响', channel: 'phone', category: 1, valid: true, severity: 'GENERAL', responsibleDepartment: 'ENGINEERING' },
      }, { as: 'frontDesk' }),
    ).registerComplaint;
    await Promise.all([1, 2].map(() => escalateComplaints(app.orm.em.fork(), new Date(Date.now() + 70 * 60_000))));
    const entries = ok(await app.gql(`{ penaltyEntries(take: 100) { items { ${ENTRY} } } }`, {}, { as: 'pm' })).penaltyEntries.items.filter((e: { evidenceId: string }) => e.evidenceId === c.id);
    expect(entries.map((e: { rule: string }) => e.rule)).toEqual(['SUBJECTIVE_DELAY']);
    expect(entries[0]).toMatchObject({ userId: app.fx.users.supervisor.id, needsDelayJudgement: true });
    const noCause = await app.gql(STEP, { i: { id: entries[0].id, version: entries[0].version, action: 'CONFIRM' } }, { as: 'pm' });
    expect(noCause.errors![0]!.extensions!.field).toBe('delayCause');
    const dismissed = ok(await app.gql(STEP, { i: { id: entries[0].id, version: entries[0].version, action: 'DISMISS', reason: '电梯厂家配件缺货，属客观原因', delayCause: 'OBJECTIVE' } }, { as: 'pm' })).stepPenaltyEntry;
    expect(dismissed.state).toBe('DISMISSED');
  });

  it('private charging reported at a follow-up proposes −20 for the worker', async () => {
    const order = await completedOrder(drain(), { urgency: 'EMERGENCY' }, 4);
    const fu = ok(await app.gql(`{ followUps(take: 100) { items { id version subjectId } } }`)).followUps.items.find((f: { subjectId: string }) => f.subjectId === order.id);
    ok(await app.gql(`mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, { i: { id: fu.id, version: fu.version, quality: 'SATISFIED', effect: 'SATISFIED', satisfaction: 'FAIRLY_SATISFIED', opinions: '师傅私下多收了 20 元', residentConfirmed: true, privateChargingReported: true } }, { as: 'frontDesk' }));
    const [entry] = (await mine('worker')).filter((e: { evidenceId: string }) => e.evidenceId === fu.id);
    expect(entry).toMatchObject({ rule: 'PRIVATE_CHARGING', points: 20, evidenceType: 'FOLLOW_UP', state: 'PROPOSED' });
  });

  it('manual entries and commendations by those who may judge; never about oneself', async () => {
    const REC = `mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { ${ENTRY} } }`;
    const input = { projectId: app.fx.p1.id, userId: app.fx.users.frontDesk.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '未按流程登记报修' };
    const recorded = ok(await app.gql(REC, { i: input }, { as: 'pm' })).recordPenalty;
    expect(recorded).toMatchObject({ rule: 'PROCEDURE_VIOLATION', points: 1, state: 'PROPOSED' });
    expect(codeOf(await app.gql(REC, { i: { ...input, userId: app.fx.users.pm.id } }, { as: 'pm' }))).toBe('FORBIDDEN');
    ok(await app.gql(`mutation($i: RecordCommendationInput!) { recordCommendation(input: $i) { points } }`, { i: { projectId: app.fx.p1.id, userId: app.fx.users.frontDesk.id, kind: 'OUTSTANDING_SERVICE', occurredAt: new Date().toISOString(), note: '业主送锦旗' } }, { as: 'pm' }));
    const desk = (await scoreOf('')).scores.find((s: { userId: string }) => s.userId === app.fx.users.frontDesk.id);
    expect(desk).toMatchObject({ score: 105, commended: 5, pending: 1 });
    const all = await scoreOf('');
    expect(all.project.staff).toBe(all.scores.length);
    expect(all.byDepartment.some((d: { department: string | null }) => d.department === 'ENGINEERING')).toBe(true);
  });
});

describe('project KPIs', () => {
  it('shows every KPI of the month against its target, consistent with the statistics and the scores', async () => {
    const [year, m] = month.split('-').map(Number);
    const kpis = ok(await app.gql(`query($p: ID!, $m: String!) { projectKpis(projectId: $p, month: $m) { kpi value unit target status } }`, { p: app.fx.p1.id, m: month }, { as: 'pm' })).projectKpis;
    const by = Object.fromEntries(kpis.map((k: { kpi: string }) => [k.kpi, k]));
    expect(Object.keys(by)).toHaveLength(12);
    const stats = ok(await app.gql(`query($y: Int!, $m: Int!, $p: ID) { complaintStatistics(year: $y, month: $m, projectId: $p) { total { ratePer100HouseholdsBasisPoints } } }`, { y: year, m, p: app.fx.p1.id }, { as: 'pm' })).complaintStatistics.total;
    expect(by.complaint_rate.value).toBe(stats.ratePer100HouseholdsBasisPoints);
    expect(by.complaint_rate.status).toBe(stats.ratePer100HouseholdsBasisPoints < 100 ? 'GREEN' : stats.ratePer100HouseholdsBasisPoints < 150 ? 'AMBER' : 'RED');
    const scores = await scoreOf('');
    expect(by.staff_average_score).toMatchObject({ value: scores.project.averageHundredths, unit: 'score_hundredths' });
    expect(by.order_sla_met.value).toBeGreaterThanOrEqual(0);
    expect(by.survey_satisfaction.status).toBe('NO_DATA');
    expect(by.nonconformities_found.status).toBe('NO_TARGET');
  });
});

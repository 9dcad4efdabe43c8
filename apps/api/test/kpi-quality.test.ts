import { addLocalDays, addMonths, monthRange, shanghaiDate, shanghaiInstant, shanghaiMonthKey } from '@wuye/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../src/modules/api-keys/api-key.entity.js';
import { generateApiKey } from '../src/modules/api-keys/api-key-secret.js';
import { FollowUp } from '../src/modules/follow-ups/follow-up.entity.js';
import { proposeOrderBreaches } from '../src/modules/orders/sla-breaches.js';
import { SERVICE_LEVEL_BREACHED_SQL, SERVICE_LEVEL_BREACHED_SQL_PARAMS, serviceLevelBreached } from '../src/modules/orders/orders.service.js';
import { ServiceOrder } from '../src/modules/orders/service-order.entity.js';
import { KpiMonth } from '../src/modules/kpi/kpi-month.entity.js';
import { Inspection } from '../src/modules/inspections/inspection.entity.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { ASSIGN, CONSENT, DISPATCH, ok, orderKit, ORDER, QUOTE, REGISTER } from './order-kit.js';
import { PASSWORD } from './fixture.js';
import type { RoleUser } from './fixture.js';

/** Issue 7: automatic penalty proposals, who sees whose scores, inspections, reports, surveys, KPIs, appraisals. */
let app: TestApp;
const { publishCatalog, assignedOrder, completedOrder, drain, intake } = orderKit(() => app);
const month = shanghaiMonthKey(new Date());
const lastMonth = addMonths(month, -1);
const today = shanghaiDate(new Date());
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const fieldOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions?.field;

/** As a fixture user at another time (the token is signed for that time too). */
const at = async (user: RoleUser, now: Date) => ({ as: { token: await app.tokenFor(user, now) } as As, now });

const ENTRY = `id version rule points state userId department evidenceType evidenceId`;
const entriesOf = async (userId: string, evidenceId: string) =>
  ok(await app.gql(`{ penaltyEntries(take: 100) { items { ${ENTRY} } } }`, {}, { as: 'gm' })).penaltyEntries.items.filter(
    (e: { userId: string; evidenceId: string }) => e.userId === userId && e.evidenceId === evidenceId,
  );

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('penalties proposed from events, each exactly once', () => {
  it('an order not responded to in 4 hours: −5 for the front desk who took it; on site too late: the supervisor’s while nobody is assigned', async () => {
    const plain = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    let urgent = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    urgent = ok(await app.gql(DISPATCH, { i: { id: urgent.id, version: urgent.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    const later = new Date(Date.now() + 5 * 3600_000);
    // Two workers at once, then a third run: each breach is proposed once.
    await Promise.all([proposeOrderBreaches(app.orm.em.fork(), later), proposeOrderBreaches(app.orm.em.fork(), later)]);
    await proposeOrderBreaches(app.orm.em.fork(), new Date(later.getTime() + 60_000));
    expect(await entriesOf(app.fx.users.frontDesk.id, plain.id)).toEqual([expect.objectContaining({ rule: 'SUBJECTIVE_DELAY', points: 5, state: 'PROPOSED', evidenceType: 'ORDER' })]);
    expect(await entriesOf(app.fx.users.supervisor.id, urgent.id)).toEqual([expect.objectContaining({ rule: 'SUBJECTIVE_DELAY', department: 'ENGINEERING' })]);
    // The urgent one was dispatched at once, so its response was in time: only on-site is missed; the undispatched one's
    // on-site time has nobody to answer for it but its response is the front desk's.
    expect((await entriesOf(app.fx.users.frontDesk.id, urgent.id)).length).toBe(0);
    // The job did not touch the order's version: the front desk's next step still works.
    const current = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { version } }`, { id: urgent.id }, { as: 'frontDesk' })).serviceOrder;
    expect(current.version).toBe(urgent.version);
  });

  it('the KPI’s SQL reading of an order’s service level agrees with the order’s own', async () => {
    await completedOrder(drain());
    await assignedOrder(drain());
    ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' }));
    const later = new Date(Date.now() + 5 * 3600_000);
    const em = app.orm.em.fork();
    const orders = await em.find(ServiceOrder, {}, { filters: false });
    const rows = await em.execute<{ id: string; breached: boolean }[]>(`select id, ${SERVICE_LEVEL_BREACHED_SQL} as breached from service_order`, Array(SERVICE_LEVEL_BREACHED_SQL_PARAMS).fill(later));
    const sql = new Map(rows.map((r) => [r.id, r.breached]));
    expect(orders.length).toBeGreaterThan(3);
    expect(new Set(orders.map((o) => serviceLevelBreached(o, later)))).toEqual(new Set([true, false]));
    for (const o of orders) expect([o.number, sql.get(o.id)]).toEqual([o.number, serviceLevelBreached(o, later)]);
  });

  it('work started (by the job sheet) before the resident consented: −1 for the worker; a start in the future is refused and writes nothing', async () => {
    let o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain() } }, { as: 'frontDesk' })).quoteServiceOrder;
    const t30 = await at('frontDesk', minutes(30));
    o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'PAPER_SIGNATURE', consentBy: '张三' } }, t30)).recordConsent;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, t30)).dispatchServiceOrder;
    o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, await at('supervisor', minutes(31)))).assignServiceOrder;
    const START = `${ORDER} mutation($i: OrderStepInput!, $at: DateTime) { startServiceOrder(input: $i, startedAt: $at) { ...O } }`;
    const future = await app.gql(START, { i: { id: o.id, version: o.version }, at: minutes(60).toISOString() }, await at('worker', minutes(40)));
    expect([codeOf(future), fieldOf(future)]).toEqual(['VALIDATION_FAILED', 'startedAt']);
    const started = ok(await app.gql(START, { i: { id: o.id, version: o.version }, at: minutes(10).toISOString() }, await at('worker', minutes(40)))).startServiceOrder;
    expect(started.state).toBe('IN_PROGRESS');
    expect(await entriesOf(app.fx.users.worker.id, o.id)).toEqual([expect.objectContaining({ rule: 'PROCEDURE_VIOLATION', points: 1, department: 'ENGINEERING' })]);
    // A start after consent proposes nothing.
    const fine = await completedOrder(drain());
    expect((await entriesOf(app.fx.users.worker.id, fine.id)).length).toBe(0);
  });

  it('stock issued (by the store’s book) before the supervisor signed: −1 for whoever issued it', async () => {
    const o = await assignedOrder(drain());
    const number = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { number } }`, { id: o.id }, { as: 'worker' })).serviceOrder.number;
    const REQ = `id version state`;
    let r = ok(await app.gql(`mutation($i: RequestMaterialsInput!) { requestMaterials(input: $i) { ${REQ} } }`, { i: { orderId: o.id, citedOrderNumber: number, lines: [{ name: '角阀', quantityMilli: 1000, unit: '个', unitCostFen: 1800 }] } }, { as: 'worker' })).requestMaterials;
    r = ok(await app.gql(`mutation($i: VersionedIdInput!) { signRequisition(input: $i) { ${REQ} } }`, { i: { id: r.id, version: r.version } }, await at('supervisor', minutes(20)))).signRequisition;
    ok(await app.gql(`mutation($i: VersionedIdInput!, $at: DateTime) { issueRequisition(input: $i, issuedAt: $at) { ${REQ} } }`, { i: { id: r.id, version: r.version }, at: minutes(10).toISOString() }, await at('pm', minutes(25))));
    expect(await entriesOf(app.fx.users.pm.id, o.id)).toEqual([expect.objectContaining({ rule: 'PROCEDURE_VIOLATION', points: 1 })]);
  });

  it('a complaint reporting private charging: −20 for the worker of the order it names', async () => {
    const o = await completedOrder(drain());
    const c = ok(
      await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, {
        i: { projectId: app.fx.p1.id, unitId: app.fx.unitsP1[0]!.id, contactName: '张三', contactPhone: '13912345678', description: '师傅私下收了 50 元没开票', channel: 'phone', category: 1, valid: true, severity: 'SERIOUS', responsibleDepartment: 'ENGINEERING', relatedOrderId: o.id, privateChargingReported: true },
      }, { as: 'frontDesk' }),
    ).registerComplaint;
    expect(await entriesOf(app.fx.users.worker.id, c.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'PRIVATE_CHARGING', points: 20, evidenceType: 'COMPLAINT' }), expect.objectContaining({ rule: 'CAUSED_COMPLAINT', points: 5 })]),
    );
    expect((await entriesOf(app.fx.users.worker.id, c.id)).length).toBe(2);
  });
});

describe('who sees whose entries and scores', () => {
  it('a supervisor sees their department only; staff see their own; another’s entry is simply not found', async () => {
    const desk = ok(
      await app.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { id } }`, { i: { projectId: app.fx.p1.id, userId: app.fx.users.frontDesk.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '报修登记缺电话' } }, { as: 'pm' }),
    ).recordPenalty;
    const seen = ok(await app.gql(`{ penaltyEntries(take: 100) { items { ${ENTRY} } totalCount } }`, {}, { as: 'supervisor' })).penaltyEntries;
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(seen.items.every((e: { department: string }) => e.department === 'ENGINEERING')).toBe(true);
    expect(seen.items.some((e: { id: string }) => e.id === desk.id)).toBe(false);
    expect(codeOf(await app.gql(`query($id: ID!) { penaltyEntry(id: $id) { id } }`, { id: desk.id }, { as: 'worker' }))).toBe('NOT_FOUND');
    expect(ok(await app.gql(`query($id: ID!) { penaltyEntry(id: $id) { id summary } }`, { id: desk.id }, { as: 'frontDesk' })).penaltyEntry.summary).toBe('报修登记缺电话');

    const scores = ok(await app.gql(`query($p: ID!, $m: String!) { monthlyScores(projectId: $p, month: $m) { scores { userId userName projectId department } project { staff } } }`, { p: app.fx.p1.id, m: month }, { as: 'supervisor' })).monthlyScores;
    expect(scores.project).toBeNull();
    expect(scores.scores.find((x: { userId: string }) => x.userId === app.fx.users.supervisor.id)).toMatchObject({ userName: 'supervisor', projectId: app.fx.p1.id });
    expect(scores.scores.map((s: { department: string }) => s.department)).toEqual(scores.scores.map(() => 'ENGINEERING'));
    expect(scores.scores.some((s: { userId: string }) => s.userId === app.fx.users.frontDesk.id)).toBe(false);
  });

  it('a supervisor records a penalty for a worker in the department of the work, and may judge it', async () => {
    const e = ok(await app.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { id version department } }`, { i: { projectId: app.fx.p1.id, userId: app.fx.users.worker.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '未戴安全帽登高作业' } }, { as: 'supervisor' })).recordPenalty;
    expect(e.department).toBe('ENGINEERING');
    const confirmed = ok(await app.gql(`mutation($i: PenaltyStepInput!) { stepPenaltyEntry(input: $i) { state confirmedById } }`, { i: { id: e.id, version: e.version, action: 'CONFIRM' } }, { as: 'supervisor' })).stepPenaltyEntry;
    expect(confirmed).toEqual({ state: 'CONFIRMED', confirmedById: app.fx.users.supervisor.id });
  });

  it('my scorecard: base less counted points plus commendations, with every entry and until when to appeal', async () => {
    const card = ok(await app.gql(`query($m: String!) { myScorecard(month: $m) { scores { score base deducted commended pending } entries { id state points appealable } commendations { points } } }`, { m: month }, { as: 'worker' })).myScorecard;
    const counted = card.entries.filter((e: { state: string }) => ['CONFIRMED', 'APPEALED', 'UPHELD'].includes(e.state)).reduce((n: number, e: { points: number }) => n + e.points, 0);
    const pending = card.entries.filter((e: { state: string }) => e.state === 'PROPOSED').reduce((n: number, e: { points: number }) => n + e.points, 0);
    const commended = card.commendations.reduce((n: number, c: { points: number }) => n + c.points, 0);
    expect(card.scores).toEqual([{ score: 100 - counted + commended, base: 100, deducted: counted, commended, pending }]);
    expect(pending).toBeGreaterThanOrEqual(1 + 20 + 5);
  });
});

describe('three-level inspections', () => {
  const CHECKLIST = `query($a: Department) { inspectionChecklist(area: $a) { id area category title } }`;
  const RECORD = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id period nonconformities findings { id version result state itemTitle category } } }`;
  const FSTEP = `mutation($i: FindingStepInput!) { stepInspectionFinding(input: $i) { id version state timeliness actionDeadline steps { action } } }`;
  const count = () => app.orm.em.fork().count(Inspection, {}, { filters: false });
  let items: Array<{ id: string; title: string; category: string }>;

  beforeAll(async () => {
    items = ok(await app.gql(CHECKLIST, { a: 'ENGINEERING' }, { as: 'supervisor' })).inspectionChecklist;
  });

  it('every area starts from the default checklist', async () => {
    const all = ok(await app.gql(`{ inspectionChecklist { area } }`, {}, { as: 'quality' })).inspectionChecklist;
    expect(new Set(all.map((i: { area: string }) => i.area))).toEqual(new Set(['CUSTOMER_SERVICE', 'ENGINEERING', 'CLEANING', 'GREENING', 'SECURITY']));
  });

  it('a checklist item goes after the last of its area; a position out of range is refused, not overflowed', async () => {
    const SAVE = `mutation($i: SaveChecklistItemInput!) { saveChecklistItem(input: $i) { id sort } }`;
    const base = { area: 'GREENING', category: '绿化养护', title: '草坪修剪', standard: '草高不超过 8 厘米' };
    const placed = ok(await app.gql(SAVE, { i: { ...base, sort: 1_000_000 } }, { as: 'quality' })).saveChecklistItem;
    expect(placed.sort).toBe(1_000_000);
    expect(ok(await app.gql(SAVE, { i: { ...base, title: '绿篱修剪' } }, { as: 'quality' })).saveChecklistItem.sort).toBe(1_000_010);
    const tooFar = await app.gql(SAVE, { i: { ...base, title: '乔木修剪', sort: 2_147_483_647 } }, { as: 'quality', locale: 'en' });
    expect([codeOf(tooFar), fieldOf(tooFar)]).toEqual(['VALIDATION_FAILED', 'sort']);
  });

  it('a team leader records the daily check of a post; a finding walks to a verified corrective action', async () => {
    const post = ok(await app.gql(`mutation($i: SaveInspectionPostInput!) { saveInspectionPost(input: $i) { id since } }`, { i: { projectId: app.fx.p1.id, area: 'ENGINEERING', name: '水泵房' } }, { as: 'pm' })).saveInspectionPost;
    const input = {
      projectId: app.fx.p1.id,
      level: 'DAILY',
      area: 'ENGINEERING',
      postId: post.id,
      findings: [
        { checklistItemId: items[0]!.id, result: 'PASS' },
        { checklistItemId: items[1]!.id, result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: '水箱未加锁', photoRef: 'oss://inspections/2026/pump-1.jpg', responsibleUserId: app.fx.users.worker.id },
      ],
    };
    // Not a team leader's level, and an incomplete finding: refused, nothing written.
    const before = await count();
    const monthly = await app.gql(RECORD, { i: { ...input, level: 'MONTHLY' } }, { as: 'supervisor' });
    expect([codeOf(monthly), fieldOf(monthly)]).toEqual(['FORBIDDEN', 'level']);
    const noDescription = await app.gql(RECORD, { i: { ...input, findings: [input.findings[0], { ...input.findings[1], description: null }] } }, { as: 'supervisor' });
    expect([codeOf(noDescription), fieldOf(noDescription)]).toEqual(['VALIDATION_FAILED', 'findings.1.description']);
    const twice = await app.gql(RECORD, { i: { ...input, findings: [input.findings[0], input.findings[0]] } }, { as: 'supervisor' });
    expect(fieldOf(twice)).toBe('findings.1.checklistItemId');
    expect(await count()).toBe(before);

    const inspection = ok(await app.gql(RECORD, { i: input }, { as: 'supervisor' })).recordInspection;
    expect(inspection).toMatchObject({ period: today, nonconformities: 1 });
    expect(ok(await app.gql(`query($id: ID!) { inspection(id: $id) { post { name } } }`, { id: inspection.id }, { as: 'pm' })).inspection.post).toEqual({ name: '水泵房' });
    let f = inspection.findings.find((x: { result: string }) => x.result === 'NONCONFORMITY');
    expect(f.state).toBe('OPEN');

    // The person responsible signs; then the inspector sets the action; its owner reports it done; someone else verifies.
    expect(codeOf(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'ACKNOWLEDGE' } }, { as: 'supervisor' }))).toBe('FORBIDDEN');
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'ACKNOWLEDGE' } }, { as: 'worker' })).stepInspectionFinding;
    const noOwner = await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'PLAN_ACTION', correctiveAction: '水箱加锁并每日检查', deadline: addLocalDays(today, 3) } }, { as: 'supervisor' });
    expect(fieldOf(noOwner)).toBe('ownerId');
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'PLAN_ACTION', correctiveAction: '水箱加锁并每日检查', ownerId: app.fx.users.worker.id, deadline: addLocalDays(today, 3) } }, { as: 'supervisor' })).stepInspectionFinding;
    expect(f).toMatchObject({ state: 'CORRECTING', timeliness: 'OPEN' });
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'COMPLETE_ACTION', note: '已加锁' } }, { as: 'worker' })).stepInspectionFinding;
    expect(codeOf(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'VERIFY' } }, { as: 'worker' }))).toBe('FORBIDDEN');
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'VERIFY' } }, { as: 'supervisor' })).stepInspectionFinding;
    expect(f).toMatchObject({ state: 'VERIFIED', timeliness: 'DONE_ON_TIME' });
    expect(f.steps.map((s: { action: string }) => s.action)).toEqual(['record', 'acknowledge', 'plan_action', 'complete_action', 'verify']);

    // The post is covered; one never visited is overdue after three working days.
    const other = ok(await app.gql(`mutation($i: SaveInspectionPostInput!) { saveInspectionPost(input: $i) { id } }`, { i: { projectId: app.fx.p1.id, area: 'SECURITY', name: '东门岗' } }, { as: 'pm' })).saveInspectionPost;
    const plan = async (now: Date) => ok(await app.gql(`query($p: ID!) { inspectionPlan(projectId: $p) { posts { postId status } } }`, { p: app.fx.p1.id }, await at('pm', now))).inspectionPlan.posts;
    expect(await plan(new Date())).toEqual(expect.arrayContaining([{ postId: post.id, status: 'covered' }, { postId: other.id, status: 'covered' }]));
    expect(await plan(new Date(Date.now() + 10 * 86_400_000))).toEqual(expect.arrayContaining([{ postId: other.id, status: 'overdue' }]));
  });

  it('an action past its deadline is flagged overdue in the tracker; the owner sees it in their own list', async () => {
    const inspection = ok(
      await app.gql(RECORD, { i: { projectId: app.fx.p1.id, level: 'WEEKLY', area: 'ENGINEERING', findings: [{ checklistItemId: items[2]!.id, result: 'NONCONFORMITY', nonconformityClass: 'MINOR', description: '电梯年检证未公示', responsibleUserId: app.fx.users.engineering.id }] } }, { as: 'pm' }),
    ).recordInspection;
    let f = inspection.findings[0];
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'ACKNOWLEDGE' } }, { as: 'engineering' })).stepInspectionFinding;
    f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'PLAN_ACTION', correctiveAction: '张贴年检证', ownerId: app.fx.users.engineering.id, deadline: today } }, { as: 'pm' })).stepInspectionFinding;
    const mine = ok(await app.gql(`{ myInspectionFindings { items { id } } }`, {}, { as: 'engineering' })).myInspectionFindings.items;
    expect(mine.map((x: { id: string }) => x.id)).toContain(f.id);
    const later = await at('pm', new Date(Date.now() + 2 * 86_400_000));
    const overdue = ok(await app.gql(`{ inspectionFindings(overdue: true) { items { id timeliness } } }`, {}, later)).inspectionFindings.items;
    expect(overdue).toEqual(expect.arrayContaining([{ id: f.id, timeliness: 'OVERDUE' }]));
    const now = ok(await app.gql(`{ inspectionFindings(overdue: true) { items { id } } }`, {}, { as: 'pm' })).inspectionFindings.items;
    expect(now.map((x: { id: string }) => x.id)).not.toContain(f.id);
  });

  it('a subcontractor’s findings count toward its evaluation', async () => {
    const sub = ok(await app.gql(`mutation { saveSubcontractor(input: { name: "洁美保洁公司", areas: [CLEANING] }) { id } }`, {}, { as: 'quality' })).saveSubcontractor;
    const cleaning = ok(await app.gql(CHECKLIST, { a: 'CLEANING' }, { as: 'pm' })).inspectionChecklist;
    const wrongArea = await app.gql(RECORD, { i: { projectId: app.fx.p1.id, level: 'MONTHLY', area: 'ENGINEERING', findings: [{ checklistItemId: items[3]!.id, result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: '—', subcontractorId: sub.id }] } }, { as: 'pm' });
    expect(fieldOf(wrongArea)).toBe('findings.0.subcontractorId');
    ok(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, level: 'MONTHLY', area: 'CLEANING', findings: [
      { checklistItemId: cleaning[0].id, result: 'NONCONFORMITY', nonconformityClass: 'SERIOUS', description: '楼道堆放垃圾', subcontractorId: sub.id },
      { checklistItemId: cleaning[1].id, result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: '广场有烟头', subcontractorId: sub.id },
      { checklistItemId: cleaning[2].id, result: 'PASS' },
    ] } }, { as: 'pm' }));
    const report = ok(await app.gql(`query($p: ID!, $m: String!) { inspectionReport(projectId: $p, month: $m) { figures { bySubcontractor { subcontractorId name nonconformities open overdue } } } }`, { p: app.fx.p1.id, m: month }, { as: 'pm' })).inspectionReport;
    expect(report.figures.bySubcontractor).toEqual([{ subcontractorId: sub.id, name: '洁美保洁公司', nonconformities: 2, open: 2, overdue: 0 }]);
    const named = ok(await app.gql(`{ inspectionFindings(take: 100) { items { subcontractor { name } } } }`, {}, { as: 'pm' })).inspectionFindings.items;
    expect(named.filter((f: { subcontractor: { name: string } | null }) => f.subcontractor?.name === '洁美保洁公司')).toHaveLength(2);
    const evaluation = ok(await app.gql(`query($m: String!) { subcontractorEvaluation(from: $m, to: $m) { subcontractorId nonconformities serious general minor open } }`, { m: month }, { as: 'quality' })).subcontractorEvaluation;
    expect(evaluation.find((e: { subcontractorId: string }) => e.subcontractorId === sub.id)).toEqual({ subcontractorId: sub.id, nonconformities: 2, serious: 1, general: 1, minor: 0, open: 2 });
  });
});

describe('the monthly inspection report', () => {
  const REPORT = `state version id late weeklySummaryDueOn sections { timeAndMethod summary keyProblems analysis suggestions } returnReason figures { nonconformities itemsChecked pareto { category count shareBasisPoints cumulativeBasisPoints vital } byClass { key count } }`;
  const SAVE = `mutation($i: SaveInspectionReportInput!) { saveInspectionReport(input: $i) { ${REPORT} } }`;
  const STEP = `mutation($i: InspectionReportStepInput!) { stepInspectionReport(input: $i) { ${REPORT} } }`;
  const report = async (as: As = 'pm2') => ok(await app.gql(`query($p: ID!, $m: String!) { inspectionReport(projectId: $p, month: $m) { ${REPORT} } }`, { p: app.fx.p2.id, m: month }, { as })).inspectionReport;

  it('is assembled from the month (Pareto largest first), written by the project leader, returned and approved by the GM, then read-only with frozen figures', async () => {
    const sub = ok(await app.gql(`mutation { saveSubcontractor(input: { name: "安保服务公司", areas: [CLEANING, SECURITY] }) { id } }`, {}, { as: 'gm' })).saveSubcontractor;
    const list = async (area: string) => ok(await app.gql(`query($a: Department) { inspectionChecklist(area: $a) { id title } }`, { a: area }, { as: 'pm2' })).inspectionChecklist;
    const [cleaning, security] = [await list('CLEANING'), await list('SECURITY')];
    const nc = (item: { id: string }, description: string) => ({ checklistItemId: item.id, result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description, subcontractorId: sub.id });
    const record = (area: string, findings: unknown[]) => app.gql(`mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id } }`, { i: { projectId: app.fx.p2.id, level: 'MONTHLY', area, findings } }, { as: 'pm2' });
    // 环境卫生 ×2 (楼道与电梯轿厢, 公共区域地面), 服务礼仪 ×1 (保洁员作业规范), 消防安全 ×1, and one pass.
    ok(await record('CLEANING', [nc(cleaning[0], '轿厢有污渍'), nc(cleaning[1], '地面积水'), nc(cleaning[3], '未放警示牌'), { checklistItemId: cleaning[2].id, result: 'PASS' }]));
    ok(await record('SECURITY', [nc(security[2], '灭火器过期')]));

    const draft = await report();
    expect(draft).toMatchObject({ state: 'DRAFT', version: 0, id: null, late: false, weeklySummaryDueOn: `${addMonths(month, 1)}-05` });
    const overdue = ok(await app.gql(`query($p: ID!, $m: String!) { inspectionReport(projectId: $p, month: $m) { late } }`, { p: app.fx.p2.id, m: month }, await at('pm2', shanghaiInstant(`${addMonths(month, 1)}-06`)))).inspectionReport;
    expect(overdue.late).toBe(true);
    expect(draft.figures).toMatchObject({ nonconformities: 4, itemsChecked: 5 });
    expect(draft.figures.pareto).toEqual([
      { category: '环境卫生', count: 2, shareBasisPoints: 5000, cumulativeBasisPoints: 5000, vital: true },
      { category: '服务礼仪', count: 1, shareBasisPoints: 2500, cumulativeBasisPoints: 7500, vital: true },
      { category: '消防安全', count: 1, shareBasisPoints: 2500, cumulativeBasisPoints: 10000, vital: true },
    ]);

    let r = ok(await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: 0, sections: { timeAndMethod: '11月，项目负责人月检', summary: '检查 5 项，4 项不合格' } } }, { as: 'pm2' })).saveInspectionReport;
    const stale = await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: 0, sections: { summary: '覆盖' } } }, { as: 'pm2' });
    expect(codeOf(stale)).toBe('CONFLICT');
    const early = await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'SUBMIT' } }, { as: 'pm2' });
    expect([codeOf(early), fieldOf(early)]).toEqual(['VALIDATION_FAILED', 'sections.keyProblems']);
    r = ok(await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: r.version, sections: { keyProblems: '保洁分包方作业质量', analysis: '环境卫生问题占 50%', suggestions: '约谈分包方，加密周检' } } }, { as: 'pm2' })).saveInspectionReport;
    r = ok(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'SUBMIT' } }, { as: 'pm2' })).stepInspectionReport;
    expect(codeOf(await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: r.version, sections: { summary: '改' } } }, { as: 'pm2' }))).toBe('INVALID_STATE');
    expect(codeOf(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'APPROVE' } }, { as: 'pm2' }))).toBe('FORBIDDEN');
    expect(fieldOf(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'RETURN' } }, { as: 'gm' }))).toBe('reason');
    r = ok(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'RETURN', reason: '请补充整改时限' } }, { as: 'gm' })).stepInspectionReport;
    expect(r).toMatchObject({ state: 'DRAFT', returnReason: '请补充整改时限' });
    r = ok(await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: r.version, sections: { suggestions: '约谈分包方，加密周检，月底前整改完毕' } } }, { as: 'pm2' })).saveInspectionReport;
    r = ok(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'SUBMIT' } }, { as: 'pm2' })).stepInspectionReport;
    r = ok(await app.gql(STEP, { i: { id: r.id, version: r.version, action: 'APPROVE' } }, { as: 'gm' })).stepInspectionReport;
    expect(r.state).toBe('APPROVED');

    // Read-only, and the figures it was approved on stay as they were.
    ok(await record('SECURITY', [nc(security[0], '门岗脱岗')]));
    expect((await report()).figures.nonconformities).toBe(4);
    expect(codeOf(await app.gql(SAVE, { i: { projectId: app.fx.p2.id, month, version: r.version, sections: { summary: '改' } } }, { as: 'pm2' }))).toBe('INVALID_STATE');
    const inbox = ok(await app.gql(`{ inspectionReports(states: [APPROVED]) { items { projectId state } } }`, {}, { as: 'gm' })).inspectionReports.items;
    expect(inbox).toEqual(expect.arrayContaining([{ projectId: app.fx.p2.id, state: 'APPROVED' }]));
  });
});

describe('satisfaction surveys', () => {
  const SUBMIT = `mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id source } }`;
  const all = (level: number) => ['power_supply', 'water_supply', 'fire_safety_security', 'cleaning', 'greening', 'public_facilities', 'repair_service', 'service_attitude'].map((item) => ({ item, level }));

  it('responses from staff and a partner app; rates per item and overall; one per unit; closed means closed', async () => {
    const survey = ok(
      await app.gql(`mutation($p: ID!) { createSatisfactionSurvey(input: { projectId: $p, period: "${month.slice(0, 4)}", distributed: 4, opensOn: "${month}-01", closesOn: "${addLocalDays(today, 20)}" }) { id version title items { code } } }`, { p: app.fx.p1.id }, { as: 'pm' }),
    ).createSatisfactionSurvey;
    expect(survey.title).toBe(`${month.slice(0, 4)}年度业户满意度调查`);
    expect(survey.items).toHaveLength(8);
    const again = await app.gql(`mutation($p: ID!) { createSatisfactionSurvey(input: { projectId: $p, period: "${month.slice(0, 4)}", distributed: 4, opensOn: "${month}-01", closesOn: "${month}-28" }) { id } }`, { p: app.fx.p1.id }, { as: 'pm' });
    expect([codeOf(again), fieldOf(again)]).toEqual(['VALIDATION_FAILED', 'period']);

    const first = all(5).map((a) => (a.item === 'cleaning' ? { item: 'cleaning', level: 3 } : a));
    expect(ok(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[0]!.id, answers: first, comment: '楼道卫生需改进' } }, { as: 'frontDesk' })).submitSurveyResponse.source).toBe('STAFF'.toLowerCase());

    // A resident app with surveys:write files for its project.
    const key = generateApiKey();
    const em = app.orm.em.fork();
    em.create(ApiKey, { companyId: app.fx.companyA.id, name: 'resident app', prefix: key.prefix, secretHash: key.hash, scopes: ['surveys:write'], projectId: app.fx.p1.id, createdById: app.fx.users.gm.id });
    await em.flush();
    const partner = { as: { token: key.token } as As };
    const second = [{ item: 'power_supply', level: 4 }, { item: 'water_supply', level: 4 }, { item: 'cleaning', level: 2 }, { item: 'service_attitude', level: 5 }, { item: 'greening', level: null }];
    expect(ok(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[1]!.id, answers: second } }, partner)).submitSurveyResponse.source).toBe('partner');

    const dup = await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[0]!.id, answers: all(4) } }, { as: 'frontDesk' });
    expect([codeOf(dup), fieldOf(dup)]).toEqual(['CONFLICT', 'unitId']);
    expect(fieldOf(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[2]!.id, answers: [{ item: 'parking', level: 4 }] } }, { as: 'frontDesk' }))).toBe('answers.parking');
    expect(fieldOf(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[2]!.id, answers: [{ item: 'cleaning', level: 6 }] } }, { as: 'frontDesk' }))).toBe('answers.cleaning');
    expect(fieldOf(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitP2.id, answers: all(4) } }, { as: 'gm' }))).toBe('unitId');

    const results = ok(await app.gql(`query($id: ID!) { satisfactionSurvey(id: $id) { returned results { distributed returned responseRateBasisPoints overall { answered satisfied rateBasisPoints } items { code answered satisfied rateBasisPoints distribution { level count } } comments } } }`, { id: survey.id }, { as: 'pm' })).satisfactionSurvey;
    expect(results.returned).toBe(2);
    expect(results.results).toMatchObject({ distributed: 4, returned: 2, responseRateBasisPoints: 5000, overall: { answered: 12, satisfied: 10, rateBasisPoints: 8333 }, comments: ['楼道卫生需改进'] });
    const item = (code: string) => results.results.items.find((i: { code: string }) => i.code === code);
    expect(item('cleaning')).toMatchObject({ answered: 2, satisfied: 0, rateBasisPoints: 0 });
    expect(item('cleaning').distribution).toEqual([{ level: 5, count: 0 }, { level: 4, count: 0 }, { level: 3, count: 1 }, { level: 2, count: 1 }, { level: 1, count: 0 }]);
    expect(item('power_supply')).toMatchObject({ answered: 2, satisfied: 2, rateBasisPoints: 10000 });
    expect(item('greening')).toMatchObject({ answered: 1, satisfied: 1 });

    // The project's survey KPI is this survey's overall rate.
    const kpis = ok(await app.gql(`query($p: ID!, $m: String!) { projectKpis(projectId: $p, month: $m) { kpi value status } }`, { p: app.fx.p1.id, m: month }, { as: 'pm' })).projectKpis;
    expect(kpis.find((k: { kpi: string }) => k.kpi === 'survey_satisfaction')).toEqual({ kpi: 'survey_satisfaction', value: 8333, status: 'RED' });

    // Improvement actions with an owner and deadline; the owner marks it done.
    const action = ok(await app.gql(`mutation($i: SaveSurveyActionInput!) { saveSurveyAction(input: $i) { id version doneAt } }`, { i: { surveyId: survey.id, itemCode: 'cleaning', action: '楼道每日两次保洁', ownerId: app.fx.users.frontDesk.id, deadline: addLocalDays(today, 30) } }, { as: 'pm' })).saveSurveyAction;
    const done = ok(await app.gql(`mutation($i: CompleteSurveyActionInput!) { completeSurveyAction(input: $i) { doneAt doneNote } }`, { i: { id: action.id, version: action.version, note: '已调整排班' } }, { as: 'frontDesk' })).completeSurveyAction;
    expect(done.doneNote).toBe('已调整排班');

    const current = ok(await app.gql(`query($id: ID!) { satisfactionSurvey(id: $id) { version } }`, { id: survey.id }, { as: 'pm' })).satisfactionSurvey;
    expect(fieldOf(await app.gql(`mutation($id: ID!, $v: Int!) { updateSatisfactionSurvey(input: { id: $id, version: $v, distributed: 1 }) { id } }`, { id: survey.id, v: current.version }, { as: 'pm' }))).toBe('distributed');
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { updateSatisfactionSurvey(input: { id: $id, version: $v, close: true }) { state } }`, { id: survey.id, v: current.version }, { as: 'pm' }));
    expect(codeOf(await app.gql(SUBMIT, { i: { surveyId: survey.id, unitId: app.fx.unitsP1[3]!.id, answers: all(5) } }, { as: 'frontDesk' }))).toBe('INVALID_STATE');
  });
});

describe('project KPIs against a small known month', () => {
  it('computes every figure exactly, with its colour, and the dashboard shows the same with its trailing months', async () => {
    // A fresh project of 50 households with its own project manager.
    const p3 = ok(await app.gql(`mutation { createProject(input: { code: "P3", name: "三号项目", kind: RESIDENTIAL, households: 50 }) { id } }`)).createProject;
    const b = ok(await app.gql(`mutation($p: ID!) { createBuilding(input: { projectId: $p, code: "1", name: "1栋" }) { id } }`, { p: p3.id })).createBuilding;
    const units = [];
    for (const n of ['1-1-101', '1-1-102']) units.push(ok(await app.gql(`mutation($b: ID!, $n: String!) { createUnit(input: { buildingId: $b, number: $n }) { id } }`, { b: b.id, n })).createUnit);
    const pm3User = ok(await app.gql(`mutation($p: ID!) { createStaffUser(input: { name: "三号经理", email: "pm3@a.test", password: "${PASSWORD}", roles: [{ role: PROJECT_MANAGER, projectId: $p }] }) { id } }`, { p: p3.id })).createStaffUser;
    const login = { ...ok(await app.gql(`mutation { login(input: { login: "pm3@a.test", password: "${PASSWORD}" }) { ... on LoginSuccess { token } } }`)).login, user: pm3User };
    const pm3 = { as: { token: login.token } as As };

    // One valid complaint: 1 of 50 households → 2 per 100 (200).
    ok(await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, { i: { projectId: p3.id, unitId: units[0].id, contactName: '赵六', contactPhone: '13912340001', description: '路灯不亮', channel: 'phone', category: 1, valid: true, severity: 'GENERAL', responsibleDepartment: 'ENGINEERING' } }, pm3));
    // Two nonconformities; both actions due today, one completed.
    const items = ok(await app.gql(`{ inspectionChecklist(area: ENGINEERING) { id } }`, {}, pm3)).inspectionChecklist;
    const insp = ok(await app.gql(`mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { findings { id version result } } }`, { i: { projectId: p3.id, level: 'MONTHLY', area: 'ENGINEERING', findings: [
      { checklistItemId: items[0].id, result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: '巡检记录缺页', responsibleUserId: login.user.id },
      { checklistItemId: items[1].id, result: 'NONCONFORMITY', nonconformityClass: 'MINOR', description: '水箱清洗记录过期', responsibleUserId: login.user.id },
      { checklistItemId: items[2].id, result: 'PASS' },
    ] } }, pm3)).recordInspection;
    const FSTEP = `mutation($i: FindingStepInput!) { stepInspectionFinding(input: $i) { id version } }`;
    for (const [n, f0] of insp.findings.filter((f: { result: string }) => f.result === 'NONCONFORMITY').entries()) {
      let f = ok(await app.gql(FSTEP, { i: { id: f0.id, version: f0.version, action: 'ACKNOWLEDGE' } }, pm3)).stepInspectionFinding;
      f = ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'PLAN_ACTION', correctiveAction: '补齐记录', ownerId: login.user.id, deadline: today } }, pm3)).stepInspectionFinding;
      if (n === 0) ok(await app.gql(FSTEP, { i: { id: f.id, version: f.version, action: 'COMPLETE_ACTION', note: '已补齐' } }, pm3));
    }
    // A survey: one questionnaire, 1 of 2 answers satisfied.
    const survey = ok(await app.gql(`mutation($p: ID!) { createSatisfactionSurvey(input: { projectId: $p, period: "${month.slice(0, 4)}-H2", distributed: 2, opensOn: "${month}-01", closesOn: "${month}-28" }) { id } }`, { p: p3.id }, pm3)).createSatisfactionSurvey;
    ok(await app.gql(`mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id } }`, { i: { surveyId: survey.id, unitId: units[0].id, answers: [{ item: 'cleaning', level: 5 }, { item: 'greening', level: 3 }] } }, pm3));
    // The project manager's month: one confirmed point off → 99.
    const e = ok(await app.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { id version } }`, { i: { projectId: p3.id, userId: login.user.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '月报迟交' } })).recordPenalty;
    ok(await app.gql(`mutation($i: PenaltyStepInput!) { stepPenaltyEntry(input: $i) { state } }`, { i: { id: e.id, version: e.version, action: 'CONFIRM' } }));

    // Late in the month, the unfinished action is overdue: 1 of 2 on time.
    const endOfMonth = new Date(monthRange(month).end.getTime() - 60_000);
    const lastDay = shanghaiDate(endOfMonth) === today;
    const kpis = ok(await app.gql(`query($p: ID!, $m: String!) { projectKpis(projectId: $p, month: $m) { kpi value status strict } }`, { p: p3.id, m: month }, await at('gm', endOfMonth))).projectKpis;
    expect(kpis.find((k: { kpi: string }) => k.kpi === 'complaint_rate').strict).toBe(true);
    const by = Object.fromEntries(kpis.map((k: { kpi: string; value: number | null; status: string }) => [k.kpi, [k.value, k.status]]));
    expect(by).toMatchObject({
      complaint_rate: [200, 'RED'],
      order_sla_met: [null, 'NO_DATA'],
      follow_up_completion: [null, 'NO_DATA'],
      nonconformities_found: [2, 'NO_TARGET'],
      corrective_actions_on_time: lastDay ? [10000, 'GREEN'] : [5000, 'RED'],
      survey_satisfaction: [5000, 'RED'],
      paid_service_margin: [null, 'NO_DATA'],
      staff_average_score: [9900, 'GREEN'],
    });

    // The dashboard: the same month for every project the caller reviews, with the trailing months; closed months kept.
    const DASH = `query($m: String!) { kpiDashboard(month: $m, months: 3) { months projects { projectId kpis { kpi value status } series { kpi points { month value } } } } }`;
    const dash = ok(await app.gql(DASH, { m: month }, { as: 'gm' })).kpiDashboard;
    expect(dash.months).toEqual([addMonths(month, -2), lastMonth, month]);
    expect(dash.projects.map((p: { projectId: string }) => p.projectId)).toEqual(expect.arrayContaining([app.fx.p1.id, app.fx.p2.id, p3.id]));
    const row = dash.projects.find((p: { projectId: string }) => p.projectId === p3.id);
    expect(row.kpis.find((k: { kpi: string }) => k.kpi === 'complaint_rate')).toEqual({ kpi: 'complaint_rate', value: 200, status: 'RED' });
    expect(row.series.find((s: { kpi: string }) => s.kpi === 'complaint_rate').points.map((p: { value: number | null }) => p.value)).toEqual([0, 0, 200]);
    expect(await app.orm.em.fork().count(KpiMonth, { projectId: p3.id }, { filters: false })).toBe(2);
    const own = ok(await app.gql(DASH, { m: month }, pm3)).kpiDashboard;
    expect(own.projects.map((p: { projectId: string }) => p.projectId)).toEqual([p3.id]);
  });
});

describe('housekeeper appraisal', () => {
  const APPRAISALS = `query($p: ID!, $m: String!) { housekeeperAppraisals(projectId: $p, month: $m) { id userId version final totalHundredths grade missing facts { buildings followUpsDue followUpsDone } dimensions { dimension source scoreHundredths } } }`;
  const SAVE = `mutation($i: SaveAppraisalInput!) { saveHousekeeperAppraisal(input: $i) { id version final totalHundredths grade missing } }`;

  it('derives what the block’s data shows, the project manager scores the rest, and a final appraisal is read-only', async () => {
    const building = ok(await app.gql(`query($id: ID!) { building(id: $id) { version } }`, { id: app.fx.buildingP1.id }, { as: 'pm' })).building;
    ok(await app.gql(`mutation($i: AssignBlockHousekeeperInput!) { assignBlockHousekeeper(input: $i) { housekeeperId } }`, { i: { buildingId: app.fx.buildingP1.id, version: building.version, housekeeperId: app.fx.users.housekeeper.id } }, { as: 'pm' }));
    // Last month in the block: one follow-up visit, done in time, resident satisfied.
    const due = shanghaiInstant(`${lastMonth}-20`);
    const em = app.orm.em.fork();
    em.create(FollowUp, {
      companyId: app.fx.companyA.id, projectId: app.fx.p1.id, subject: 'household_repair', subjectKind: 'ServiceOrder', subjectId: app.fx.p1.id, subjectLabel: 'WX-TEST',
      unitId: app.fx.unitsP1[5]!.id, contactName: '住户5', contactPhone: '13800000005', completedAt: shanghaiInstant(`${lastMonth}-15`), selected: true, bucket: 10, rateBasisPoints: 3000,
      visitor: 'customer_service', opensAt: shanghaiInstant(`${lastMonth}-15`), dueAt: due, state: 'visited', visitedAt: shanghaiInstant(`${lastMonth}-16`), satisfaction: 'satisfied',
    } as never);
    await em.flush();

    const [a] = ok(await app.gql(APPRAISALS, { p: app.fx.p1.id, m: lastMonth }, { as: 'pm' })).housekeeperAppraisals;
    expect(a).toMatchObject({ userId: app.fx.users.housekeeper.id, id: null, version: 0, facts: { buildings: 1, followUpsDue: 1, followUpsDone: 1 }, missing: ['ATTITUDE', 'EFFICIENCY', 'TEAMWORK'] });
    expect(a.dimensions.filter((d: { source: string }) => d.source === 'DERIVED'.toLowerCase()).map((d: { dimension: string; scoreHundredths: number }) => [d.dimension, d.scoreHundredths])).toEqual([['RECORDS', 10000], ['RESIDENT_FEEDBACK', 10000]]);

    const input = { projectId: app.fx.p1.id, userId: app.fx.users.housekeeper.id, month: lastMonth, version: 0 };
    expect(fieldOf(await app.gql(SAVE, { i: { ...input, scores: [{ dimension: 'RECORDS', score: 60 }] } }, { as: 'pm' }))).toBe('scores.records');
    expect(fieldOf(await app.gql(SAVE, { i: { ...input, scores: [{ dimension: 'ATTITUDE', score: 90 }], finalize: true } }, { as: 'pm' }))).toBe('scores.efficiency');
    const saved = ok(await app.gql(SAVE, { i: { ...input, scores: [{ dimension: 'ATTITUDE', score: 90 }, { dimension: 'TEAMWORK', score: 80 }, { dimension: 'EFFICIENCY', score: 70 }] } }, { as: 'pm' })).saveHousekeeperAppraisal;
    // (90 + 70 + 100 + 80 + 100) × 20 % = 88.00
    expect(saved).toMatchObject({ final: false, totalHundredths: 8800, grade: 'GOOD', missing: [] });
    const thisMonth = await app.gql(SAVE, { i: { ...input, month, scores: [], finalize: true } }, { as: 'pm' });
    expect(fieldOf(thisMonth)).toBe('finalize');
    const final = ok(await app.gql(SAVE, { i: { ...input, version: saved.version, scores: [{ dimension: 'ATTITUDE', score: 90 }, { dimension: 'TEAMWORK', score: 80 }, { dimension: 'EFFICIENCY', score: 70 }], finalize: true } }, { as: 'pm' })).saveHousekeeperAppraisal;
    expect(final).toMatchObject({ final: true, totalHundredths: 8800 });
    expect(codeOf(await app.gql(SAVE, { i: { ...input, version: final.version, scores: [{ dimension: 'ATTITUDE', score: 100 }] } }, { as: 'pm' }))).toBe('INVALID_STATE');
    const mine = ok(await app.gql(`{ myAppraisals { month totalHundredths grade final } }`, {}, { as: 'housekeeper' })).myAppraisals;
    expect(mine).toEqual([{ month: lastMonth, totalHundredths: 8800, grade: 'GOOD', final: true }]);
  });
});

describe('vacant units', () => {
  it('the housekeeper checks the vacant units of their block at least monthly; occupied units and other blocks are refused', async () => {
    const building = ok(await app.gql(`query($id: ID!) { building(id: $id) { version housekeeperId } }`, { id: app.fx.buildingP1.id }, { as: 'pm' })).building;
    if (building.housekeeperId !== app.fx.users.housekeeper.id) {
      ok(await app.gql(`mutation($i: AssignBlockHousekeeperInput!) { assignBlockHousekeeper(input: $i) { id } }`, { i: { buildingId: app.fx.buildingP1.id, version: building.version, housekeeperId: app.fx.users.housekeeper.id } }, { as: 'pm' }));
    }
    const empty = ok(await app.gql(`mutation($b: ID!) { createUnit(input: { buildingId: $b, number: "1-1-999" }) { id } }`, { b: app.fx.buildingP1.id }, { as: 'pm' })).createUnit;
    const LIST = `query($p: ID!, $m: String!) { vacantUnits(projectId: $p, month: $m) { unitId unitNumber status lastCheckedOn } }`;
    expect(ok(await app.gql(`query($p: ID!, $m: String!) { vacantUnits(projectId: $p, month: $m) { housekeeperName } }`, { p: app.fx.p1.id, m: month }, { as: 'housekeeper' })).vacantUnits[0].housekeeperName).toBe('housekeeper');
    const before = ok(await app.gql(LIST, { p: app.fx.p1.id, m: month }, { as: 'housekeeper' })).vacantUnits;
    expect(before).toEqual([{ unitId: empty.id, unitNumber: '1-1-999', status: 'DUE', lastCheckedOn: null }]);
    const RECORD = `mutation($i: RecordVacantUnitCheckInput!) { recordVacantUnitCheck(input: $i) { id problemFound } }`;
    expect(fieldOf(await app.gql(RECORD, { i: { unitId: app.fx.unitsP1[0]!.id, note: '门窗完好' } }, { as: 'housekeeper' }))).toBe('unitId');
    ok(await app.gql(RECORD, { i: { unitId: empty.id, note: '厨房水龙头滴水，已关总阀', problemFound: true } }, { as: 'housekeeper' }));
    const after = ok(await app.gql(LIST, { p: app.fx.p1.id, m: month }, { as: 'housekeeper' })).vacantUnits;
    expect(after).toEqual([{ unitId: empty.id, unitNumber: '1-1-999', status: 'CHECKED', lastCheckedOn: today }]);
    // Next month, unchecked again; a month later, the missed one is overdue.
    const next = ok(await app.gql(LIST, { p: app.fx.p1.id, m: addMonths(month, 1) }, { as: 'housekeeper' })).vacantUnits;
    expect(next[0]).toMatchObject({ status: 'DUE', lastCheckedOn: today });
    const later = ok(await app.gql(LIST, { p: app.fx.p1.id, m: addMonths(month, 1) }, await at('housekeeper', shanghaiInstant(`${addMonths(month, 2)}-02`)))).vacantUnits;
    expect(later[0]!.status).toBe('OVERDUE');
  });
});

describe('company KPI settings', () => {
  const SETTINGS = `version baseScore penaltyPoints { rule points } targets { kpi target amberBand strict direction } surveyItems { code zh } appraisalWeights { dimension weight }`;
  it('the GM changes points, targets, survey items and weights, all checked; new entries take the new points', async () => {
    const s = ok(await app.gql(`{ kpiSettings { ${SETTINGS} } }`, {}, { as: 'worker' })).kpiSettings;
    expect(s.penaltyPoints).toEqual([
      { rule: 'PROCEDURE_VIOLATION', points: 1 },
      { rule: 'SUBJECTIVE_DELAY', points: 5 },
      { rule: 'DISSATISFIED_AT_ACCEPTANCE', points: 5 },
      { rule: 'CAUSED_COMPLAINT', points: 5 },
      { rule: 'PRIVATE_CHARGING', points: 20 },
    ]);
    expect(s.targets.find((t: { kpi: string }) => t.kpi === 'COMPLAINT_RATE')).toEqual({ kpi: 'COMPLAINT_RATE', target: 100, amberBand: 50, strict: true, direction: 'LOWER_IS_BETTER' });
    const UPDATE = `mutation($i: UpdateKpiSettingsInput!) { updateKpiSettings(input: $i) { ${SETTINGS} } }`;
    const bad = [
      [{ targets: [{ kpi: 'COMPLAINT_RATE', target: 80, amberBand: -1, strict: true }] }, 'targets.complaint_rate.amberBand'],
      [{ appraisalWeights: [{ dimension: 'ATTITUDE', weight: 30 }, { dimension: 'EFFICIENCY', weight: 20 }, { dimension: 'RECORDS', weight: 20 }, { dimension: 'TEAMWORK', weight: 20 }, { dimension: 'RESIDENT_FEEDBACK', weight: 20 }] }, 'appraisalWeights'],
      [{ surveyItems: [{ code: 'cleaning', zh: '卫生', en: 'Cleaning' }, { code: 'cleaning', zh: '保洁', en: 'Cleaning' }] }, 'surveyItems.1.code'],
      [{ penaltyPoints: [{ rule: 'PRIVATE_CHARGING', points: 101 }] }, 'penaltyPoints.private_charging'],
    ] as const;
    for (const [change, field] of bad) {
      const r = await app.gql(UPDATE, { i: { version: s.version, ...change } }, { as: 'gm' });
      expect([codeOf(r), fieldOf(r)]).toEqual(['VALIDATION_FAILED', field]);
    }
    const updated = ok(await app.gql(UPDATE, { i: { version: s.version, penaltyPoints: [{ rule: 'PROCEDURE_VIOLATION', points: 2 }], targets: [{ kpi: 'COMPLAINT_RATE', target: 80, amberBand: 40, strict: true }] } }, { as: 'gm' })).updateKpiSettings;
    expect(updated.penaltyPoints[0]).toEqual({ rule: 'PROCEDURE_VIOLATION', points: 2 });
    expect(codeOf(await app.gql(UPDATE, { i: { version: s.version, baseScore: 120 } }, { as: 'gm' }))).toBe('CONFLICT');
    const e = ok(await app.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { points } }`, { i: { projectId: app.fx.p1.id, userId: app.fx.users.finance.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '收据未及时交回' } }, { as: 'pm' })).recordPenalty;
    expect(e.points).toBe(2);
  });
});

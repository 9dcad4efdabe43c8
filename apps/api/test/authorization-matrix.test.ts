import { API_SCOPES, type ApiScope } from '@wuye/domain';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { PASSWORD } from './fixture.js';

/**
 * Every query and mutation, run as every role, a partner key and anonymously, against the
 * expected allow/deny table below. The table is written by hand from the procedures
 * (domain README §1), not derived from the policy code it checks.
 */
const PRINCIPALS = ['anonymous', 'gm', 'quality', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'housekeeper', 'engineering', 'partner'] as const;
type P = (typeof PRINCIPALS)[number];

const STAFF: P[] = ['gm', 'quality', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'housekeeper', 'engineering'];
const SIGNED_IN: P[] = [...STAFF, 'partner'];
const PERSONAL_DATA: P[] = ['gm', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'housekeeper', 'engineering'];

/** A well-formed id that matches nothing: the gate must answer before the lookup does. */
const NO_SUCH_ID = '01960000-0000-7000-8000-000000000000';

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`.slice(-12);

interface Case {
  allowed: P[];
  /** 'gate': the call depends on state other calls change, so "allowed" means it got past the policy. */
  check?: 'gate';
  query: string;
  vars: (app: TestApp) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

const CASES: Record<string, Case> = {
  // Queries
  me: { allowed: SIGNED_IN, query: `{ me { company { id } } }`, vars: () => ({}) },
  projects: { allowed: SIGNED_IN, query: `{ projects { totalCount } }`, vars: () => ({}) },
  project: { allowed: SIGNED_IN, query: `query($id: ID!) { project(id: $id) { id } }`, vars: (a) => ({ id: a.fx.p1.id }) },
  buildings: { allowed: SIGNED_IN, query: `{ buildings { totalCount } }`, vars: () => ({}) },
  building: { allowed: SIGNED_IN, query: `query($id: ID!) { building(id: $id) { id } }`, vars: (a) => ({ id: a.fx.buildingP1.id }) },
  units: { allowed: SIGNED_IN, query: `{ units { totalCount } }`, vars: () => ({}) },
  unit: { allowed: SIGNED_IN, query: `query($id: ID!) { unit(id: $id) { id } }`, vars: (a) => ({ id: a.fx.unitsP1[0]!.id }) },
  residents: { allowed: PERSONAL_DATA, query: `{ residents { totalCount } }`, vars: () => ({}) },
  resident: { allowed: PERSONAL_DATA, query: `query($id: ID!) { resident(id: $id) { id } }`, vars: (a) => ({ id: a.fx.residentP1.id }) },
  staffUsers: { allowed: ['gm', 'quality', 'pm', 'supervisor'], query: `{ staffUsers { totalCount } }`, vars: () => ({}) },
  staffUser: { allowed: ['gm', 'quality', 'pm', 'supervisor'], query: `query($id: ID!) { staffUser(id: $id) { id } }`, vars: (a) => ({ id: a.fx.users.worker.id }) },
  apiKeys: { allowed: ['gm'], query: `{ apiKeys { totalCount } }`, vars: () => ({}) },
  auditEntries: { allowed: ['gm', 'quality', 'pm'], query: `{ auditEntries { totalCount } }`, vars: () => ({}) },

  // Mutations
  login: {
    allowed: [...PRINCIPALS],
    query: `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { __typename } }`,
    vars: () => ({ l: 'worker@a.test', p: PASSWORD }),
  },
  createProject: {
    allowed: ['gm'],
    query: `mutation($c: String!) { createProject(input: { code: $c, name: "新项目", kind: RESIDENTIAL }) { id } }`,
    vars: () => ({ c: uniq() }),
  },
  updateProject: {
    allowed: ['gm'],
    query: `mutation($id: ID!, $v: Int!) { updateProject(input: { id: $id, version: $v, address: "新地址" }) { id } }`,
    vars: (a) => current(a, 'project', a.fx.p1.id),
  },
  createBuilding: {
    allowed: ['gm', 'pm'],
    query: `mutation($p: ID!, $c: String!) { createBuilding(input: { projectId: $p, code: $c, name: "新楼" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id, c: uniq() }),
  },
  updateBuilding: {
    allowed: ['gm', 'pm'],
    query: `mutation($id: ID!, $v: Int!) { updateBuilding(input: { id: $id, version: $v, name: "改名" }) { id } }`,
    vars: (a) => current(a, 'building', a.fx.buildingP1.id),
  },
  createUnit: {
    allowed: ['gm', 'pm'],
    query: `mutation($b: ID!, $n: String!) { createUnit(input: { buildingId: $b, number: $n }) { id } }`,
    vars: (a) => ({ b: a.fx.buildingP1.id, n: uniq() }),
  },
  updateUnit: {
    allowed: ['gm', 'pm'],
    query: `mutation($id: ID!, $v: Int!) { updateUnit(input: { id: $id, version: $v, floor: 2 }) { id } }`,
    vars: (a) => current(a, 'unit', a.fx.unitsP1[1]!.id),
  },
  createResident: {
    allowed: ['gm', 'pm', 'frontDesk', 'housekeeper'],
    query: `mutation($u: ID!) { createResident(input: { unitId: $u, name: "新住户", phone: "13800001111", kind: TENANT }) { id } }`,
    vars: (a) => ({ u: a.fx.unitsP1[2]!.id }),
  },
  updateResident: {
    allowed: ['gm', 'pm', 'frontDesk', 'housekeeper'],
    query: `mutation($id: ID!, $v: Int!) { updateResident(input: { id: $id, version: $v, name: "改名" }) { id } }`,
    vars: (a) => current(a, 'resident', a.fx.residentP1.id),
  },
  createStaffUser: {
    allowed: ['gm'],
    query: `mutation($e: String!, $p: ID!) { createStaffUser(input: { name: "新员工", email: $e, password: "Passw0rd!", roles: [{ role: WORKER, projectId: $p }] }) { id } }`,
    vars: (a) => ({ e: `${uniq()}@a.test`, p: a.fx.p1.id }),
  },
  updateStaffUser: {
    allowed: ['gm'],
    query: `mutation($id: ID!, $v: Int!) { updateStaffUser(input: { id: $id, version: $v, name: "改名" }) { id } }`,
    vars: (a) => current(a, 'staffUser', a.fx.users.housekeeper.id),
  },
  createApiKey: {
    allowed: ['gm'],
    query: `mutation { createApiKey(input: { name: "k", scopes: [ORDERS_READ] }) { secret } }`,
    vars: () => ({}),
  },
  catalogItems: { allowed: SIGNED_IN, query: `{ catalogItems { totalCount } }`, vars: () => ({}) },
  priceLists: { allowed: SIGNED_IN, query: `{ priceLists { totalCount } }`, vars: () => ({}) },
  priceList: { allowed: SIGNED_IN, query: `query($id: ID!) { priceList(id: $id) { id } }`, vars: () => ({ id: catalog.draftId }) },
  publishedPriceList: { allowed: SIGNED_IN, query: `query($p: ID!) { publishedPriceList(projectId: $p) { id } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  priceAt: { allowed: SIGNED_IN, query: `query($p: ID!, $i: ID!) { priceAt(projectId: $p, catalogItemId: $i) { entry { id } } }`, vars: (a) => ({ p: a.fx.p1.id, i: catalog.itemId }) },
  priceListDiff: { allowed: ['gm', 'pm'], query: `query($id: ID!) { priceListDiff(id: $id) { added { id } } }`, vars: () => ({ id: catalog.draftId }) },
  createCatalogItem: {
    allowed: ['gm'],
    query: `mutation($n: String!) { createCatalogItem(input: { category: "安装类", name: $n, unit: "台", kind: PAID, pricing: { mode: FIXED, priceFen: 5000 } }) { id } }`,
    vars: () => ({ n: uniq() }),
  },
  updateCatalogItem: {
    allowed: ['gm'],
    query: `mutation($id: ID!, $v: Int!) { updateCatalogItem(input: { id: $id, version: $v, unit: "次" }) { id } }`,
    vars: async (a) => {
      const r = await a.gql(`{ catalogItems(take: 100) { items { id version } } }`);
      const item = r.data!.catalogItems.items.find((i: { id: string }) => i.id === catalog.itemId);
      return { id: item.id, v: item.version };
    },
  },
  startPriceListDraft: { allowed: ['pm'], check: 'gate', query: `mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: TEMPLATE }) { id } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  addPriceListEntry: {
    allowed: ['pm'],
    check: 'gate',
    query: `mutation($l: ID!, $i: ID!) { addPriceListEntry(input: { priceListId: $l, catalogItemId: $i }) { id } }`,
    vars: () => ({ l: catalog.draftId, i: catalog.itemId }),
  },
  updatePriceListEntry: {
    allowed: ['pm'],
    check: 'gate',
    query: `mutation($id: ID!) { updatePriceListEntry(input: { id: $id, version: 1, pricing: { mode: FIXED, priceFen: 3000 } }) { id } }`,
    vars: () => ({ id: catalog.entryId }),
  },
  removePriceListEntry: { allowed: ['pm'], check: 'gate', query: `mutation($id: ID!) { removePriceListEntry(id: $id) }`, vars: () => ({ id: catalog.entryId }) },
  submitPriceList: { allowed: ['pm'], check: 'gate', query: `mutation($id: ID!) { submitPriceList(input: { id: $id, version: 1 }) { __typename } }`, vars: () => ({ id: catalog.draftId }) },
  revisePriceList: { allowed: ['pm'], check: 'gate', query: `mutation($id: ID!) { revisePriceList(input: { id: $id, version: 1 }) { id } }`, vars: () => ({ id: catalog.draftId }) },
  approvePriceList: { allowed: ['gm'], check: 'gate', query: `mutation($id: ID!) { approvePriceList(input: { id: $id, version: 1 }) { id } }`, vars: () => ({ id: catalog.draftId }) },
  rejectPriceList: { allowed: ['gm'], check: 'gate', query: `mutation($id: ID!) { rejectPriceList(input: { id: $id, version: 1, reason: "r" }) { id } }`, vars: () => ({ id: catalog.draftId }) },
  publishPriceList: { allowed: ['gm', 'pm'], check: 'gate', query: `mutation($id: ID!) { publishPriceList(input: { id: $id, version: 1 }) { id } }`, vars: () => ({ id: catalog.draftId }) },
  serviceOrders: { allowed: SIGNED_IN, query: `{ serviceOrders { totalCount } }`, vars: () => ({}) },
  serviceOrder: { allowed: SIGNED_IN, query: `query($id: ID!) { serviceOrder(id: $id) { id } }`, vars: () => ({ id: catalog.orderId }) },
  registerServiceOrder: {
    allowed: ['gm', 'pm', 'frontDesk', 'partner'],
    check: 'gate',
    query: `mutation($u: ID!) { registerServiceOrder(input: { unitId: $u, contactName: "张三", contactPhone: "13912345678", description: "漏水", channel: APP, serviceType: REPAIR, charge: PAID, urgency: EMERGENCY }) { id } }`,
    vars: (a) => ({ u: a.fx.unitsP1[0]!.id }),
  },
  ...Object.fromEntries(
    [
      ['quoteServiceOrder', 'QuoteServiceOrderInput', '{ id: $id, version: 1, lines: [] }'],
      ['recordConsent', 'ConsentInput', '{ id: $id, version: 1, method: IN_PERSON, consentBy: "张三" }'],
      ['declineServiceOrder', 'ReasonInput', '{ id: $id, version: 1 }'],
      ['dispatchServiceOrder', 'DispatchInput', '{ id: $id, version: 1, supervisorId: $id }'],
      ['assignServiceOrder', 'AssignInput', '{ id: $id, version: 1, workerId: $id }'],
      ['bookServiceOrder', 'BookInput', '{ id: $id, version: 1, start: "2030-01-01T01:00:00Z", end: "2030-01-01T02:00:00Z" }'],
      ['startServiceOrder', 'OrderStepInput', '{ id: $id, version: 1 }'],
      ['recordNoOneHome', 'NoOneHomeInput', '{ id: $id, version: 1, arrivedAt: "2030-01-01T01:00:00Z", note: "留言" }'],
      ['completeServiceOrder', 'CompleteInput', '{ id: $id, version: 1, rating: 5, minutesSpent: 10 }'],
      ['closeServiceOrder', 'OrderStepInput', '{ id: $id, version: 1 }'],
      ['cancelServiceOrder', 'CancelInput', '{ id: $id, version: 1, cancelledBy: "staff", reason: "r" }'],
      ['rejectServiceOrder', 'ReasonInput', '{ id: $id, version: 1, reason: "r" }'],
    ].map(([name, , input]) => [
      name,
      {
        // The policy gate (order.act); which step each role may take is the order lifecycle's rule, tested with the orders.
        allowed: ['gm', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'partner'] as P[],
        check: 'gate' as const,
        query: `mutation($id: ID!) { ${name}(input: ${input}) { id } }`,
        vars: () => ({ id: catalog.orderId }),
      },
    ]),
  ),
  payServiceOrder: {
    allowed: ['gm', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'partner'],
    check: 'gate',
    query: `mutation($id: ID!) { payServiceOrder(input: { id: $id, method: CASH, idempotencyKey: "matrix-key-1" }) { payment { id } } }`,
    vars: () => ({ id: catalog.orderId }),
  },
  endOfDayReview: {
    allowed: ['gm', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'partner'],
    query: `query($p: ID!) { endOfDayReview(projectId: $p) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  recordEndOfDayNote: {
    allowed: ['gm', 'pm', 'supervisor', 'frontDesk', 'worker', 'finance', 'partner'],
    check: 'gate',
    query: `mutation($id: ID!) { recordEndOfDayNote(input: { id: $id, reason: "等待配件", expectedFinishAt: "2099-01-01T00:00:00Z" }) { id } }`,
    vars: () => ({ id: catalog.orderId }),
  },
  requestMaterials: {
    allowed: ['gm', 'pm', 'supervisor', 'worker'],
    query: `mutation($id: ID!) { requestMaterials(input: { orderId: $id, citedOrderNumber: "X", lines: [{ name: "管", quantityMilli: 1000, unit: "米", unitCostFen: 100 }] }) { id } }`,
    vars: () => ({ id: catalog.orderId }),
  },
  signRequisition: {
    allowed: ['gm', 'pm', 'supervisor', 'worker'],
    check: 'gate',
    query: `mutation($id: ID!) { signRequisition(input: { id: $id, version: 1 }) { id } }`,
    vars: () => ({ id: catalog.requisitionId }),
  },
  issueRequisition: {
    allowed: ['gm', 'pm', 'supervisor', 'worker'],
    check: 'gate',
    query: `mutation($id: ID!) { issueRequisition(input: { id: $id, version: 1 }) { id } }`,
    vars: () => ({ id: catalog.requisitionId }),
  },
  monthlyStatements: {
    allowed: ['gm', 'pm', 'frontDesk', 'finance', 'housekeeper', 'partner'],
    query: `{ monthlyStatements { totalCount } }`,
    vars: () => ({}),
  },
  monthlyStatement: {
    allowed: ['gm', 'pm', 'frontDesk', 'finance', 'housekeeper', 'partner'],
    query: `query($id: ID!) { monthlyStatement(id: $id) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  prepareStatements: {
    allowed: ['gm', 'pm', 'finance'],
    query: `mutation($p: ID!) { prepareStatements(input: { projectId: $p, year: 2026, month: 1 }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  ...Object.fromEntries(
    (
      [
        ['issueStatement', ['gm', 'pm', 'finance']],
        ['markStatementPaid', ['gm', 'pm', 'finance']],
        ['confirmStatement', ['gm', 'pm', 'frontDesk', 'finance', 'housekeeper', 'partner']],
      ] as const
    ).map(([name, allowed]) => [
      name,
      { allowed: [...allowed] as P[], check: 'gate' as const, query: `mutation($id: ID!) { ${name}(input: { id: $id, version: 1 }) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
    ]),
  ),
  correctStatement: {
    allowed: ['gm', 'pm', 'finance'],
    check: 'gate',
    query: `mutation($id: ID!) { correctStatement(input: { statementId: $id, amountFen: 100, description: "x" }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  serviceAgreements: { allowed: SIGNED_IN, query: `{ serviceAgreements { totalCount } }`, vars: () => ({}) },
  createServiceAgreement: {
    allowed: ['gm', 'pm', 'frontDesk'],
    check: 'gate',
    query: `mutation($u: ID!, $r: ID!, $i: ID!) { createServiceAgreement(input: { unitId: $u, residentId: $r, catalogItemId: $i, description: "每周保洁", frequency: WEEKLY, weekday: "tue", time: "09:00", priceFen: 3000, startsAt: "2030-01-01T00:00:00Z" }) { id } }`,
    vars: (a) => ({ u: a.fx.unitsP1[0]!.id, r: a.fx.residentP1.id, i: catalog.itemId }),
  },
  approveServiceAgreement: {
    allowed: ['gm', 'pm'],
    check: 'gate',
    query: `mutation($id: ID!) { approveServiceAgreement(input: { id: $id, version: 1 }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  endServiceAgreement: {
    allowed: ['gm', 'pm'],
    check: 'gate',
    query: `mutation($id: ID!) { endServiceAgreement(input: { id: $id, version: 1 }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  complaints: { allowed: STAFF, query: `{ complaints { totalCount } }`, vars: () => ({}) },
  complaint: { allowed: STAFF, query: `query($id: ID!) { complaint(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  registerComplaint: {
    allowed: ['gm', 'pm', 'frontDesk', 'housekeeper', 'supervisor'],
    query: `mutation($p: ID!) { registerComplaint(input: { projectId: $p, contactName: "张三", contactPhone: "13912345678", description: "噪音", channel: "phone", category: 1, valid: true, severity: GENERAL, responsibleDepartment: SECURITY }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  ...Object.fromEntries(
    [
      ['stepComplaint', '{ id: $id, version: 1, action: ACCEPT }'],
      ['recordComplaintOnSite', '{ id: $id, version: 1 }'],
      ['recordComplaintFeedback', '{ id: $id, version: 1 }'],
      ['pauseComplaint', '{ id: $id, version: 1, reason: WAITING_ON_RESIDENT }'],
      ['agreeComplaintExtension', '{ id: $id, version: 1, milestone: ON_SITE, newDueAt: "2030-01-01T00:00:00Z" }'],
      ['stepSuggestion', '{ id: $id, version: 1, action: ADOPT, reason: "采纳" }'],
    ].map(([name, input]) => [
      name,
      {
        allowed: ['gm', 'pm', 'frontDesk', 'housekeeper', 'supervisor', 'engineering'] as P[],
        check: 'gate' as const,
        query: `mutation($id: ID!) { ${name}(input: ${input}) { id } }`,
        vars: () => ({ id: NO_SUCH_ID }),
      },
    ]),
  ),
  complaintStatistics: { allowed: STAFF, query: `{ complaintStatistics(year: 2026, month: 11) { total { complaints } } }`, vars: () => ({}) },
  complaintTrend: { allowed: STAFF, query: `{ complaintTrend(year: 2026, month: 11, months: 2) { complaints } }`, vars: () => ({}) },
  followUps: { allowed: STAFF, query: `{ followUps { totalCount } }`, vars: () => ({}) },
  recordFollowUp: {
    allowed: ['gm', 'pm', 'frontDesk', 'housekeeper', 'supervisor'],
    check: 'gate',
    query: `mutation($id: ID!) { recordFollowUp(input: { id: $id, version: 1, quality: SATISFIED, effect: SATISFIED, satisfaction: SATISFIED, residentConfirmed: true }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  planFollowUp: {
    allowed: ['gm', 'pm', 'frontDesk', 'housekeeper', 'supervisor'],
    check: 'gate',
    query: `mutation($p: ID!) { planFollowUp(input: { projectId: $p, subject: SPECIAL_INCIDENT, label: "停水", contactName: "张三", contactPhone: "13912345678", completedAt: "2026-11-20T02:00:00Z" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  nonconformities: { allowed: ['gm', 'pm', 'quality'], query: `{ nonconformities { totalCount } }`, vars: () => ({}) },
  closeNonconformity: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($id: ID!) { closeNonconformity(input: { id: $id, version: 1, correctiveAction: "整改" }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  companySettings: { allowed: STAFF, query: `{ companySettings { version complaintSla { onSiteClockHours } } }`, vars: () => ({}) },
  updateCompanySettings: {
    allowed: ['gm'],
    check: 'gate',
    query: `mutation { updateCompanySettings(input: { version: 0, repeat: { complaintWindowDays: 90, complaintThreshold: 2, repairWindowDays: 90, repairThreshold: 3 } }) { version } }`,
    vars: () => ({}),
  },
  setProjectWorkingHours: {
    allowed: ['gm'],
    check: 'gate',
    query: `mutation($id: ID!) { setProjectWorkingHours(input: { projectId: $id, version: 1 }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  itemPnl: { allowed: ['gm', 'pm', 'finance'], query: `{ itemPnl(filter: { fromMonth: "2026-01", toMonth: "2026-11" }) { month } }`, vars: () => ({}) },
  pnlOverview: { allowed: ['gm', 'pm', 'finance'], query: `{ pnlOverview(filter: { fromMonth: "2026-01", toMonth: "2026-11" }) { total { revenueFen } } }`, vars: () => ({}) },
  pnlReview: { allowed: ['gm', 'pm', 'finance'], query: `query($p: ID!) { pnlReview(projectId: $p, month: "2026-10") { lossStreak } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  pnlOrders: { allowed: ['gm', 'pm', 'finance'], query: `query($p: ID!) { pnlOrders(projectId: $p, itemId: $p, month: "2026-10") { totalCount } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  lossDecisions: { allowed: ['gm', 'pm', 'finance'], query: `{ lossDecisions { totalCount } }`, vars: () => ({}) },
  recordLossDecision: {
    allowed: ['pm'],
    check: 'gate',
    query: `mutation($p: ID!) { recordLossDecision(input: { projectId: $p, itemId: $p, month: "2026-10", kind: OTHER, reason: "r" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  decideLossDecision: {
    allowed: ['gm'],
    check: 'gate',
    query: `mutation($id: ID!) { decideLossDecision(input: { id: $id, version: 1, action: APPROVE }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  penaltyEntries: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ penaltyEntries { totalCount } }`, vars: () => ({}) },
  projectKpis: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `query($p: ID!) { projectKpis(projectId: $p, month: "2026-11") { kpi status } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  myPenaltyEntries: { allowed: STAFF, query: `{ myPenaltyEntries { totalCount } }`, vars: () => ({}) },
  monthlyScores: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `query($p: ID!) { monthlyScores(projectId: $p, month: "2026-11") { scores { score } } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  stepPenaltyEntry: {
    allowed: ['gm', 'pm', 'supervisor', 'quality'],
    check: 'gate',
    query: `mutation($id: ID!) { stepPenaltyEntry(input: { id: $id, version: 1, action: CONFIRM }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  recordPenalty: {
    allowed: ['gm', 'pm', 'supervisor', 'quality'],
    check: 'gate',
    query: `mutation($p: ID!, $u: ID!) { recordPenalty(input: { projectId: $p, userId: $u, rule: PROCEDURE_VIOLATION, occurredAt: "2026-11-20T02:00:00Z", note: "未按流程" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id, u: a.fx.users.worker.id }),
  },
  recordCommendation: {
    allowed: ['gm', 'pm', 'supervisor', 'quality'],
    check: 'gate',
    query: `mutation($p: ID!, $u: ID!) { recordCommendation(input: { projectId: $p, userId: $u, kind: RESIDENT_PRAISE, occurredAt: "2026-11-20T02:00:00Z", note: "业主来信表扬" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id, u: a.fx.users.worker.id }),
  },
  penaltyEntry: { allowed: STAFF, check: 'gate', query: `query($id: ID!) { penaltyEntry(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  myScorecard: { allowed: STAFF, query: `{ myScorecard(month: "2026-11") { scores { score } } }`, vars: () => ({}) },
  kpiDashboard: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ kpiDashboard(month: "2026-11", months: 2) { projects { projectId } } }`, vars: () => ({}) },
  kpiSettings: { allowed: STAFF, query: `{ kpiSettings { baseScore } }`, vars: () => ({}) },
  updateKpiSettings: { allowed: ['gm'], check: 'gate', query: `mutation { updateKpiSettings(input: { version: 0, baseScore: 100 }) { version } }`, vars: () => ({}) },
  inspectionChecklist: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ inspectionChecklist { id } }`, vars: () => ({}) },
  saveChecklistItem: {
    allowed: ['gm', 'quality'],
    query: `mutation($t: String!) { saveChecklistItem(input: { area: CLEANING, category: "环境卫生", title: $t, standard: "无垃圾" }) { id } }`,
    vars: () => ({ t: uniq() }),
  },
  inspectionPosts: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `query($p: ID!) { inspectionPosts(projectId: $p) { id } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  saveInspectionPost: {
    allowed: ['gm', 'pm', 'quality'],
    query: `mutation($p: ID!, $n: String!) { saveInspectionPost(input: { projectId: $p, area: SECURITY, name: $n }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id, n: uniq() }),
  },
  subcontractors: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ subcontractors { id } }`, vars: () => ({}) },
  saveSubcontractor: {
    allowed: ['gm', 'quality'],
    query: `mutation($n: String!) { saveSubcontractor(input: { name: $n, areas: [CLEANING] }) { id } }`,
    vars: () => ({ n: uniq() }),
  },
  inspections: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ inspections { totalCount } }`, vars: () => ({}) },
  inspection: { allowed: ['gm', 'pm', 'supervisor', 'quality'], check: 'gate', query: `query($id: ID!) { inspection(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  recordInspection: {
    allowed: ['gm', 'pm', 'supervisor', 'quality'],
    check: 'gate',
    query: `mutation($p: ID!, $i: ID!) { recordInspection(input: { projectId: $p, level: MONTHLY, area: ENGINEERING, findings: [{ checklistItemId: $i, result: PASS }] }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id, i: NO_SUCH_ID }),
  },
  inspectionPlan: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `query($p: ID!) { inspectionPlan(projectId: $p) { posts { postId } } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  subcontractorEvaluation: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ subcontractorEvaluation(from: "2026-01", to: "2026-11") { name } }`, vars: () => ({}) },
  inspectionFindings: { allowed: ['gm', 'pm', 'supervisor', 'quality'], query: `{ inspectionFindings { totalCount } }`, vars: () => ({}) },
  myInspectionFindings: { allowed: STAFF, query: `{ myInspectionFindings { totalCount } }`, vars: () => ({}) },
  stepInspectionFinding: {
    allowed: STAFF,
    check: 'gate',
    query: `mutation($id: ID!) { stepInspectionFinding(input: { id: $id, version: 1, action: ACKNOWLEDGE }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  inspectionReport: { allowed: ['gm', 'pm', 'quality'], query: `query($p: ID!) { inspectionReport(projectId: $p, month: "2026-11") { state } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  inspectionReports: { allowed: ['gm', 'pm', 'quality'], query: `{ inspectionReports { totalCount } }`, vars: () => ({}) },
  saveInspectionReport: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($p: ID!) { saveInspectionReport(input: { projectId: $p, month: "2026-10", version: 0, sections: { summary: "本月检查情况" } }) { version } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  stepInspectionReport: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($id: ID!) { stepInspectionReport(input: { id: $id, version: 1, action: SUBMIT }) { state } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  satisfactionSurveys: { allowed: ['gm', 'pm', 'quality', 'frontDesk', 'housekeeper'], query: `{ satisfactionSurveys { totalCount } }`, vars: () => ({}) },
  satisfactionSurvey: { allowed: ['gm', 'pm', 'quality', 'frontDesk', 'housekeeper'], check: 'gate', query: `query($id: ID!) { satisfactionSurvey(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  surveyPeriodStatus: { allowed: ['gm', 'pm', 'quality', 'frontDesk', 'housekeeper'], query: `query($p: ID!) { surveyPeriodStatus(projectId: $p) { period } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  createSatisfactionSurvey: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($p: ID!) { createSatisfactionSurvey(input: { projectId: $p, period: "2024", distributed: 50, opensOn: "2024-06-01", closesOn: "2024-06-30" }) { id } }`,
    vars: (a) => ({ p: a.fx.p1.id }),
  },
  updateSatisfactionSurvey: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($id: ID!) { updateSatisfactionSurvey(input: { id: $id, version: 1, distributed: 60 }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  submitSurveyResponse: {
    allowed: ['gm', 'pm', 'quality', 'frontDesk', 'housekeeper'],
    check: 'gate',
    query: `mutation($s: ID!, $u: ID!) { submitSurveyResponse(input: { surveyId: $s, unitId: $u, answers: [{ item: "cleaning", level: 5 }] }) { id } }`,
    vars: (a) => ({ s: NO_SUCH_ID, u: a.fx.unitsP1[0]!.id }),
  },
  saveSurveyAction: {
    allowed: ['gm', 'pm', 'quality'],
    check: 'gate',
    query: `mutation($s: ID!, $o: ID!) { saveSurveyAction(input: { surveyId: $s, action: "增加保洁频次", ownerId: $o, deadline: "2099-01-31" }) { id } }`,
    vars: (a) => ({ s: NO_SUCH_ID, o: a.fx.users.pm.id }),
  },
  completeSurveyAction: {
    allowed: ['gm', 'pm', 'quality', 'frontDesk', 'housekeeper'],
    check: 'gate',
    query: `mutation($id: ID!) { completeSurveyAction(input: { id: $id, version: 1, note: "已完成" }) { id } }`,
    vars: () => ({ id: NO_SUCH_ID }),
  },
  housekeeperAppraisals: { allowed: ['gm', 'pm', 'quality'], query: `query($p: ID!) { housekeeperAppraisals(projectId: $p, month: "2026-11") { userId } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  myAppraisals: { allowed: STAFF, query: `{ myAppraisals { month } }`, vars: () => ({}) },
  saveHousekeeperAppraisal: {
    allowed: ['gm', 'pm'],
    check: 'gate',
    query: `mutation($p: ID!, $u: ID!) { saveHousekeeperAppraisal(input: { projectId: $p, userId: $u, month: "2026-10", version: 0, scores: [{ dimension: ATTITUDE, score: 90 }] }) { version } }`,
    vars: (a) => ({ p: a.fx.p1.id, u: a.fx.users.housekeeper.id }),
  },
  assignBlockHousekeeper: {
    allowed: ['gm', 'pm'],
    check: 'gate',
    query: `mutation($b: ID!, $u: ID!) { assignBlockHousekeeper(input: { buildingId: $b, version: 999, housekeeperId: $u }) { id } }`,
    vars: (a) => ({ b: a.fx.buildingP1.id, u: a.fx.users.housekeeper.id }),
  },
  vacantUnits: { allowed: ['gm', 'pm', 'quality', 'housekeeper'], query: `query($p: ID!) { vacantUnits(projectId: $p, month: "2026-11") { unitId } }`, vars: (a) => ({ p: a.fx.p1.id }) },
  recordVacantUnitCheck: {
    allowed: ['gm', 'pm', 'housekeeper'],
    check: 'gate',
    query: `mutation($u: ID!) { recordVacantUnitCheck(input: { unitId: $u, note: "门窗完好" }) { id } }`,
    vars: (a) => ({ u: a.fx.unitsP1[0]!.id }),
  },
  payments: { allowed: SIGNED_IN, query: `{ payments { totalCount } }`, vars: () => ({}) },
  materialRequisitions: { allowed: ['gm', 'pm', 'supervisor', 'worker'], query: `{ materialRequisitions { totalCount } }`, vars: () => ({}) },
  depositAccounts: { allowed: ['gm', 'pm', 'frontDesk', 'finance'], query: `{ depositAccounts { totalCount } }`, vars: () => ({}) },
  depositAccount: { allowed: ['gm', 'pm', 'frontDesk', 'finance'], query: `query($id: ID!) { depositAccount(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  myNotifications: { allowed: STAFF, query: `{ myNotifications { totalCount } }`, vars: () => ({}) },
  unreadNotificationCount: { allowed: STAFF, query: `{ unreadNotificationCount }`, vars: () => ({}) },
  markNotificationsRead: { allowed: STAFF, query: `mutation { markNotificationsRead }`, vars: () => ({}) },
  topUpDeposit: {
    allowed: ['gm', 'pm', 'frontDesk', 'finance'],
    query: `mutation($r: ID!) { topUpDeposit(input: { residentId: $r, amountFen: 100 }) { balanceFen } }`,
    vars: (a) => ({ r: a.fx.residentP1.id }),
  },
  refundDeposit: {
    allowed: ['gm', 'pm', 'frontDesk', 'finance'],
    query: `mutation($r: ID!) { refundDeposit(input: { residentId: $r, amountFen: 1 }) { balanceFen } }`,
    vars: (a) => ({ r: a.fx.residentP1.id }),
  },
  rotateApiKey: {
    allowed: ['gm'],
    query: `mutation($id: ID!) { rotateApiKey(input: { id: $id }) { secret } }`,
    vars: async (a) => {
      const r = await a.gql(`mutation { createApiKey(input: { name: "to-rotate", scopes: [ORDERS_READ] }) { apiKey { id } } }`);
      return { id: r.data!.createApiKey.apiKey.id };
    },
  },
  revealPhone: {
    allowed: PERSONAL_DATA,
    query: `mutation($id: ID!) { revealPhone(input: { subject: RESIDENT, id: $id }) { phone } }`,
    vars: (a) => ({ id: a.fx.residentP1.id }),
  },
  // Webhook endpoints: the GM for every key; a partner key for its own (which key is the service's rule, tested with webhooks).
  webhookEndpoints: { allowed: ['gm', 'partner'], query: `{ webhookEndpoints { totalCount } }`, vars: () => ({}) },
  webhookEndpoint: { allowed: ['gm', 'partner'], query: `query($id: ID!) { webhookEndpoint(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  webhookDeliveries: { allowed: ['gm', 'partner'], check: 'gate', query: `query($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }`, vars: () => ({ id: NO_SUCH_ID }) },
  createWebhookEndpoint: {
    allowed: ['gm', 'partner'],
    query: `mutation($k: ID) { createWebhookEndpoint(input: { apiKeyId: $k, url: "https://partner.example.com/hooks", events: [ORDER_COMPLETED] }) { secret } }`,
    vars: (a) => ({ k: a.fx.partnerKey.entity.id }),
  },
  ...Object.fromEntries(
    [
      ['updateWebhookEndpoint', '{ id: $id, version: 1, enabled: false }'],
      ['rotateWebhookSecret', '{ id: $id, version: 1 }'],
    ].map(([name, input]) => [
      name,
      { allowed: ['gm', 'partner'] as P[], check: 'gate' as const, query: `mutation($id: ID!) { ${name}(input: ${input}) { __typename } }`, vars: () => ({ id: NO_SUCH_ID }) },
    ]),
  ),
  resendWebhookDelivery: { allowed: ['gm', 'partner'], check: 'gate', query: `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id } }`, vars: () => ({ id: NO_SUCH_ID }) },
  revokeApiKey: {
    allowed: ['gm'],
    query: `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
    vars: async (a) => {
      const r = await a.gql(`mutation { createApiKey(input: { name: "to-revoke", scopes: [ORDERS_READ] }) { apiKey { id } } }`);
      return { id: r.data!.createApiKey.apiKey.id };
    },
  },
};

/** Reads the current version as the GM, so each call is a valid, fresh edit. */
async function current(app: TestApp, field: string, id: string) {
  const r = await app.gql(`query($id: ID!) { ${field}(id: $id) { version } }`, { id });
  return { id, v: r.data![field].version };
}

let app: TestApp;
/** A template item and a P1 draft with one entry, for the catalog operations. */
const catalog = { itemId: '', draftId: '', entryId: '', orderId: '', requisitionId: '' };
beforeAll(async () => {
  app = await createTestApp();
  const item = await app.gql(`mutation { createCatalogItem(input: { category: "水电类", name: "疏通下水", unit: "次", kind: PAID, pricing: { mode: FIXED, priceFen: 3000 } }) { id } }`);
  catalog.itemId = item.data!.createCatalogItem.id;
  const draft = await app.gql(`mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: TEMPLATE }) { id entries { id } } }`, { p: app.fx.p1.id }, { as: 'pm' });
  catalog.draftId = draft.data!.startPriceListDraft.id;
  catalog.entryId = draft.data!.startPriceListDraft.entries[0].id;
  const order = await app.gql(
    `mutation($u: ID!) { registerServiceOrder(input: { unitId: $u, contactName: "张三", contactPhone: "13912345678", description: "漏水", channel: PHONE, serviceType: REPAIR, charge: PAID, urgency: EMERGENCY }) { id } }`,
    { u: app.fx.unitsP1[0]!.id },
  );
  catalog.orderId = order.data!.registerServiceOrder.id;
  const requisition = await app.gql(
    `mutation($id: ID!) { requestMaterials(input: { orderId: $id, citedOrderNumber: "X", lines: [{ name: "管", quantityMilli: 1000, unit: "米", unitCostFen: 100 }] }) { id } }`,
    { id: catalog.orderId },
  );
  catalog.requisitionId = requisition.data!.requestMaterials.id;
});

/** The policy's own refusal, as opposed to a finer rule's (e.g. the order lifecycle's role check). */
const GATE_MESSAGE = 'You are not allowed to do this';
const deniedByGate = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => {
  const e = res.errors?.[0]?.extensions;
  return e?.code === 'UNAUTHENTICATED' || (e?.code === 'FORBIDDEN' && e?.messages?.en === GATE_MESSAGE);
};
afterAll(() => app?.close());

describe('authorization matrix', () => {
  it('covers every query and mutation in the schema', async () => {
    const schema = await createSchema();
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    expect(Object.keys(CASES).sort()).toEqual(fields);
  });

  const rows = Object.entries(CASES).flatMap(([op, c]) => PRINCIPALS.map((p) => [op, p, c.allowed.includes(p)] as const));
  it.each(rows)('%s as %s → allowed: %s', async (op, principal, allowed) => {
    const c = CASES[op]!;
    const res = await app.gql(c.query, await c.vars(app), { as: principal as As });
    const code = codeOf(res);
    if (allowed && c.check === 'gate') {
      expect(deniedByGate(res), JSON.stringify(res.errors)).toBe(false);
    } else if (allowed) {
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    } else {
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code);
      expect(code).toBe(principal === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(deniedByGate(res)).toBe(true);
    }
  });
});

/**
 * docs/partner-api.md lists, per scope, the operations a key with that scope opens. Each scope is
 * tried alone, on a key of project P1, against every operation above: the gate must open exactly
 * the documented ones (plus those every key opens), so the table cannot drift from the policy.
 */
function documentedScopes(): Map<string, Set<string>> {
  const doc = readFileSync(new URL('../../../docs/partner-api.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Scopes'));
  if (!section) throw new Error('docs/partner-api.md has no "## Scopes" section');
  const table = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const cells = /^\|\s*(`[a-z:]+`|every key)\s*\|([^|]*)\|/.exec(line);
    if (cells) table.set(cells[1]!.replace(/`/g, ''), new Set([...cells[2]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!)));
  }
  return table;
}

describe('partner scopes as docs/partner-api.md lists them', () => {
  const documented = documentedScopes();
  const tokens = new Map<ApiScope, string>();
  beforeAll(async () => {
    for (const scope of API_SCOPES) {
      const input = { name: `only ${scope}`, scopes: [scope.replace(':', '_').toUpperCase()], projectId: app.fx.p1.id };
      const r = await app.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: input });
      tokens.set(scope, r.data!.createApiKey.secret);
    }
  });

  it('has a row for every scope and names only operations that exist', () => {
    expect([...documented.keys()].sort()).toEqual([...API_SCOPES, 'every key'].sort());
    for (const ops of documented.values()) for (const op of ops) expect(Object.keys(CASES)).toContain(op);
  });

  // Operations open to anyone (signing in) are not a scope's business.
  const keyed = Object.entries(CASES).filter(([, c]) => !c.allowed.includes('anonymous'));
  it.each(API_SCOPES)('a key with only %s opens exactly its documented operations', async (scope) => {
    const opened: string[] = [];
    for (const [op, c] of keyed) {
      const res = await app.gql(c.query, await c.vars(app), { as: { token: tokens.get(scope)! } });
      if (!deniedByGate(res)) opened.push(op);
    }
    const expected = [...(documented.get(scope) ?? []), ...(documented.get('every key') ?? [])];
    expect(opened.sort()).toEqual([...new Set(expected)].sort());
  });
});

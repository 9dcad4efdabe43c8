import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addLocalDays,
  addMonths,
  appealDeadline,
  DEFAULT_SURVEY_ITEMS,
  inspectionMonthFigures,
  inspectionPeriodKey,
  NONCONFORMITY_CLASS_LABELS,
  orderBreachResponsible,
  proposePenalties,
  shanghaiDate,
  shanghaiInstant,
  shanghaiMonthKey,
  shanghaiWeekday,
  trailingMonths,
  type Department,
  type FindingState,
  type InspectionLevel,
  type KpiEvent,
  type MonthKey,
  type NonconformityClass,
  type PenaltyState,
  type SatisfactionLevel,
} from '@wuye/domain';
import type { DataCtx } from '../../context.js';
import { newId } from '../ids.js';
import { HousekeeperAppraisal } from '../../modules/appraisals/housekeeper-appraisal.entity.js';
import { AppraisalsService } from '../../modules/appraisals/appraisals.service.js';
import { VacantUnitCheck } from '../../modules/appraisals/vacant-unit-check.entity.js';
import { Complaint } from '../../modules/complaints/complaint.entity.js';
import { ChecklistItem } from '../../modules/inspections/checklist-item.entity.js';
import { InspectionSetupService } from '../../modules/inspections/inspection-setup.service.js';
import { InspectionPost } from '../../modules/inspections/inspection-post.entity.js';
import { InspectionReport } from '../../modules/inspections/inspection-report.entity.js';
import { Inspection, InspectionFinding, type FindingStep } from '../../modules/inspections/inspection.entity.js';
import { Subcontractor } from '../../modules/inspections/subcontractor.entity.js';
import { Commendation, PenaltyEntry, type PenaltyStep } from '../../modules/kpi/penalty-entry.entity.js';
import { ProjectKpisService } from '../../modules/kpi/project-kpis.service.js';
import { ServiceOrder } from '../../modules/orders/service-order.entity.js';
import { Building } from '../../modules/projects/building.entity.js';
import type { Project } from '../../modules/projects/project.entity.js';
import { Unit } from '../../modules/projects/unit.entity.js';
import type { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { departmentIn } from '../../modules/staff/staff.service.js';
import { SatisfactionSurvey, SurveyAction, SurveyResponse } from '../../modules/surveys/survey.entity.js';
import type { Rng } from './random.js';

type Row<T> = Record<string, unknown> & Partial<T>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface QualityInput {
  em: EntityManager;
  r: Rng;
  now: Date;
  projects: Project[];
  users: StaffUser[];
}

/** Posts the daily inspection covers, in the areas that have a team leader in the demo. */
const POSTS: Array<{ area: Department; name: string }> = [
  { area: 'engineering', name: '配电房' },
  { area: 'engineering', name: '水泵房' },
  { area: 'cleaning', name: '大堂及电梯厅' },
  { area: 'cleaning', name: '地下车库' },
  { area: 'customer_service', name: '客服中心' },
];

const SUBCONTRACTORS: Array<{ name: string; areas: Department[]; contact: string }> = [
  { name: '洁美保洁服务有限公司', areas: ['cleaning'], contact: '陈经理 13800138001' },
  { name: '绿源园林绿化有限公司', areas: ['greening'], contact: '林经理 13800138002' },
  { name: '安盾保安服务有限公司', areas: ['security'], contact: '赵队长 13800138003' },
];

const PROBLEMS: Record<Department, string[]> = {
  engineering: ['巡检记录缺页', '设备房有积水', '灭火器压力不足', '维修单无业主签字', '水箱未加锁'],
  cleaning: ['楼道有垃圾未清', '电梯轿厢有污渍', '垃圾桶溢满', '作业未放警示牌'],
  customer_service: ['来电登记缺电话', '回访记录未签字', '公示价目表未更新', '前台脱岗'],
  greening: ['草坪杂草较多', '枯枝未清理', '浇灌记录缺失'],
  security: ['门岗未登记访客', '巡更点漏签', '消防通道堆放杂物', '执勤着装不规范'],
};

const OBJECTIVE_REASONS = ['配件缺货，厂家延迟到货', '业主临时改约', '暴雨天气无法施工', '停电影响作业'];
const APPEAL_GROUNDS = ['业主误会，实际已按时上门', '延误系配件缺货，非本人原因', '评价针对的是收费标准，不是维修质量'];

/**
 * Twelve months of quality work for the demo (README §7), consistent with the demo orders and
 * complaints: housekeepers' blocks; posts, subcontractors and the default checklist; daily,
 * weekly, monthly and half-yearly inspections with findings and their corrective actions (older
 * ones verified, recent ones still moving, a few overdue); approved monthly reports and the last
 * month's awaiting the GM; two satisfaction surveys per project with improvement actions;
 * penalty entries proposed by the same rules the API runs (dissatisfied sign-offs, missed order
 * deadlines, complaints about a service), judged, dismissed and appealed; commendations; final
 * housekeeper appraisals; and the KPI month rollup, so the dashboard opens at once.
 */
export async function seedQualityHistory({ em, r, now, projects, users }: QualityInput): Promise<void> {
  const companyId = projects[0]!.companyId;
  await new InspectionSetupService().ensureChecklist(em, companyId);
  const checklist = await em.find(ChecklistItem, { companyId }, { filters: false, orderBy: { sort: 'asc' } });
  const subs = SUBCONTRACTORS.map((s) => em.create(Subcontractor, { companyId, ...s }));
  const gm = users.find((u) => u.email?.startsWith('gm@'))!;
  const quality = users.find((u) => u.email?.startsWith('quality@'))!;

  const inspections: Row<Inspection>[] = [];
  const findings: Row<InspectionFinding>[] = [];
  const today = shanghaiDate(now);
  const start = addLocalDays(today, -365);

  for (const project of projects) {
    const staff = (prefix: string) => users.find((u) => u.email?.startsWith(prefix) && u.roles.some((a) => a.projectId === project.id))!;
    const pm = staff('pm');
    // The repair worker is "a", the cleaner "b" (organisation seed).
    const worker = (login: RegExp) => users.find((u) => login.test(u.email ?? '') && u.roles.some((a) => a.projectId === project.id)) ?? null;
    const supervisor: Partial<Record<Department, StaffUser>> = { engineering: staff('eng-sup'), cleaning: staff('clean-sup'), customer_service: staff('cs-sup') };
    const responsibleFor = (area: Department): { user: StaffUser | null; sub: Subcontractor | null } => {
      if (area === 'engineering') return { user: worker(/^worker\d+a@/), sub: null };
      if (area === 'cleaning') return r.chance(0.7) ? { user: null, sub: subs[0]! } : { user: worker(/^worker\d+b@/), sub: null };
      if (area === 'customer_service') return { user: staff('desk'), sub: null };
      return { user: null, sub: area === 'greening' ? subs[1]! : subs[2]! };
    };

    // The housekeeper's block is every building of the project (one housekeeper each in the demo).
    const keeper = staff('keeper');
    await em.nativeUpdate(Building, { projectId: project.id }, { housekeeperId: keeper.id }, { filters: false });

    await seedVacantChecks(em, r, now, project, keeper);
    const posts = POSTS.map((p) => em.create(InspectionPost, { companyId, projectId: project.id, area: p.area, name: p.name, since: start }));
    const inspect = (level: InspectionLevel, area: Department, at: Date, inspector: StaffUser, postId: string | null, checked: number, rate: number) => {
      const id = newId();
      const items = checklist.filter((i) => i.area === area);
      const chosen = [...items].sort(() => r.next() - 0.5).slice(0, Math.min(checked, items.length));
      let bad = 0;
      for (const item of chosen) {
        const nonconforming = r.chance(rate);
        const row: Row<InspectionFinding> = {
          id: newId(), companyId, projectId: project.id, inspectionId: id, checklistItemId: item.id, area, category: item.category, itemTitle: item.title,
          result: nonconforming ? 'nonconformity' : 'pass', inspectorId: inspector.id, inspectedAt: at, state: null, steps: [], createdAt: at, updatedAt: at, version: 1,
        };
        if (nonconforming) {
          bad++;
          Object.assign(row, correctiveHistory(r, now, at, area, inspector, responsibleFor(area), supervisor[area] ?? pm));
        }
        findings.push(row);
      }
      inspections.push({ id, companyId, projectId: project.id, level, area, postId, inspectorId: inspector.id, inspectedAt: at, period: inspectionPeriodKey(level, at), note: null, nonconformities: bad, createdAt: at, updatedAt: at });
    };

    for (let day = start; day <= today; day = addLocalDays(day, 1)) {
      const weekday = shanghaiWeekday(day);
      const at = (hour: number) => new Date(Math.min(now.getTime() - HOUR, shanghaiInstant(day).getTime() + hour * HOUR + r.int(0, 50) * 60_000));
      if (at(9).getTime() >= now.getTime() - HOUR) break;
      // Daily checks: every post on Monday, Wednesday and Friday, by its team leader.
      if (weekday === 'mon' || weekday === 'wed' || weekday === 'fri') {
        for (const post of posts) if (r.chance(0.96)) inspect('daily', post.area, at(9), supervisor[post.area] ?? pm, post.id, 2, 0.05);
      }
      // Weekly: each department on Tuesday by its manager (the PM for security and greening); now and then one is missed.
      if (weekday === 'tue') {
        for (const area of ['engineering', 'cleaning', 'customer_service', 'security', 'greening'] as const) {
          if (r.chance(0.94)) inspect('weekly', area, at(14), supervisor[area] ?? pm, null, 3, 0.12);
        }
      }
      // Monthly: the project manager on the 20th (two areas), quality in alternate months; head office in June and December.
      if (day.endsWith('-20')) {
        inspect('monthly', r.pick(['security', 'greening'] as const), at(10), pm, null, 4, 0.2);
        inspect('monthly', r.pick(['engineering', 'cleaning', 'customer_service'] as const), at(15), pm, null, 4, 0.2);
        if (Number(day.slice(5, 7)) % 2 === 0) inspect('monthly', r.pick(['cleaning', 'engineering'] as const), at(11), quality, null, 5, 0.2);
      }
      if (day.endsWith('-06-25') || day.endsWith('-12-05')) inspect('half_yearly_audit', r.pick(['engineering', 'security'] as const), at(10), quality, null, 5, 0.25);
    }

    seedSurveys(em, r, now, project, await em.find(Unit, { projectId: project.id }, { filters: false }), pm, staff('desk'), staff('clean-sup'));
  }
  await em.insertMany(Inspection, inspections as never[]);
  await em.insertMany(InspectionFinding, findings as never[]);

  seedReports(em, now, projects, inspections, findings, users, gm);
  await em.flush();
  await seedPenalties(em, r, now, projects, users, findings);
  await em.flush();
}

/**
 * What is derived from the history rather than written by it: final housekeeper appraisals and the
 * KPI months. Run once the history is committed, through the same services the API uses.
 */
export async function seedDerivedQuality(ctx: DataCtx, r: Rng, projects: Project[], users: StaffUser[]): Promise<void> {
  await seedAppraisals(ctx, r, projects, users);
  await ctx.em.flush();
  await new ProjectKpisService().refresh(ctx, projects, trailingMonths(addMonths(shanghaiMonthKey(ctx.now), -1), 12));
}

/** Vacant units checked by the block's housekeeper once a month or so; now and then a month is missed. */
async function seedVacantChecks(em: EntityManager, r: Rng, now: Date, project: Project, keeper: StaffUser) {
  const vacant = await em.execute<{ id: string }[]>(
    `select u.id from unit u where u.project_id = ? and not exists (select 1 from resident r where r.unit_id = u.id and r.active) order by u.number`,
    [project.id],
  );
  const rows: Row<VacantUnitCheck>[] = [];
  for (const { id } of vacant) {
    for (const month of trailingMonths(shanghaiMonthKey(now), 12)) {
      const at = shanghaiInstant(`${month}-${String(r.int(3, 24)).padStart(2, '0')}`);
      if (at.getTime() > now.getTime() || r.chance(0.06)) continue;
      const problem = r.chance(0.08);
      rows.push({ id: newId(), companyId: project.companyId, projectId: project.id, unitId: id, checkedById: keeper.id, checkedAt: new Date(at.getTime() + 10 * HOUR), note: problem ? '卫生间返潮，已通知业主' : '门窗、水电完好，无异味', problemFound: problem, createdAt: at, updatedAt: at });
    }
  }
  if (rows.length) await em.insertMany(VacantUnitCheck, rows as never[]);
}

/** Where a nonconformity stands today, given its age: older ones verified, recent ones on their way. */
function correctiveHistory(
  r: Rng,
  now: Date,
  at: Date,
  area: Department,
  inspector: StaffUser,
  responsible: { user: StaffUser | null; sub: Subcontractor | null },
  lead: StaffUser,
): Row<InspectionFinding> {
  const cls: NonconformityClass = r.chance(0.1) ? 'serious' : r.chance(0.45) ? 'general' : 'minor';
  const age = (now.getTime() - at.getTime()) / DAY;
  const owner = responsible.user ?? lead;
  const steps: FindingStep[] = [];
  const step = (action: string, from: string | null, to: FindingState, when: Date, who: StaffUser, note: string | null = null) =>
    steps.push({ at: when.toISOString(), action, fromState: from, toState: to, actorName: who.name, note });
  const before = (t: Date) => new Date(Math.min(t.getTime(), now.getTime() - HOUR));
  const row: Row<InspectionFinding> = {
    nonconformityClass: cls,
    description: `${r.pick(PROBLEMS[area])}（${NONCONFORMITY_CLASS_LABELS[cls].zh}）`,
    photoRef: r.chance(0.6) ? `oss://inspections/${shanghaiDate(at)}/${newId().slice(-8)}.jpg` : null,
    responsibleUserId: responsible.user?.id ?? null,
    subcontractorId: responsible.sub?.id ?? null,
  };
  step('record', null, 'open', at, inspector);
  let state: FindingState = 'open';
  if (age < 1) return { ...row, state, steps };
  const acknowledgedAt = before(new Date(at.getTime() + r.int(1, 20) * HOUR));
  step('acknowledge', 'open', 'acknowledged', acknowledgedAt, responsible.user ?? lead);
  state = 'acknowledged';
  if (age < 2 && r.chance(0.5)) return { ...row, state, steps, acknowledgedAt, acknowledgedById: (responsible.user ?? lead).id };
  const deadline = addLocalDays(shanghaiDate(acknowledgedAt), r.int(3, 7));
  const action = { engineering: '立即整改并纳入每日巡检', cleaning: '加强保洁频次并复查', customer_service: '重新培训并落实登记制度', greening: '安排养护并补记录', security: '约谈班组并加强巡查' }[area];
  step('plan_action', 'acknowledged', 'correcting', acknowledgedAt, inspector, action);
  state = 'correcting';
  const done = { ...row, acknowledgedAt, acknowledgedById: (responsible.user ?? lead).id, correctiveAction: action, actionOwnerId: owner.id, actionDeadline: deadline };
  // Most are done on time, some late, a few not at all (overdue).
  const outcome = age > 14 ? (r.chance(0.9) ? 'on_time' : r.chance(0.7) ? 'late' : 'open') : r.chance(0.55) ? 'on_time' : 'open';
  if (outcome === 'open') return { ...done, state, steps };
  const dueAt = shanghaiInstant(addLocalDays(deadline, 1)).getTime();
  const completedAt = before(new Date(outcome === 'on_time' ? Math.min(dueAt - 2 * HOUR, acknowledgedAt.getTime() + r.int(12, 60) * HOUR) : dueAt + r.int(4, 60) * HOUR));
  if (completedAt.getTime() <= acknowledgedAt.getTime()) return { ...done, state, steps };
  step('complete_action', 'correcting', 'awaiting_verification', completedAt, owner, '已整改');
  state = 'awaiting_verification';
  const verifiedAt = new Date(completedAt.getTime() + r.int(4, 40) * HOUR);
  if (verifiedAt.getTime() > now.getTime() - HOUR) return { ...done, state, steps, actionCompletedAt: completedAt, completionNote: '已整改' };
  step('verify', 'awaiting_verification', 'verified', verifiedAt, inspector);
  return { ...done, state: 'verified', steps, actionCompletedAt: completedAt, completionNote: '已整改', verifiedAt, verifiedById: inspector.id };
}

/** Monthly reports: approved by the GM for the closed months; last month's submitted at the first project, drafts elsewhere. */
function seedReports(em: EntityManager, now: Date, projects: Project[], inspections: Row<Inspection>[], findings: Row<InspectionFinding>[], users: StaffUser[], gm: StaffUser) {
  const current = shanghaiMonthKey(now);
  const lastMonth = addMonths(current, -1);
  for (const [p, project] of projects.entries()) {
    const pm = users.find((u) => u.email?.startsWith('pm') && u.roles.some((a) => a.projectId === project.id))!;
    const mine = inspections.filter((i) => i.projectId === project.id);
    const ids = new Set(mine.map((i) => i.id));
    for (const month of trailingMonths(lastMonth, 11)) {
      const figures = inspectionMonthFigures({
        month,
        inspections: mine.map((i) => ({ inspectionId: i.id!, level: i.level!, area: i.area!, at: i.inspectedAt! })),
        findings: findings
          .filter((f) => ids.has(f.inspectionId as string))
          .map((f) => ({
            inspectionId: f.inspectionId as string,
            area: f.area as Department,
            category: f.category as string,
            result: f.result as 'pass' | 'nonconformity',
            nonconformityClass: (f.nonconformityClass as NonconformityClass | undefined) ?? null,
            subcontractorId: (f.subcontractorId as string | undefined) ?? null,
            correctiveAction: f.actionDeadline ? { deadline: f.actionDeadline as string, completedAt: (f.actionCompletedAt as Date | undefined) ?? null } : null,
          })),
        now,
      });
      const top = figures.pareto.filter((x) => x.vital).map((x) => x.category).join('、') || '无';
      const levels = `日检 ${figures.inspections.daily} 次、周检 ${figures.inspections.weekly} 次、月检 ${figures.inspections.monthly} 次`;
      const sections = {
        timeAndMethod: `${month} 全月；${levels}，现场检查结合记录抽查`,
        summary: `共检查 ${figures.itemsChecked} 项，合格 ${figures.passed} 项，不合格 ${figures.nonconformities} 项`,
        keyProblems: figures.byClass.serious > 0 ? `严重不合格 ${figures.byClass.serious} 项，已责成限期整改` : '无严重不合格项',
        analysis: `主要问题集中在：${top}（累计占比达 80%）`,
        suggestions: `针对${top}加强班组日检与培训；分包方问题纳入月度评价`,
      };
      const submittedAt = shanghaiInstant(`${addMonths(month, 1)}-04`);
      const base = { companyId: project.companyId, projectId: project.id, month };
      if (month === lastMonth && p > 0) {
        em.create(InspectionReport, { ...base, sections: { timeAndMethod: sections.timeAndMethod, summary: sections.summary } });
        continue;
      }
      const submitStep = { at: submittedAt.toISOString(), action: 'submit', fromState: 'draft', toState: 'submitted', actorName: pm.name, note: null };
      if (month === lastMonth || submittedAt.getTime() > now.getTime()) {
        em.create(InspectionReport, { ...base, sections, state: 'submitted', submittedById: pm.id, submittedAt, steps: [submitStep] as never });
        continue;
      }
      const approvedAt = new Date(submittedAt.getTime() + 2 * DAY);
      em.create(InspectionReport, {
        ...base,
        sections,
        state: 'approved',
        submittedById: pm.id,
        submittedAt,
        approvedById: gm.id,
        approvedAt,
        approvedFigures: figures,
        steps: [submitStep, { at: approvedAt.toISOString(), action: 'approve', fromState: 'submitted', toState: 'approved', actorName: gm.name, note: null }] as never,
      });
    }
  }
}

const LEVEL_WEIGHTS: Array<[SatisfactionLevel, number]> = [[5, 0.46], [4, 0.42], [3, 0.08], [2, 0.03], [1, 0.01]];
/** Items residents are harder on (README §7 items; cleaning and repairs draw most comments). */
const ITEM_BIAS: Record<string, number> = { cleaning: -0.12, repair_service: -0.08, public_facilities: -0.05, service_attitude: 0.05 };
const COMMENTS = ['楼道卫生需要加强', '维修响应可以再快一些', '希望增加夜间巡逻', '绿化养护很好', '客服态度热情', '地下车库照明不足', '电梯故障较多'];

function level(r: Rng, bias: number): SatisfactionLevel {
  let x = r.next() - bias;
  for (const [l, w] of LEVEL_WEIGHTS) {
    if (x < w) return l;
    x -= w;
  }
  return 1;
}

/** Last year's survey (closed) and this year's (closed once its month is over), with improvement actions. */
function seedSurveys(em: EntityManager, r: Rng, now: Date, project: Project, units: Unit[], pm: StaffUser, desk: StaffUser, cleanSup: StaffUser) {
  const year = Number(shanghaiDate(now).slice(0, 4));
  for (const y of [year - 1, year]) {
    const opensOn = `${y}-11-01`;
    if (shanghaiInstant(opensOn).getTime() > now.getTime()) continue;
    const closesOn = `${y}-11-30`;
    const open = shanghaiInstant(addLocalDays(closesOn, 1)).getTime() > now.getTime();
    const distributed = Math.round(units.length * 0.8);
    const returning = [...units].sort(() => r.next() - 0.5).slice(0, Math.round(distributed * (0.62 + r.next() * 0.15)));
    const survey = em.create(SatisfactionSurvey, {
      companyId: project.companyId,
      projectId: project.id,
      period: String(y),
      title: `${y}年度业户满意度调查`,
      items: DEFAULT_SURVEY_ITEMS.map((i) => ({ ...i })),
      distributed,
      returned: returning.length,
      opensOn,
      closesOn,
      state: open ? 'open' : 'closed',
      closedAt: open ? null : shanghaiInstant(addLocalDays(closesOn, 1)),
    });
    for (const unit of returning) {
      const answers = Object.fromEntries(DEFAULT_SURVEY_ITEMS.map((i) => [i.code, r.chance(0.04) ? null : level(r, ITEM_BIAS[i.code] ?? 0)])) as Record<string, SatisfactionLevel | null>;
      em.create(SurveyResponse, {
        companyId: project.companyId,
        projectId: project.id,
        surveyId: survey.id,
        unitId: unit.id,
        answers,
        comment: r.chance(0.2) ? r.pick(COMMENTS) : null,
        source: r.chance(0.3) ? 'partner' : 'staff',
        enteredById: desk.id,
        createdAt: shanghaiInstant(addLocalDays(opensOn, r.int(0, 25))),
      });
    }
    const closed = !open;
    em.create(SurveyAction, { companyId: project.companyId, projectId: project.id, surveyId: survey.id, itemCode: 'cleaning', action: '楼道每日两次保洁，周末增加一次巡查', ownerId: cleanSup.id, deadline: `${y}-12-31`, doneAt: closed && y < year ? shanghaiInstant(`${y}-12-20`) : null, doneNote: closed && y < year ? '已调整排班并检查落实' : null });
    em.create(SurveyAction, { companyId: project.companyId, projectId: project.id, surveyId: survey.id, itemCode: 'repair_service', action: '报修 30 分钟内电话回复，维修单当日闭环', ownerId: pm.id, deadline: `${y + 1}-01-31`, doneAt: y < year ? shanghaiInstant(`${y + 1}-01-20`) : null, doneNote: y < year ? '已纳入客服考核' : null });
  }
}

/**
 * Penalty entries from the same events the API proposes from, with the same keys, so the live
 * jobs never propose them again; judged by age: old ones confirmed, dismissed or appealed and
 * decided, recent ones still proposed or open to appeal. Plus commendations.
 */
async function seedPenalties(em: EntityManager, r: Rng, now: Date, projects: Project[], users: StaffUser[], findings: Row<InspectionFinding>[]) {
  const companyId = projects[0]!.companyId;
  const byId = new Map(users.map((u) => [u.id, u]));
  const since = new Date(now.getTime() - 365 * DAY);
  const orders = await em.find(ServiceOrder, { companyId, createdAt: { $gte: since } }, { filters: false });
  const complaints = await em.find(Complaint, { companyId, kind: 'complaint', valid: true, relatedOrderId: { $ne: null } }, { filters: false });
  const workerOf = new Map(orders.map((o) => [o.id, o.workerId ?? null]));
  const events: Array<{ projectId: string; event: KpiEvent; department: Department | null }> = [];
  const departmentOf = (o: ServiceOrder) => (o.supervisorId ? departmentIn(byId.get(o.supervisorId)?.roles ?? [], o.projectId) : null);
  for (const o of orders) {
    if (o.rating != null && o.completedAt) events.push({ projectId: o.projectId, department: departmentOf(o), event: { kind: 'order_signed_off', orderId: o.id, workerId: o.workerId ?? null, rating: o.rating, occurredAt: o.completedAt } });
    const milestones = [
      { milestone: 'response' as const, due: o.responseDueAt, done: o.respondedAt ?? null },
      { milestone: 'on_site' as const, due: o.onSiteDueAt ?? null, done: o.onSiteAt ?? null },
    ];
    for (const m of milestones) {
      if (!m.due || !m.done || m.done <= m.due) continue;
      const responsibleUserId = orderBreachResponsible({ milestone: m.milestone, takenById: o.takenById ?? null, supervisorId: o.supervisorId ?? null, workerId: o.workerId ?? null });
      events.push({ projectId: o.projectId, department: departmentOf(o), event: { kind: 'order_deadline_breached', orderId: o.id, milestone: m.milestone, responsibleUserId, occurredAt: m.due } });
    }
  }
  for (const c of complaints) {
    events.push({ projectId: c.projectId, department: c.responsibleDepartment ?? null, event: { kind: 'complaint_about_service', complaintId: c.id, category: (c.category ?? 1) as 1 | 2 | 3, valid: true, responsibleUserId: workerOf.get(c.relatedOrderId!) ?? null, occurredAt: c.createdAt } });
  }
  const rows: Row<PenaltyEntry>[] = [];
  const seen = new Set<string>();
  const supervisorFor = (projectId: string, department: Department | null) =>
    users.find((u) => u.roles.some((a) => a.role === 'supervisor' && a.projectId === projectId && a.department === department)) ??
    users.find((u) => u.roles.some((a) => a.role === 'project_manager' && a.projectId === projectId))!;
  const pmOf = (projectId: string) => users.find((u) => u.roles.some((a) => a.role === 'project_manager' && a.projectId === projectId))!;

  const judge = (row: Row<PenaltyEntry>, occurredAt: Date, projectId: string, department: Department | null) => {
    const steps = row.steps as PenaltyStep[];
    const age = (now.getTime() - occurredAt.getTime()) / DAY;
    const judge = supervisorFor(projectId, department);
    const pm = pmOf(projectId);
    const at = (t: number) => new Date(Math.min(now.getTime() - HOUR, t));
    const judgedAt = at(occurredAt.getTime() + r.int(1, 4) * DAY);
    let state: PenaltyState = 'proposed';
    const delay = row.rule === 'subjective_delay';
    if (age < 2 || (age < 20 && r.chance(0.35))) return;
    if ((delay && r.chance(0.45)) || (!delay && r.chance(0.15))) {
      steps.push({ at: judgedAt.toISOString(), action: 'dismiss', fromState: 'proposed', toState: 'dismissed', actorName: judge.name, note: delay ? r.pick(OBJECTIVE_REASONS) : '经核实非本人责任' });
      Object.assign(row, { state: 'dismissed' });
      return;
    }
    state = 'confirmed';
    const deadline = appealDeadline(judgedAt);
    steps.push({ at: judgedAt.toISOString(), action: 'confirm', fromState: 'proposed', toState: 'confirmed', actorName: judge.name, note: delay ? 'subjective' : null });
    Object.assign(row, { confirmedAt: judgedAt, confirmedById: judge.id, appealClosesAt: deadline.closesAt });
    if (r.chance(0.15) && deadline.closesAt.getTime() > judgedAt.getTime()) {
      const appealedAt = at(judgedAt.getTime() + r.int(1, 5) * DAY);
      steps.push({ at: appealedAt.toISOString(), action: 'appeal', fromState: 'confirmed', toState: 'appealed', actorName: byId.get(row.userId as string)?.name ?? '', note: r.pick(APPEAL_GROUNDS) });
      state = 'appealed';
      const decidedAt = new Date(appealedAt.getTime() + r.int(1, 4) * DAY);
      if (decidedAt.getTime() < now.getTime() - HOUR) {
        state = r.chance(0.5) ? 'upheld' : 'overturned';
        steps.push({ at: decidedAt.toISOString(), action: state === 'upheld' ? 'uphold' : 'overturn', fromState: 'appealed', toState: state, actorName: pm.name, note: state === 'upheld' ? '经核实扣分属实' : '经核实情况属实，撤销扣分' });
      }
    }
    row.state = state;
  };

  for (const { projectId, event, department } of events) {
    for (const p of proposePenalties(event)) {
      if (seen.has(p.dedupeKey) || !byId.has(p.userId)) continue;
      seen.add(p.dedupeKey);
      const user = byId.get(p.userId)!;
      const row: Row<PenaltyEntry> = {
        id: newId(), companyId, projectId, userId: p.userId, department: departmentIn(user.roles, projectId) ?? department, rule: p.rule, points: p.points, state: 'proposed',
        month: p.month, occurredAt: p.occurredAt, evidenceType: p.evidence.type, evidenceId: p.evidence.id, dedupeKey: p.dedupeKey, messageKey: p.messageKey, params: p.params,
        needsDelayJudgement: p.needsDelayJudgement, steps: [{ at: p.occurredAt.toISOString(), action: 'propose', fromState: null, toState: 'proposed', actorName: '系统', note: null }],
        createdAt: p.occurredAt, updatedAt: p.occurredAt, version: 1,
      };
      judge(row, p.occurredAt, projectId, row.department as Department | null);
      row.version = (row.steps as PenaltyStep[]).length;
      rows.push(row);
    }
  }
  // Serious inspection findings against a member of staff: a procedure violation entered by the inspector.
  for (const f of findings.filter((x) => x.nonconformityClass === 'serious' && x.responsibleUserId)) {
    const user = byId.get(f.responsibleUserId as string);
    const inspector = byId.get(f.inspectorId as string);
    if (!user || !inspector || user.id === inspector.id) continue;
    const occurredAt = f.inspectedAt as Date;
    const row: Row<PenaltyEntry> = {
      id: newId(), companyId, projectId: f.projectId as string, userId: user.id, department: departmentIn(user.roles, f.projectId as string) ?? (f.area as Department), rule: 'procedure_violation', points: 1,
      state: 'proposed', month: shanghaiMonthKey(occurredAt), occurredAt, evidenceType: 'inspection', evidenceId: f.id as string, dedupeKey: `manual:${newId()}`, params: {}, note: `检查发现：${f.description as string}`,
      needsDelayJudgement: false, steps: [{ at: occurredAt.toISOString(), action: 'record', fromState: null, toState: 'proposed', actorName: inspector.name, note: f.description as string }],
      createdAt: occurredAt, updatedAt: occurredAt, version: 1,
    };
    judge(row, occurredAt, f.projectId as string, row.department as Department | null);
    row.version = (row.steps as PenaltyStep[]).length;
    rows.push(row);
  }
  // The demo's repair worker has one confirmed entry still open to appeal, so the appeal can be tried.
  const project = projects[0]!;
  const worker = users.find((u) => u.email?.startsWith('worker1a@'))!;
  const sup = users.find((u) => u.email?.startsWith('eng-sup1@'))!;
  const confirmedAt = new Date(now.getTime() - 2 * DAY);
  const occurredAt = new Date(now.getTime() - 3 * DAY);
  rows.push({
    id: newId(), companyId, projectId: project.id, userId: worker.id, department: 'engineering', rule: 'procedure_violation', points: 1, state: 'confirmed', month: shanghaiMonthKey(occurredAt), occurredAt,
    evidenceType: null, evidenceId: null, dedupeKey: `manual:${newId()}`, params: {}, note: '维修完成后未清理现场', needsDelayJudgement: false,
    confirmedAt, confirmedById: sup.id, appealClosesAt: appealDeadline(confirmedAt).closesAt,
    steps: [
      { at: occurredAt.toISOString(), action: 'record', fromState: null, toState: 'proposed', actorName: sup.name, note: '维修完成后未清理现场' },
      { at: confirmedAt.toISOString(), action: 'confirm', fromState: 'proposed', toState: 'confirmed', actorName: sup.name, note: null },
    ],
    createdAt: occurredAt, updatedAt: confirmedAt, version: 2,
  });
  if (rows.length) await em.insertMany(PenaltyEntry, rows as never[]);

  // Commendations: a resident's letter or a good deed, one or two a month per project.
  const commendations: Row<Commendation>[] = [];
  for (const p of projects) {
    const team = users.filter((u) => u.roles.some((a) => a.projectId === p.id && ['worker', 'front_desk', 'housekeeper', 'supervisor'].includes(a.role)));
    const pm = pmOf(p.id);
    for (const month of trailingMonths(shanghaiMonthKey(now), 12)) {
      for (let i = r.int(1, 2); i > 0; i--) {
        const kind = r.chance(0.7) ? 'resident_praise' : 'outstanding_service';
        const when = shanghaiInstant(`${month}-${String(r.int(1, 25)).padStart(2, '0')}`);
        if (when.getTime() > now.getTime()) continue;
        commendations.push({ id: newId(), companyId, projectId: p.id, userId: r.pick(team).id, kind, points: kind === 'resident_praise' ? 2 : 5, month, note: kind === 'resident_praise' ? '业主来信表扬' : '雨夜抢修积水', recordedById: pm.id, createdAt: when, updatedAt: when, version: 1 });
      }
    }
  }
  if (commendations.length) await em.insertMany(Commendation, commendations as never[]);
}

/** Final appraisals of every housekeeper for the closed months: derived where the block has data, the PM's scores for the rest. */
async function seedAppraisals(ctx: DataCtx, r: Rng, projects: Project[], users: StaffUser[]) {
  const service = new AppraisalsService();
  const lastMonth = addMonths(shanghaiMonthKey(ctx.now), -1);
  for (const project of projects) {
    const keeper = users.find((u) => u.roles.some((a) => a.role === 'housekeeper' && a.projectId === project.id))!;
    const pm = users.find((u) => u.roles.some((a) => a.role === 'project_manager' && a.projectId === project.id))!;
    for (const month of trailingMonths(lastMonth, 11) as MonthKey[]) {
      const managerScores = { attitude: r.int(80, 98), teamwork: r.int(78, 96), efficiency: r.int(75, 95), records: r.int(75, 95), resident_feedback: r.int(78, 96) };
      const draft = await service.view(ctx, project, keeper, month, { managerScores });
      // The view sets aside scores for what the data derives; keep only the manager's own.
      const scores = Object.fromEntries(draft.dimensions.filter((d) => d.source === 'manager').map((d) => [d.dimension, managerScores[d.dimension as keyof typeof managerScores]]));
      const view = await service.view(ctx, project, keeper, month, { managerScores: scores });
      const finalizedAt = shanghaiInstant(`${addMonths(month, 1)}-03`);
      ctx.em.create(HousekeeperAppraisal, {
        companyId: project.companyId,
        projectId: project.id,
        userId: keeper.id,
        month,
        managerScores: scores,
        comment: view.grade === 'excellent' ? '本月表现优秀' : '继续保持，注意回访记录完整',
        final: true,
        finalizedAt,
        finalizedById: pm.id,
        snapshot: { ...view, final: true, housekeeper: null } as unknown as Record<string, unknown>,
      });
    }
  }
}


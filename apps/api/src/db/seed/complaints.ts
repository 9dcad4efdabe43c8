import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_FOLLOW_UP_RULES,
  DEFAULT_REPEAT_SETTINGS,
  detectRepeats,
  planFollowUp,
  shanghaiDate,
  type ComplaintCategory,
  type ComplaintSeverity,
  type Department,
  type FollowUpRating,
  type RepeatRecord,
} from '@wuye/domain';
import { Complaint, type ComplaintStep } from '../../modules/complaints/complaint.entity.js';
import { FollowUp } from '../../modules/follow-ups/follow-up.entity.js';
import { Nonconformity } from '../../modules/nonconformities/nonconformity.entity.js';
import { ServiceOrder } from '../../modules/orders/service-order.entity.js';
import type { Project } from '../../modules/projects/project.entity.js';
import { Unit } from '../../modules/projects/unit.entity.js';
import { Resident } from '../../modules/residents/resident.entity.js';
import { Sequence } from '../../modules/sequences/sequence.entity.js';
import type { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { newId } from '../ids.js';
import type { Rng } from './random.js';

type Row<T> = Record<string, unknown> & Partial<T>;

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Complaints a month per project, around the 1 % of households target (160, 96 and 80 households). */
const MONTHLY = [2.6, 1.6, 1.2];
const SUGGESTIONS_MONTHLY = [1, 0.7, 0.5];

export const MATTERS: Array<{ category: ComplaintCategory; department: Department; texts: string[]; cause: string; handling: string }> = [
  { category: 1, department: 'cleaning', texts: ['楼道垃圾两天没人清理', '电梯轿厢有异味', '地下车库积水没人处理'], cause: '保洁排班不足', handling: '调整保洁排班并增加巡查' },
  { category: 1, department: 'security', texts: ['夜间外来车辆随意进出', '门岗保安态度生硬', '快递员随意进出单元门'], cause: '门岗登记执行不严', handling: '重申门岗登记制度并培训' },
  { category: 1, department: 'engineering', texts: ['楼道灯坏了一周没人修', '电梯经常停运', '单元门门禁失灵'], cause: '巡检不到位', handling: '更换损坏部件并纳入周巡检' },
  { category: 1, department: 'customer_service', texts: ['报修电话没人接', '投诉后没有回复'], cause: '客服值班脱岗', handling: '落实值班制度并回访道歉' },
  { category: 1, department: 'greening', texts: ['绿化带杂草很久没修剪', '修剪树枝噪音太早'], cause: '作业时间安排不当', handling: '调整作业时间至 9:00 后' },
  { category: 2, department: 'engineering', texts: ['外墙渗水到卧室', '卫生间楼板渗漏到楼下', '窗框密封不严漏风'], cause: '房屋施工质量缺陷', handling: '开发商安排维修队修复' },
  { category: 3, department: 'customer_service', texts: ['小区外道路施工噪音', '附近夜市油烟扰民'], cause: '管辖区域外问题', handling: '已向街道办反映并向业主解释' },
];
export const SUGGESTIONS = ['建议增设快递柜', '建议增加儿童游乐设施', '建议延长会所开放时间', '建议在车库增加充电桩', '建议小区增设宠物便便箱'];
export const RATINGS: FollowUpRating[] = ['satisfied', 'satisfied', 'satisfied', 'fairly_satisfied', 'fairly_satisfied', 'dissatisfied'];

interface ComplaintsInput {
  em: EntityManager;
  r: Rng;
  now: Date;
  projects: Project[];
  users: StaffUser[];
}

/**
 * Twelve months of complaints and suggestions (README §4–§5): category, validity and severity
 * mixes, some deadlines missed, category-2 complaints handed to the developer, repeats raising
 * nonconformities, adopted and declined suggestions, and follow-up visits of resolved complaints
 * and completed orders sampled by the company's rule. A few recent ones are still open, so the
 * inbox and the escalation job have something to show. Deterministic for a seed.
 */
export async function seedComplaintHistory({ em, r, now, projects, users }: ComplaintsInput): Promise<number> {
  const complaints: Row<Complaint>[] = [];
  const followUps: Row<FollowUp>[] = [];
  const nonconformities: Row<Nonconformity>[] = [];
  const sequences = new Map<string, number>();
  const seed = `followup:${projects[0]!.companyId}`;

  for (const [p, project] of projects.entries()) {
    const staff = (prefix: string) => users.filter((u) => u.email?.startsWith(prefix) && u.roles.some((a) => a.projectId === project.id));
    const desk = staff('desk')[0]!;
    const manager = staff('pm')[0] ?? desk;
    const supervisorOf = (d: Department) => staff(d === 'engineering' ? 'eng-sup' : d === 'cleaning' ? 'clean-sup' : 'cs-sup')[0] ?? desk;
    const units = await em.find(Unit, { projectId: project.id }, { filters: false, orderBy: { number: 'asc' } });
    const residents = await em.find(Resident, { projectId: project.id }, { filters: false });
    const residentOf = new Map(residents.map((res) => [res.unitId, res]));
    const start = now.getTime() - 365 * DAY;
    const count = Math.round((MONTHLY[p] ?? 1) * 12);
    const suggestionCount = Math.round((SUGGESTIONS_MONTHLY[p] ?? 0.5) * 12);
    const history: RepeatRecord[] = [];
    const labels = new Map<string, string>();

    const make = (kind: 'complaint' | 'suggestion', created: Date) => {
      const day = shanghaiDate(created).replace(/-/g, '');
      const key = `complaint:${project.id}:${day}`;
      const seq = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, seq);
      return { id: newId(), number: `${project.code}-T${day}-${String(seq).padStart(3, '0')}`, kind };
    };

    // Spread over the year, plus a few of the last day and a half that are still being handled.
    const recent = [30 * MIN, 3 * HOUR, 20 * HOUR].slice(0, project.kind === 'office' ? 1 : 3).map((ago) => now.getTime() - ago);
    const times = [...Array.from({ length: count }, () => start + r.next() * (now.getTime() - start - 2 * DAY)), ...recent].sort((a, b) => a - b);
    type Matter = (typeof MATTERS)[number];
    let previous: { unit: Unit; matter: Matter } | null = null;
    for (const t of times) {
      // About one in five comes back from a unit about the same matter: the repeats a manager must see.
      const again: { unit: Unit; matter: Matter } | null = previous && r.chance(0.2) ? previous : null;
      const unit: Unit = again?.unit ?? r.pick(units);
      const resident = residentOf.get(unit.id) ?? null;
      const matter: Matter = again?.matter ?? (project.kind === 'office' ? r.pick(MATTERS.filter((m) => m.category !== 2)) : r.pick(MATTERS));
      previous = { unit, matter };
      const created = new Date(t);
      const age = now.getTime() - t;
      const valid = age < 2 * DAY || r.chance(0.9);
      const severity: ComplaintSeverity = r.chance(0.05) ? 'major' : r.chance(0.2) ? 'serious' : 'general';
      const { id, number } = make('complaint', created);
      const at = (minutes: number) => new Date(t + minutes * MIN);
      const steps: ComplaintStep[] = [];
      const step = (action: string, from: string | null, to: string, when: Date, who: StaffUser, note: string | null = null) =>
        steps.push({ at: when.toISOString(), action, fromState: from, toState: to, actorName: who.name, note });
      step('register', null, 'registered', created, desk);
      const late = r.chance(0.12);
      const onSiteAt = at(late ? r.int(65, 150) : r.int(10, 55));
      const feedbackAt = at(late && r.chance(0.5) ? r.int(250, 400) : r.int(60, 200));
      const resolutionHours = severity === 'general' ? (late ? r.int(10, 30) : r.int(2, 7)) : (late ? r.int(8, 12) : r.int(1, 6)) * 24;
      const resolvedAt = new Date(t + resolutionHours * HOUR);
      const open = age < 2 * DAY || resolvedAt.getTime() > now.getTime();
      const row: Row<Complaint> = {
        id,
        companyId: project.companyId,
        projectId: project.id,
        number,
        kind: 'complaint',
        unitId: unit.id,
        residentId: resident?.id ?? null,
        contactName: resident?.name ?? '业主',
        contactPhone: resident?.phone ?? '13800000000',
        description: r.pick(matter.texts),
        wants: '尽快处理并回复',
        channel: r.pick(['phone', 'phone', 'walk_in', 'app']),
        takenById: desk.id,
        category: matter.category,
        valid,
        invalidReason: valid ? null : '经核实不属实',
        severity,
        responsibleDepartment: matter.department,
        onSiteRequired: matter.category !== 3,
        createdAt: created,
        pauses: [],
        extensions: [],
        alertsSent: [],
      };
      if (!valid) {
        Object.assign(row, { state: 'closed', closedAt: at(r.int(30, 240)) });
        step('close_invalid', 'registered', 'closed', row.closedAt as Date, supervisorOf(matter.department), '经核实不属实');
      } else {
        const sup = supervisorOf(matter.department);
        const visitOnSite = matter.category !== 3 && (!open || r.chance(0.6));
        if (visitOnSite) row.onSiteAt = onSiteAt;
        if (!open || r.chance(0.7)) row.firstFeedbackAt = feedbackAt;
        if (matter.category === 2) {
          step('verify_on_site', 'registered', 'engineering_verified', onSiteAt, sup, '现场核实属实');
          step('sign_engineering', 'engineering_verified', 'engineering_signed', at(r.int(120, 300)), sup);
          step('sign_project_manager', 'engineering_signed', 'ready_for_developer', at(r.int(300, 600)), manager);
          const handed = at(r.int(600, 1440));
          step('hand_to_developer', 'ready_for_developer', 'with_developer', handed, sup);
          Object.assign(row, { findings: '现场核实属实', engineeringSignedBy: sup.id, handedToDeveloperAt: handed, developerResponseDueAt: new Date(handed.getTime() + 5 * DAY) });
          if (!open) {
            const answered = new Date(handed.getTime() + r.int(1, 6) * DAY);
            step('record_developer_response', 'with_developer', 'developer_responded', answered, sup, '开发商同意维修');
            Object.assign(row, { developerRespondedAt: answered, developerResponse: '开发商同意安排维修' });
          }
        } else {
          step('accept', 'registered', 'in_progress', at(r.int(5, 30)), sup);
        }
        if (!open) {
          const from = matter.category === 2 ? 'developer_responded' : 'in_progress';
          const resolved = matter.category === 2 ? new Date(Math.max(resolvedAt.getTime(), (row.developerRespondedAt as Date).getTime() + HOUR)) : resolvedAt;
          step('record_resolution', from, 'resolution_recorded', resolved, sup, matter.handling);
          step('sign_resolution', 'resolution_recorded', 'department_signed', new Date(resolved.getTime() + HOUR), sup);
          step('verify', 'department_signed', 'verified', new Date(resolved.getTime() + 2 * HOUR), desk);
          const closed = new Date(resolved.getTime() + 3 * HOUR);
          step('close', 'verified', 'closed', closed, desk);
          Object.assign(row, { state: 'closed', cause: matter.cause, handling: matter.handling, resolvedAt: resolved, resolutionRecordedBy: sup.id, closedAt: closed });
          followUps.push(visit(r, seed, project, { kind: 'Complaint', id, label: number, subject: 'complaint', severity, completedAt: resolved, unitId: unit.id, resident, department: matter.department }, now));
        } else {
          row.state = matter.category === 2 ? (row.developerRespondedAt ? 'developer_responded' : 'with_developer') : 'in_progress';
          if (r.chance(0.25)) row.pauses = [{ reason: 'waiting_on_resident', from: at(90).toISOString(), to: null, note: '业主出差，约定回来后处理' }];
        }
      }
      row.steps = steps;
      row.updatedAt = new Date(steps[steps.length - 1]!.at);
      row.version = steps.length;
      complaints.push(row);
      labels.set(id, number);
      const record: RepeatRecord = { id, kind: 'complaint', unitId: unit.id, occurredAt: created, category: matter.category, department: matter.department, valid };
      for (const f of detectRepeats({ record, history, settings: DEFAULT_REPEAT_SETTINGS }).findings) {
        nonconformities.push({
          id: newId(),
          companyId: project.companyId,
          projectId: project.id,
          source: f.rule,
          key: f.key,
          unitId: unit.id,
          messageKey: f.messageKey,
          params: { ...f.params },
          records: f.recordIds.map((rid) => ({ kind: 'Complaint' as const, id: rid, label: labels.get(rid) ?? rid })),
          state: age > 30 * DAY ? 'closed' : 'open',
          correctiveAction: age > 30 * DAY ? '针对重复问题制定整改措施并加入月度检查' : null,
          closedAt: age > 30 * DAY ? new Date(t + 5 * DAY) : null,
          closedById: age > 30 * DAY ? manager.id : null,
          createdAt: created,
          updatedAt: created,
          version: 1,
        });
      }
      history.push(record);
    }

    for (let i = 0; i < suggestionCount; i++) {
      const t = start + r.next() * (now.getTime() - start - DAY);
      const created = new Date(t);
      const unit = r.pick(units);
      const resident = residentOf.get(unit.id) ?? null;
      const { id, number } = make('suggestion', created);
      const adopted = r.chance(0.5);
      const decidedAt = new Date(t + r.int(1, 5) * DAY);
      const decided = decidedAt.getTime() < now.getTime();
      const reason = adopted ? '已纳入下季度改进计划' : '经评估暂不具备实施条件';
      const steps: ComplaintStep[] = [{ at: created.toISOString(), action: 'register', fromState: null, toState: 'registered', actorName: desk.name, note: null }];
      if (decided) {
        steps.push({ at: decidedAt.toISOString(), action: adopted ? 'adopt' : 'decline', fromState: 'registered', toState: adopted ? 'adopted' : 'not_adopted', actorName: manager.name, note: reason });
        steps.push({ at: new Date(decidedAt.getTime() + DAY).toISOString(), action: 'tell_resident', fromState: adopted ? 'adopted' : 'not_adopted', toState: 'closed', actorName: desk.name, note: null });
      }
      complaints.push({
        id,
        companyId: project.companyId,
        projectId: project.id,
        number,
        kind: 'suggestion',
        unitId: unit.id,
        residentId: resident?.id ?? null,
        contactName: resident?.name ?? '业主',
        contactPhone: resident?.phone ?? '13800000000',
        description: r.pick(SUGGESTIONS),
        channel: 'walk_in',
        takenById: desk.id,
        responsibleDepartment: 'customer_service',
        state: decided ? 'closed' : 'registered',
        decisionReason: decided ? reason : null,
        residentToldAt: decided ? new Date(decidedAt.getTime() + DAY) : null,
        closedAt: decided ? new Date(decidedAt.getTime() + DAY) : null,
        pauses: [],
        extensions: [],
        alertsSent: [],
        steps,
        createdAt: created,
        updatedAt: new Date(steps[steps.length - 1]!.at),
        version: steps.length,
      });
    }

    // Completed orders: the household-repair sample (30 %) and every emergency.
    const completed = await em.find(ServiceOrder, { projectId: project.id, completedAt: { $ne: null } }, { filters: false, orderBy: { completedAt: 'asc' } });
    for (const o of completed) {
      followUps.push(
        visit(r, seed, project, {
          kind: 'ServiceOrder',
          id: o.id,
          label: o.number,
          subject: o.urgency === 'emergency' ? 'emergency_assistance' : 'household_repair',
          severity: null,
          completedAt: o.completedAt!,
          unitId: o.unitId,
          resident: o.residentId ? (residents.find((x) => x.id === o.residentId) ?? null) : null,
          department: o.serviceType === 'repair' ? 'engineering' : 'cleaning',
          contact: { name: o.contactName, phone: o.contactPhone },
        }, now),
      );
    }
  }

  await em.insertMany(Complaint, complaints as never[]);
  if (followUps.length) await em.insertMany(FollowUp, followUps as never[]);
  if (nonconformities.length) await em.insertMany(Nonconformity, nonconformities as never[]);
  const counters = [...sequences].map(([key, value]) => ({ companyId: projects[0]!.companyId, key, value }));
  if (counters.length) await em.insertMany(Sequence, counters as never[]);
  return complaints.length;
}

interface Visited {
  kind: 'Complaint' | 'ServiceOrder';
  id: string;
  label: string;
  subject: 'complaint' | 'household_repair' | 'emergency_assistance';
  severity: ComplaintSeverity | null;
  completedAt: Date;
  unitId: string;
  resident: Resident | null;
  department: Department;
  contact?: { name: string; phone: string };
}

/** The plan by the company's rule; past windows were mostly visited, a few were missed. */
function visit(r: Rng, seed: string, project: Project, w: Visited, now: Date): Row<FollowUp> {
  const plan = planFollowUp({ subject: w.subject, subjectId: w.id, completedAt: w.completedAt, seed, rules: DEFAULT_FOLLOW_UP_RULES, severity: w.severity });
  const windowOver = plan.closesAt.getTime() < now.getTime();
  const visited = plan.selected && (windowOver ? r.chance(0.93) : r.chance(0.4));
  const visitedAt = visited ? new Date(Math.min(now.getTime() - HOUR, plan.opensAt.getTime() + r.int(2, 48) * HOUR)) : null;
  const rating = () => r.pick(RATINGS);
  return {
    id: newId(),
    companyId: project.companyId,
    projectId: project.id,
    subject: w.subject,
    subjectKind: w.kind,
    subjectId: w.id,
    subjectLabel: w.label,
    unitId: w.unitId,
    residentId: w.resident?.id ?? null,
    contactName: w.contact?.name ?? w.resident?.name ?? '业主',
    contactPhone: w.contact?.phone ?? w.resident?.phone ?? '13800000000',
    department: w.department,
    completedAt: w.completedAt,
    selected: plan.selected,
    bucket: plan.bucket,
    rateBasisPoints: plan.rateBasisPoints,
    visitor: plan.visitor,
    opensAt: plan.opensAt,
    dueAt: plan.closesAt,
    state: !plan.selected ? 'not_sampled' : visited ? 'visited' : 'planned',
    visitedAt,
    quality: visited ? rating() : null,
    effect: visited ? rating() : null,
    satisfaction: visited ? (r.chance(0.85) ? 'satisfied' : 'fairly_satisfied') : null,
    residentConfirmed: visited,
    createdAt: w.completedAt,
    updatedAt: visitedAt ?? w.completedAt,
    version: visited ? 2 : 1,
  };
}


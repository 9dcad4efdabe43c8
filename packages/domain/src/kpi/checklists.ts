import { DEPARTMENTS, type Department } from '../access/roles.js';
import { isBlankText, kpiIssue, type KpiIssue } from './kpi-failure.js';

/**
 * Inspection checklists (检查表) per area, which a company edits. Each item
 * says what is checked against which standard, and the problem category its
 * nonconformities are counted under in the monthly report's Pareto chart
 * (README §7: "problems by category"). These defaults follow the areas of
 * the three-level inspection: customer service, engineering, cleaning,
 * greening, security.
 */
export interface ChecklistItemDefinition {
  readonly area: Department;
  /** Problem category for the monthly report (环境卫生, 设备设施, …). */
  readonly category: string;
  /** What is checked. */
  readonly title: string;
  /** The standard it is checked against. */
  readonly standard: string;
}

const item = (area: Department, category: string, title: string, standard: string): ChecklistItemDefinition => ({ area, category, title, standard });

export const DEFAULT_CHECKLIST: readonly ChecklistItemDefinition[] = [
  item('customer_service', '服务礼仪', '前台仪容仪表', '统一着装、佩戴工牌，仪容整洁'),
  item('customer_service', '服务礼仪', '接待用语', '使用规范用语，首问负责，微笑服务'),
  item('customer_service', '工作记录', '来访来电登记', '报修、投诉当场登记，内容完整（姓名、房号、电话、事由、时间）'),
  item('customer_service', '工作记录', '回访记录', '回访按比例和时限完成，业户确认签字'),
  item('customer_service', '公示信息', '收费标准公示', '有偿服务项目及收费标准在公告栏公示且为现行版本'),
  item('engineering', '设备设施', '配电房巡检', '每日巡检记录完整，设备运行正常，无积水杂物'),
  item('engineering', '设备设施', '水泵房与二次供水', '水泵运行正常，水箱加锁，清洗消毒记录在有效期内'),
  item('engineering', '设备设施', '电梯运行', '电梯年检合格证公示，困人救援电话畅通'),
  item('engineering', '工作记录', '维修单闭环', '维修单有业户签字验收，领料单引用单号并经主管签字'),
  item('engineering', '安全管理', '工具与动火作业', '登高、动火作业有审批，工具完好'),
  item('cleaning', '环境卫生', '楼道与电梯轿厢', '地面无污渍、无杂物，扶手无灰尘'),
  item('cleaning', '环境卫生', '公共区域地面', '道路、广场无垃圾、无积水、无烟头'),
  item('cleaning', '环境卫生', '垃圾分类与清运', '分类桶完好，日产日清，桶身无溢满'),
  item('cleaning', '服务礼仪', '保洁员作业规范', '着装统一，作业时放置警示牌'),
  item('greening', '绿化养护', '草坪修剪', '草坪高度适中，边缘整齐，无明显杂草'),
  item('greening', '绿化养护', '乔灌木养护', '无枯枝、无病虫害，修剪造型良好'),
  item('greening', '绿化养护', '浇灌与施肥', '按养护计划浇灌施肥，记录完整'),
  item('security', '安全管理', '门岗值守', '在岗在位，来访登记，车辆出入管理有序'),
  item('security', '安全管理', '巡逻签到', '按路线和频次巡逻，巡更点签到完整'),
  item('security', '消防安全', '消防通道与器材', '消防通道畅通，灭火器在有效期内，消防栓完好'),
  item('security', '服务礼仪', '秩序维护员仪容', '着装规范，站姿端正，文明执勤'),
];

export const CHECKLIST_TEXT_MAX = 200;
/** Positions in a checklist; new items go 10 after the last, so the column never nears its limit. */
export const CHECKLIST_SORT_MAX = 1_000_000;

export interface ChecklistItemInput {
  readonly area: string;
  readonly category: string;
  readonly title: string;
  readonly standard: string;
  /** Position in its area; absent: after the last. */
  readonly sort?: number | null;
}

/** An item a company adds or edits: a known area, a category, a title and a standard, each within 200 characters. */
export function validateChecklistItem(input: ChecklistItemInput): KpiIssue[] {
  const issues: KpiIssue[] = [];
  if (!(DEPARTMENTS as readonly string[]).includes(input.area)) issues.push(kpiIssue('area', 'kpi.checklist.areaUnknown', { area: String(input.area) }));
  for (const field of ['category', 'title', 'standard'] as const) {
    const text = input[field];
    if (isBlankText(text)) issues.push(kpiIssue(field, 'kpi.checklist.textRequired'));
    else if (text.trim().length > CHECKLIST_TEXT_MAX) issues.push(kpiIssue(field, 'kpi.checklist.textTooLong', { max: CHECKLIST_TEXT_MAX }));
  }
  if (input.sort != null && (!Number.isSafeInteger(input.sort) || input.sort < 0 || input.sort > CHECKLIST_SORT_MAX)) {
    issues.push(kpiIssue('sort', 'kpi.checklist.sortRange', { max: CHECKLIST_SORT_MAX }));
  }
  return issues;
}

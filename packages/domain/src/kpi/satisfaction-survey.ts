import { shanghaiDate } from '../calendar/working-calendar.js';
import type { BasisPoints } from '../money/basis-points.js';
import { isBlankText, kpiIssue, type KpiIssue } from './kpi-failure.js';
import { shareBasisPoints } from './project-kpis.js';

/**
 * Resident satisfaction survey (满意度调查, domain README §7): per project
 * and period, one response per unit, each item rated on a 5-level scale.
 *
 * - satisfied = 满意 (4) or 非常满意 (5): "satisfied or better";
 * - an item's rate = satisfied answers ÷ answers to that item (a skipped item
 *   is not in its denominator);
 * - the overall rate pools every answer of every item: satisfied answers ÷ all
 *   answers, so an item most residents answered weighs more than one few did
 *   (not the mean of the item rates);
 * - response rate = returned ÷ distributed.
 * Rates are basis points rounded half away from zero; null with nothing to divide.
 */
export interface SurveyItem {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** The eight standard items (catalog.sample.json satisfactionSurveyItems); a company may edit them. */
export const DEFAULT_SURVEY_ITEMS: readonly SurveyItem[] = [
  { code: 'power_supply', zh: '供电管理', en: 'Power supply' },
  { code: 'water_supply', zh: '供水管理', en: 'Water supply' },
  { code: 'fire_safety_security', zh: '消防治安管理', en: 'Fire safety and security' },
  { code: 'cleaning', zh: '卫生管理', en: 'Cleaning' },
  { code: 'greening', zh: '绿化管理', en: 'Greening' },
  { code: 'public_facilities', zh: '公共设施管理', en: 'Public facilities' },
  { code: 'repair_service', zh: '维修服务', en: 'Repair service' },
  { code: 'service_attitude', zh: '服务态度', en: 'Service attitude' },
];

export const SATISFACTION_LEVELS = [5, 4, 3, 2, 1] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export const SATISFACTION_LEVEL_LABELS: Readonly<Record<SatisfactionLevel, { readonly zh: string; readonly en: string }>> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '一般', en: 'Neutral' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** "Satisfied or better". */
export const SATISFIED_LEVEL_MIN: SatisfactionLevel = 4;

export function isSatisfactionLevel(value: unknown): value is SatisfactionLevel {
  return typeof value === 'number' && (SATISFACTION_LEVELS as readonly number[]).includes(value);
}

const ITEM_CODE = /^[a-z][a-z0-9_]*$/;

/** A company's item list: at least one item, codes in snake_case and unique, a Chinese label each. */
export function validateSurveyItems(items: readonly SurveyItem[]): KpiIssue[] {
  if (items.length === 0) return [kpiIssue('items', 'kpi.survey.itemsEmpty')];
  const issues: KpiIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_CODE.test(item.code)) issues.push(kpiIssue(`items.${i}.code`, 'kpi.survey.itemCodeInvalid', { code: String(item.code) }));
    else if (seen.has(item.code)) issues.push(kpiIssue(`items.${i}.code`, 'kpi.survey.itemDuplicate', { code: item.code }));
    seen.add(item.code);
    if (isBlankText(item.zh)) issues.push(kpiIssue(`items.${i}.zh`, 'kpi.survey.itemLabelRequired'));
  });
  return issues;
}

export interface SurveyResponse {
  readonly unitId: string;
  /** Item code → level; null or absent when the item was skipped. */
  readonly answers: Readonly<Record<string, SatisfactionLevel | null | undefined>>;
  readonly comment?: string | null;
}

/** A response as entered by staff or a partner app: a unit, known items, levels 1–5, at least one answer. */
export function validateSurveyResponse(response: SurveyResponse, items: readonly SurveyItem[] = DEFAULT_SURVEY_ITEMS): KpiIssue[] {
  const issues: KpiIssue[] = [];
  if (isBlankText(response.unitId)) issues.push(kpiIssue('unitId', 'kpi.survey.unitRequired'));
  const codes = new Set(items.map((i) => i.code));
  let answered = 0;
  for (const [code, level] of Object.entries(response.answers)) {
    if (!codes.has(code)) issues.push(kpiIssue(`answers.${code}`, 'kpi.survey.itemUnknown', { item: code }));
    else if (level !== null && level !== undefined) {
      if (isSatisfactionLevel(level)) answered++;
      else issues.push(kpiIssue(`answers.${code}`, 'kpi.survey.levelInvalid', { item: code }));
    }
  }
  if (answered === 0 && issues.length === 0) issues.push(kpiIssue('answers', 'kpi.survey.noAnswers'));
  return issues;
}

export interface SurveyItemResult {
  readonly code: string;
  readonly answered: number;
  readonly satisfied: number;
  readonly rateBasisPoints: BasisPoints | null;
  /** Answers per level, for the bar chart. */
  readonly distribution: Readonly<Record<SatisfactionLevel, number>>;
}

export interface SurveyResults {
  readonly distributed: number;
  readonly returned: number;
  readonly responseRateBasisPoints: BasisPoints | null;
  /** In the order of the survey's items. */
  readonly items: readonly SurveyItemResult[];
  readonly overall: { readonly answered: number; readonly satisfied: number; readonly rateBasisPoints: BasisPoints | null };
  /** Responses with a comment (the common opinions are read from them). */
  readonly withComments: number;
}

/**
 * The survey's report figures. Responses are the stored ones: two for one
 * unit, an unknown item, more returned than distributed or a bad level are
 * bugs (RangeError) — validateSurveyResponse stops them at entry.
 */
export function surveyResults({
  items = DEFAULT_SURVEY_ITEMS,
  distributed,
  responses,
}: {
  readonly items?: readonly SurveyItem[];
  readonly distributed: number;
  readonly responses: readonly SurveyResponse[];
}): SurveyResults {
  if (!Number.isSafeInteger(distributed) || distributed < 0) throw new RangeError('distributed must be a whole number ≥ 0');
  if (responses.length > distributed) throw new RangeError(`${responses.length} returned of ${distributed} distributed`);
  const units = new Set<string>();
  const tallies = new Map(items.map((item) => [item.code, { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 } as Record<SatisfactionLevel, number>]));
  let withComments = 0;
  for (const response of responses) {
    if (units.has(response.unitId)) throw new RangeError(`Two responses for unit ${response.unitId}`);
    units.add(response.unitId);
    if (!isBlankText(response.comment)) withComments++;
    for (const [code, level] of Object.entries(response.answers)) {
      const tally = tallies.get(code);
      if (tally === undefined) throw new RangeError(`Unknown survey item ${code}`);
      if (level === null || level === undefined) continue;
      if (!isSatisfactionLevel(level)) throw new RangeError(`Not a satisfaction level: ${String(level)}`);
      tally[level]++;
    }
  }
  let answeredAll = 0;
  let satisfiedAll = 0;
  const itemResults = items.map((item): SurveyItemResult => {
    const distribution = tallies.get(item.code) as Record<SatisfactionLevel, number>;
    const answered = SATISFACTION_LEVELS.reduce((sum, level) => sum + distribution[level], 0);
    const satisfied = SATISFACTION_LEVELS.filter((level) => level >= SATISFIED_LEVEL_MIN).reduce((sum, level) => sum + distribution[level], 0);
    answeredAll += answered;
    satisfiedAll += satisfied;
    return { code: item.code, answered, satisfied, rateBasisPoints: shareBasisPoints(satisfied, answered), distribution };
  });
  return {
    distributed,
    returned: responses.length,
    responseRateBasisPoints: shareBasisPoints(responses.length, distributed),
    items: itemResults,
    overall: { answered: answeredAll, satisfied: satisfiedAll, rateBasisPoints: shareBasisPoints(satisfiedAll, answeredAll) },
    withComments,
  };
}

// ------------------------------------------------------------------ frequency

/** README §7: at least yearly; some projects half-yearly. The first is the default. */
export const SURVEY_FREQUENCIES = ['yearly', 'half_yearly'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];
export const DEFAULT_SURVEY_FREQUENCY: SurveyFrequency = 'yearly';

/** The survey period of an instant in Asia/Shanghai: "2025" yearly, "2025-H2" half-yearly. */
export function surveyPeriodKey(frequency: SurveyFrequency, at: Date): string {
  const date = shanghaiDate(at);
  if (frequency === 'yearly') return date.slice(0, 4);
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function previousPeriod(frequency: SurveyFrequency, period: string): string {
  const year = Number(period.slice(0, 4));
  if (frequency === 'yearly') return String(year - 1);
  return period.endsWith('H2') ? `${year}-H1` : `${year - 1}-H2`;
}

function periodLastDay(frequency: SurveyFrequency, period: string): string {
  const year = period.slice(0, 4);
  return frequency === 'yearly' || period.endsWith('H2') ? `${year}-12-31` : `${year}-06-30`;
}

export interface SurveyPeriodStatus {
  readonly period: string;
  /** A survey was held in the current period. */
  readonly surveyed: boolean;
  /** The last local day of the current period: the survey is due by then. */
  readonly dueBy: string;
  readonly previousPeriod: string;
  /** False: the previous period ended without a survey (missed). */
  readonly previousSurveyed: boolean;
}

/** Whether a project has held its survey this period, and whether it missed the last one. */
export function surveyPeriodStatus({
  frequency = DEFAULT_SURVEY_FREQUENCY,
  surveyedAt,
  asOf,
}: {
  readonly frequency?: SurveyFrequency;
  readonly surveyedAt: readonly Date[];
  readonly asOf: Date;
}): SurveyPeriodStatus {
  if (!(SURVEY_FREQUENCIES as readonly string[]).includes(frequency)) throw new RangeError(`Unknown survey frequency ${String(frequency)}`);
  const period = surveyPeriodKey(frequency, asOf);
  const held = new Set(surveyedAt.filter((at) => at.getTime() <= asOf.getTime()).map((at) => surveyPeriodKey(frequency, at)));
  const previous = previousPeriod(frequency, period);
  return { period, surveyed: held.has(period), dueBy: periodLastDay(frequency, period), previousPeriod: previous, previousSurveyed: held.has(previous) };
}

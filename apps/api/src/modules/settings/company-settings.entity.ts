import { Entity, Property, Unique } from '@mikro-orm/core';
import {
  CHINA_HOLIDAY_YEARS,
  DEFAULT_COMPLAINT_SLA_SETTINGS,
  DEFAULT_FOLLOW_UP_RULES,
  DEFAULT_REPEAT_SETTINGS,
  officeHoursWeek,
  type AppraisalWeights,
  type ComplaintSlaSettings,
  type KpiSettings,
  type KpiTarget,
  type ProjectKpi,
  type SurveyFrequency,
  type SurveyItem,
  type FollowUpRules,
  type HolidayYear,
  type RepeatSettings,
  type Weekday,
  type WorkingWindow,
} from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

export type WeeklyHours = Record<Weekday, WorkingWindow[]>;

/**
 * A company's own numbers where the procedures allow a choice (README: "make it a setting with
 * the first value as the default"): complaint deadlines, follow-up rates and windows, repeat
 * thresholds, office hours and the holiday schedule. No row means the defaults.
 */
@Entity({ tableName: 'company_settings' })
@Unique({ properties: ['companyId'] })
export class CompanySettings extends VersionedEntity {
  @Property({ type: 'jsonb' })
  complaintSla!: ComplaintSlaSettings;

  @Property({ type: 'jsonb' })
  followUpRules!: FollowUpRules;

  @Property({ type: 'jsonb' })
  repeat!: RepeatSettings;

  @Property({ type: 'jsonb' })
  weeklyHours!: WeeklyHours;

  /** Hours on a make-up working day (调休上班); null = Monday's. */
  @Property({ type: 'jsonb', nullable: true })
  makeUpDayHours?: WorkingWindow[] | null;

  /** The State Council's schedule per year, shipped for 2025 and 2026; next year's is added here. */
  @Property({ type: 'jsonb' })
  holidayYears!: HolidayYear[];

  /**
   * Seed of the follow-up sample: with it an auditor re-derives who was chosen
   * (followUpSampleBucket(seed, subject id) < rate). Fixed per company so the rule is stable.
   */
  @Property({ length: 64 })
  followUpSeed!: string;

  /** Penalty and commendation points, base score, appeal window (README §7); null = the procedures' defaults. */
  @Property({ type: 'jsonb', nullable: true })
  kpi?: KpiSettings | null;

  /** Company targets of the project KPIs (red/amber/green); null = defaults. */
  @Property({ type: 'jsonb', nullable: true })
  kpiTargets?: Record<ProjectKpi, KpiTarget> | null;

  /** Satisfaction survey items; null = the eight standard ones. */
  @Property({ type: 'jsonb', nullable: true })
  surveyItems?: SurveyItem[] | null;

  /** Yearly by default; some companies survey half-yearly (README §7). */
  @Property({ length: 12, nullable: true })
  surveyFrequency?: SurveyFrequency | null;

  /** Weights of the housekeeper appraisal's dimensions; null = equal. */
  @Property({ type: 'jsonb', nullable: true })
  appraisalWeights?: AppraisalWeights | null;
}

/** The procedures' numbers, used until a company changes one (README: the first value is the default). */
export function defaultSettings(companyId: string): Omit<CompanySettings, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    companyId,
    version: 0,
    complaintSla: DEFAULT_COMPLAINT_SLA_SETTINGS,
    followUpRules: DEFAULT_FOLLOW_UP_RULES,
    repeat: DEFAULT_REPEAT_SETTINGS,
    weeklyHours: officeHoursWeek() as WeeklyHours,
    makeUpDayHours: null,
    holidayYears: [...CHINA_HOLIDAY_YEARS],
    followUpSeed: `followup:${companyId}`,
    kpi: null,
    kpiTargets: null,
    surveyItems: null,
    surveyFrequency: null,
    appraisalWeights: null,
  };
}

import {
  DEFAULT_APPRAISAL_WEIGHTS,
  DEFAULT_KPI_SETTINGS,
  DEFAULT_PROJECT_KPI_TARGETS,
  DEFAULT_SURVEY_FREQUENCY,
  DEFAULT_SURVEY_ITEMS,
  validateAppraisalWeights,
  validateKpiSettings,
  validateKpiTargets,
  validateSurveyItems,
  type AppraisalWeights,
  type KpiSettings,
  type KpiTarget,
  type ProjectKpi,
  type SurveyFrequency,
  type SurveyItem,
} from '@wuye/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx, DataCtx } from '../../context.js';
import { expectVersion } from '../../db/queries.js';
import { domainError } from '../../graphql/errors.js';
import { CompanySettings } from './company-settings.entity.js';
import { SettingsService, settingsIn, settingsOf } from './settings.service.js';

/** The KPI numbers a company works with: its own where the GM set them, the procedures' otherwise. */
export interface KpiConfig {
  readonly kpi: KpiSettings;
  readonly targets: Readonly<Record<ProjectKpi, KpiTarget>>;
  readonly surveyItems: readonly SurveyItem[];
  readonly surveyFrequency: SurveyFrequency;
  readonly appraisalWeights: AppraisalWeights;
}

export function kpiConfigOf(s: CompanySettings): KpiConfig {
  return {
    kpi: s.kpi ?? DEFAULT_KPI_SETTINGS,
    targets: s.kpiTargets ?? DEFAULT_PROJECT_KPI_TARGETS,
    surveyItems: s.surveyItems ?? DEFAULT_SURVEY_ITEMS,
    surveyFrequency: s.surveyFrequency ?? DEFAULT_SURVEY_FREQUENCY,
    appraisalWeights: s.appraisalWeights ?? DEFAULT_APPRAISAL_WEIGHTS,
  };
}

/** The caller's company KPI configuration, read once per request. */
export async function kpiConfig(ctx: DataCtx): Promise<KpiConfig> {
  return kpiConfigOf(await settingsOf(ctx));
}

/** For jobs and event handlers that run outside a request. */
export async function kpiConfigFor(em: EntityManager, companyId: string): Promise<KpiConfig> {
  return kpiConfigOf(await settingsIn(em, companyId));
}

export type KpiConfigChange = Partial<{ -readonly [K in keyof KpiConfig]: KpiConfig[K] }>;

/** Every section sent is checked by the domain's validators; all of it is stored or nothing. */
export async function updateKpiConfig(ctx: Ctx, version: number, change: KpiConfigChange): Promise<CompanySettings> {
  return ctx.em.transactional(async (em) => {
    const service = new SettingsService();
    const current = await service.forCompany(em, ctx.companyId!);
    expectVersion(current, version);
    const next = { ...kpiConfigOf(current), ...change };
    const issue =
      validateKpiSettings(next.kpi)[0] ??
      validateKpiTargets(next.targets).map((i) => ({ ...i, field: `targets.${i.field}` }))[0] ??
      validateSurveyItems(next.surveyItems).map((i) => ({ ...i, field: i.field.replace(/^items/, 'surveyItems') }))[0] ??
      validateAppraisalWeights(next.appraisalWeights)[0];
    if (issue) throw domainError(issue);
    const columns = {
      kpi: next.kpi,
      kpiTargets: next.targets as Record<ProjectKpi, KpiTarget>,
      surveyItems: [...next.surveyItems],
      surveyFrequency: next.surveyFrequency,
      appraisalWeights: next.appraisalWeights,
    };
    if (current.version === 0) {
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...defaults } = current;
      const created = em.create(CompanySettings, { ...defaults, ...columns, companyId: ctx.companyId! });
      await em.flush();
      return created;
    }
    em.assign(current, columns);
    await em.flush();
    return current;
  });
}

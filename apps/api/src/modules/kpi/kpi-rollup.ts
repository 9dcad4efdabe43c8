import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, shanghaiMonthKey } from '@wuye/domain';
import { systemDataCtx } from '../../context.js';
import { Company } from '../company/company.entity.js';
import { Project } from '../projects/project.entity.js';
import { ProjectKpisService } from './project-kpis.service.js';

export const KPI_REFRESH_RECENT_TASK = 'kpi_refresh_recent';

const projectKpis = new ProjectKpisService();

/**
 * Nightly: the last two closed months of every project are recomputed, because what they count
 * still moves after the month ends (penalties judged and appealed, follow-ups visited, corrective
 * actions completed). Older months are left as stored.
 */
export async function refreshRecentKpiMonths(em: EntityManager, now: Date): Promise<void> {
  const current = shanghaiMonthKey(now);
  const months = [addMonths(current, -2), addMonths(current, -1)];
  const companies = await em.find(Company, {}, { filters: false });
  for (const company of companies) {
    const ctx = systemDataCtx(em, company.id, now);
    const projects = await ctx.em.find(Project, {});
    await projectKpis.refresh(ctx, projects, months);
  }
}

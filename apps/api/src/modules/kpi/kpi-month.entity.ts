import { Entity, Filter, Property, Unique } from '@mikro-orm/core';
import type { ProjectKpiValues } from '@wuye/domain';
import { projectScope, TenantEntity } from '../../db/base.entity.js';

/**
 * A closed month's KPI values of a project, kept so the dashboard's twelve-month sparklines read
 * one row per project-month instead of recomputing every source. Refreshed by a job after the
 * month closes and nightly for the last two months (late judgements of penalties, late visits).
 */
@Entity({ tableName: 'kpi_month' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'month'] })
export class KpiMonth extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 7 })
  month!: string;

  @Property({ type: 'jsonb' })
  kpiValues!: ProjectKpiValues;

  @Property({ type: 'datetime' })
  computedAt!: Date;
}

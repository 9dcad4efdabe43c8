import { Arg, Ctx as C, Mutation, Query, Resolver } from 'type-graphql';
import { authorize, authorizeCompanyWide } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { ProjectsService } from '../projects/projects.service.js';
import { ProjectView } from '../projects/projects.types.js';
import { settingsChange, settingsView, weeklyHoursFrom } from './settings-mapping.js';
import { SettingsService } from './settings.service.js';
import { CompanySettingsView, ProjectWorkingHoursInput, UpdateCompanySettingsInput } from './settings.types.js';
import { updateKpiConfig } from './kpi-settings.js';
import { kpiSettingsChange, kpiSettingsView } from './kpi-settings-mapping.js';
import { KpiSettingsView, UpdateKpiSettingsInput } from './kpi-settings.types.js';

const settings = new SettingsService();
const projects = new ProjectsService();

@Resolver(() => CompanySettingsView)
export class SettingsResolver {
  @Query(() => CompanySettingsView, { description: 'Complaint deadlines, follow-up rules, repeat thresholds, office hours and holidays' })
  async companySettings(@C() ctx: Ctx) {
    authorize(ctx, 'settings.read');
    return settingsView(await settings.forCompany(ctx.em, ctx.companyId!));
  }

  @Mutation(() => CompanySettingsView, { description: 'Change some sections; each is checked against the procedures' })
  async updateCompanySettings(@Arg('input') input: UpdateCompanySettingsInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'settings.manage');
    const current = await settings.forCompany(ctx.em, ctx.companyId!);
    return settingsView(await settings.update(ctx, input.version, settingsChange(current, input)));
  }

  @Query(() => KpiSettingsView, { description: 'Penalty and commendation points, KPI targets, survey items and frequency, appraisal weights' })
  async kpiSettings(@C() ctx: Ctx) {
    authorize(ctx, 'settings.read');
    return kpiSettingsView(await settings.forCompany(ctx.em, ctx.companyId!));
  }

  @Mutation(() => KpiSettingsView, { description: 'The GM changes some KPI numbers; entries already proposed keep their points' })
  async updateKpiSettings(@Arg('input') input: UpdateKpiSettingsInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'kpi.configure');
    const current = await settings.forCompany(ctx.em, ctx.companyId!);
    return kpiSettingsView(await updateKpiConfig(ctx, input.version, kpiSettingsChange(current, input)));
  }

  @Mutation(() => ProjectView, { description: 'A project’s own office hours, or null to follow the company’s' })
  async setProjectWorkingHours(@Arg('input') input: ProjectWorkingHoursInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'settings.manage');
    const project = await projects.findProject(ctx, input.projectId);
    return settings.setProjectHours(ctx, project, input.version, input.weeklyHours ? weeklyHoursFrom(input.weeklyHours, 'weeklyHours') : null);
  }
}

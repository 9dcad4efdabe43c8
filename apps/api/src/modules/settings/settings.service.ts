import type { EntityManager } from '@mikro-orm/postgresql';
import {
  chinaWorkingCalendar,
  validateComplaintSlaSettings,
  validateFollowUpRules,
  validateHolidayYear,
  validateWorkingCalendar,
  type WorkingCalendar,
} from '@wuye/domain';
import type { Ctx, DataCtx } from '../../context.js';
import { expectVersion } from '../../db/queries.js';
import { domainError, invalid } from '../../graphql/errors.js';
import type { Project } from '../projects/project.entity.js';
import { CompanySettings, defaultSettings, type WeeklyHours } from './company-settings.entity.js';

export interface SettingsChange {
  complaintSla?: CompanySettings['complaintSla'];
  followUpRules?: CompanySettings['followUpRules'];
  repeat?: CompanySettings['repeat'];
  weeklyHours?: WeeklyHours;
  makeUpDayHours?: CompanySettings['makeUpDayHours'];
  holidayYears?: CompanySettings['holidayYears'];
}

const perManager = new WeakMap<EntityManager, Map<string, Promise<CompanySettings>>>();

/**
 * A company's settings, read once per entity manager: once per request (its manager), and once
 * per transaction of a job or a step that plans a follow-up and proposes a penalty.
 */
export function settingsIn(em: EntityManager, companyId: string): Promise<CompanySettings> {
  let byCompany = perManager.get(em);
  if (!byCompany) perManager.set(em, (byCompany = new Map()));
  let settings = byCompany.get(companyId);
  if (!settings) byCompany.set(companyId, (settings = new SettingsService().forCompany(em, companyId)));
  return settings;
}

/** The caller's company settings, read once per request. */
export function settingsOf(ctx: DataCtx): Promise<CompanySettings> {
  return settingsIn(ctx.em, ctx.companyId!);
}

const isPositiveInt = (n: number) => Number.isSafeInteger(n) && n >= 1;

/** Reads a company's settings (defaults until someone changes one) and the calendars built from them. */
export class SettingsService {
  /** The stored row, or an unsaved one holding the defaults (version 0). */
  async forCompany(em: EntityManager, companyId: string): Promise<CompanySettings> {
    const row = await em.findOne(CompanySettings, { companyId }, { filters: false });
    if (row) return row;
    return Object.assign(new CompanySettings(), defaultSettings(companyId));
  }

  /** A project's working calendar: its own office hours if set, else the company's; the company's holidays. */
  calendar(settings: CompanySettings, project?: Pick<Project, 'workingHours'> | null): WorkingCalendar {
    return chinaWorkingCalendar({
      weeklyHours: project?.workingHours ?? settings.weeklyHours,
      makeUpDayHours: settings.makeUpDayHours ?? null,
      holidayYears: settings.holidayYears,
    });
  }

  /** Checks every section sent with the domain's validators, then stores all of it or nothing. */
  async update(ctx: Ctx, version: number, change: SettingsChange): Promise<CompanySettings> {
    return ctx.em.transactional(async (em) => {
      const current = await this.forCompany(em, ctx.companyId!);
      expectVersion(current, version);
      const next = { ...pick(current), ...change };
      const sla = validateComplaintSlaSettings(next.complaintSla)[0];
      if (sla) throw domainError({ ...sla, field: `complaintSla.${sla.field}` });
      const rules = validateFollowUpRules(next.followUpRules)[0];
      if (rules) throw domainError({ ...rules, field: `followUpRules.${rules.field}` });
      for (const [field, value] of Object.entries(next.repeat)) {
        if (!isPositiveInt(value)) throw invalid(`repeat.${field}`, 'validation.min', { min: 1 });
      }
      for (const [i, year] of next.holidayYears.entries()) {
        const issue = validateHolidayYear(year)[0];
        if (issue) throw domainError({ ...issue, field: `holidayYears.${i}.${issue.path}` });
      }
      if (new Set(next.holidayYears.map((y) => y.year)).size !== next.holidayYears.length) throw invalid('holidayYears', 'settings.holidayYearTwice');
      const calendar = validateWorkingCalendar(this.calendar(next as CompanySettings))[0];
      if (calendar) throw domainError({ ...calendar, field: calendar.path });
      if (current.version === 0) {
        const created = em.create(CompanySettings, { ...next, companyId: ctx.companyId!, followUpSeed: current.followUpSeed });
        await em.flush();
        return created;
      }
      em.assign(current, change);
      await em.flush();
      return current;
    });
  }

  /** A project's own office hours (e.g. a 24-hour service centre), or null to follow the company. */
  async setProjectHours(ctx: Ctx, project: Project, version: number, hours: WeeklyHours | null): Promise<Project> {
    expectVersion(project, version);
    if (hours) {
      const settings = await this.forCompany(ctx.em, project.companyId);
      const issue = validateWorkingCalendar(this.calendar(settings, { workingHours: hours }))[0];
      if (issue) throw domainError({ ...issue, field: issue.path });
    }
    project.workingHours = hours;
    await ctx.em.flush();
    return project;
  }
}

function pick(s: CompanySettings): Required<SettingsChange> {
  return {
    complaintSla: s.complaintSla,
    followUpRules: s.followUpRules,
    repeat: s.repeat,
    weeklyHours: s.weeklyHours,
    makeUpDayHours: s.makeUpDayHours ?? null,
    holidayYears: s.holidayYears,
  };
}

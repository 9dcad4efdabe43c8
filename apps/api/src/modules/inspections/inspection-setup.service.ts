import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_CHECKLIST, DEPARTMENTS, shanghaiDate, validateChecklistItem, type Department } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404 } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import { domainError, invalid } from '../../graphql/errors.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { InspectionPost } from './inspection-post.entity.js';
import { Subcontractor } from './subcontractor.entity.js';
import type { SaveChecklistItemInput, SaveInspectionPostInput, SaveSubcontractorInput } from './inspections.types.js';

/** Inspection set-up: the company's checklists and subcontractors, a project's posts. */
export class InspectionSetupService {
  /**
   * A company starts from the default checklist: written once, the first time anyone asks, so
   * every company edits its own copy (insert … where not exists keeps two first readers from
   * writing it twice).
   */
  async ensureChecklist(em: EntityManager, companyId: string): Promise<void> {
    const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from checklist_item where company_id = ?`, [companyId]);
    if ((row?.n ?? 0) > 0) return;
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`checklist:${companyId}`]);
    const now = new Date();
    for (const [i, item] of DEFAULT_CHECKLIST.entries()) {
      await em.execute(
        `insert into checklist_item (id, company_id, area, category, title, standard, sort, active, created_at, updated_at, version)
         select ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 1 where not exists (select 1 from checklist_item where company_id = ? and area = ? and title = ?)`,
        [newId(), companyId, item.area, item.category, item.title, item.standard, (i + 1) * 10, now, now, companyId, item.area, item.title],
        'run',
      );
    }
  }

  async checklist(ctx: Ctx, area: Department | null, includeInactive: boolean): Promise<ChecklistItem[]> {
    await ctx.em.transactional((em) => this.ensureChecklist(em, ctx.companyId!));
    return ctx.em.find(ChecklistItem, { ...(area ? { area } : {}), ...(includeInactive ? {} : { active: true }) }, { orderBy: { area: 'asc', sort: 'asc', id: 'asc' } });
  }

  async saveChecklistItem(ctx: Ctx, input: SaveChecklistItemInput): Promise<ChecklistItem> {
    const issue = validateChecklistItem(input)[0];
    if (issue) throw domainError(issue);
    const fields = { area: input.area as Department, category: input.category.trim(), title: input.title.trim(), standard: input.standard.trim(), active: input.active };
    if (input.id) {
      const item = await findOr404(ctx.em, ChecklistItem, input.id);
      expectVersion(item, input.version ?? -1);
      ctx.em.assign(item, { ...fields, ...(input.sort != null ? { sort: input.sort } : {}) });
      await ctx.em.flush();
      return item;
    }
    await ctx.em.transactional((em) => this.ensureChecklist(em, ctx.companyId!));
    const last = await ctx.em.findOne(ChecklistItem, { area: fields.area }, { orderBy: { sort: 'desc' } });
    const item = ctx.em.create(ChecklistItem, { ...fields, companyId: ctx.companyId!, sort: input.sort ?? (last?.sort ?? 0) + 10 });
    await ctx.em.flush();
    return item;
  }

  posts(ctx: Ctx, projectId: string, includeInactive: boolean): Promise<InspectionPost[]> {
    return ctx.em.find(InspectionPost, { projectId, ...(includeInactive ? {} : { active: true }) }, { orderBy: { area: 'asc', name: 'asc' } });
  }

  async savePost(ctx: Ctx, input: SaveInspectionPostInput): Promise<InspectionPost> {
    if (!(DEPARTMENTS as readonly string[]).includes(input.area)) throw invalid('area', 'validation.invalid');
    if (input.id) {
      const post = await findOr404(ctx.em, InspectionPost, input.id);
      if (post.projectId !== input.projectId) throw invalid('projectId', 'validation.invalid');
      expectVersion(post, input.version ?? -1);
      // Switching a post back on starts its coverage afresh: it was not watched while off.
      const reactivated = !post.active && input.active;
      ctx.em.assign(post, { area: input.area as Department, name: input.name.trim(), active: input.active, ...(reactivated ? { since: shanghaiDate(ctx.now) } : {}) });
      await ctx.em.flush();
      return post;
    }
    const post = ctx.em.create(InspectionPost, {
      companyId: ctx.companyId!,
      projectId: input.projectId,
      area: input.area as Department,
      name: input.name.trim(),
      since: shanghaiDate(ctx.now),
      active: input.active,
    });
    await ctx.em.flush();
    return post;
  }

  post = (ctx: Ctx, id: string) => findById(ctx.em, InspectionPost, id);
  subcontractor = (ctx: Ctx, id: string) => findById(ctx.em, Subcontractor, id);

  subcontractors(ctx: Ctx, includeInactive: boolean): Promise<Subcontractor[]> {
    return ctx.em.find(Subcontractor, includeInactive ? {} : { active: true }, { orderBy: { name: 'asc' } });
  }

  async saveSubcontractor(ctx: Ctx, input: SaveSubcontractorInput): Promise<Subcontractor> {
    const areas = [...new Set(input.areas)];
    if (areas.some((a) => !(DEPARTMENTS as readonly string[]).includes(a))) throw invalid('areas', 'validation.invalid');
    const fields = { name: input.name.trim(), areas: areas as Department[], contact: input.contact?.trim() || null, active: input.active };
    if (input.id) {
      const s = await findOr404(ctx.em, Subcontractor, input.id);
      expectVersion(s, input.version ?? -1);
      ctx.em.assign(s, fields);
      await ctx.em.flush();
      return s;
    }
    const s = ctx.em.create(Subcontractor, { ...fields, companyId: ctx.companyId! });
    await ctx.em.flush();
    return s;
  }
}

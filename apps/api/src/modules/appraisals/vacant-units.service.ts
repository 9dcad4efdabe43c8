import { lastVacantCheck, monthRange, vacantUnitCheckStatus, type MonthKey } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { findById, uuidArray } from '../../db/queries.js';
import { invalid } from '../../graphql/errors.js';
import { Building } from '../projects/building.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { VacantUnitCheck } from './vacant-unit-check.entity.js';

/**
 * Vacant units (README §7: inspected at least monthly by the housekeeper): a unit without an
 * active resident. A housekeeper sees their block's; managers see the project's.
 */
export class VacantUnitsService {
  async list(ctx: Ctx, projectId: string, month: MonthKey, onlyBlockOf: string | null) {
    const vacant = await ctx.em.execute<{ id: string; number: string; building_id: string; housekeeper_id: string | null; housekeeper_name: string | null }[]>(
      `select u.id, u.number, u.building_id, b.housekeeper_id, s.name as housekeeper_name
         from unit u join building b on b.id = u.building_id left join staff_user s on s.id = b.housekeeper_id
        where u.company_id = ? and u.project_id = ? and not exists (select 1 from resident r where r.unit_id = u.id and r.active)
          ${onlyBlockOf ? 'and b.housekeeper_id = ?' : ''}
        order by u.number`,
      [ctx.companyId, projectId, ...(onlyBlockOf ? [onlyBlockOf] : [])],
    );
    const { end } = monthRange(month);
    const checks = vacant.length
      ? await ctx.em.execute<{ unit_id: string; checked_at: Date }[]>(
          `select unit_id, checked_at from vacant_unit_check where unit_id = any(?::uuid[]) and checked_at < ?`,
          [uuidArray(vacant.map((v) => v.id)), end],
        )
      : [];
    return vacant.map((v) => {
      const mine = checks.filter((c) => c.unit_id === v.id).map((c) => new Date(c.checked_at));
      return {
        unitId: v.id,
        unitNumber: v.number,
        buildingId: v.building_id,
        housekeeperId: v.housekeeper_id,
        housekeeperName: v.housekeeper_name,
        lastCheckedOn: lastVacantCheck(month, mine),
        status: vacantUnitCheckStatus({ month, checkedAt: mine, now: ctx.now }),
      };
    });
  }

  /** A check of a vacant unit; a housekeeper checks the units of their own block. */
  async record(ctx: Ctx, input: { unitId: string; checkedAt?: Date | null; note: string; problemFound: boolean }, onlyBlockOf: string | null): Promise<VacantUnitCheck> {
    const unit = await findById(ctx.em, Unit, input.unitId);
    if (!unit) throw invalid('unitId', 'error.notFound', { entity: 'Unit' });
    if (onlyBlockOf) {
      const building = await ctx.em.findOne(Building, { id: unit.buildingId });
      if (building?.housekeeperId !== onlyBlockOf) throw invalid('unitId', 'vacantUnit.notYourBlock');
    }
    const [occupied] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from resident where unit_id = ? and active`, [unit.id]);
    if ((occupied?.n ?? 0) > 0) throw invalid('unitId', 'vacantUnit.occupied');
    const at = input.checkedAt ?? ctx.now;
    if (at.getTime() > ctx.now.getTime()) throw invalid('checkedAt', 'inspection.inFuture');
    const check = ctx.em.create(VacantUnitCheck, {
      companyId: unit.companyId,
      projectId: unit.projectId,
      unitId: unit.id,
      checkedById: ctx.user!.id,
      checkedAt: at,
      note: input.note.trim(),
      problemFound: input.problemFound,
    });
    await ctx.em.flush();
    return check;
  }
}

import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Building } from '../modules/projects/building.entity.js';
import { Project } from '../modules/projects/project.entity.js';
import { Unit } from '../modules/projects/unit.entity.js';
import { Resident } from '../modules/residents/resident.entity.js';
import { PriceListEntry } from '../modules/catalog/price-list-entry.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { CatalogItem } from '../modules/catalog/catalog-item.entity.js';
import { ServiceOrder } from '../modules/orders/service-order.entity.js';

type WithId = { id: string };

/**
 * Rows of `entity` matching `where`, through the request's tenant and project filters, as plain
 * objects: relations are only read, so nothing is hydrated into the identity map or snapshotted
 * for change tracking (the most expensive part of a list once its statements were batched).
 */
async function readRows<T extends object>(em: EntityManager, entity: new () => T, where: FilterQuery<T>, orderBy?: QueryOrderMap<T>): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).where(where);
  if (orderBy) qb.orderBy(orderBy);
  await qb.applyFilters();
  return (await qb.execute('all', true)) as T[];
}

/** One query per relation per request, through the request's filtered entity manager. */
function byId<T extends WithId>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await readRows(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<T>(load: (keys: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = key(row);
      groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Counts per parent id in one grouped query; company_id is explicit because raw SQL bypasses ORM filters. */
function countBy(em: EntityManager, companyId: string, table: string, column: string): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const rows: Array<{ key: string; n: string }> = await em
      .getConnection()
      .execute(
        `select ${column} as key, count(*) as n from ${table} where company_id = ? and ${column} in (?) group by ${column}`,
        [companyId, [...ids]],
      );
    const map = new Map(rows.map((r) => [r.key, Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });
}

export function createLoaders(em: EntityManager, companyId: string) {
  return {
    project: byId(em, Project),
    building: byId(em, Building),
    unit: byId(em, Unit),
    resident: byId(em, Resident),
    buildingCount: countBy(em, companyId, 'building', 'project_id'),
    unitCount: countBy(em, companyId, 'unit', 'building_id'),
    staff: byId(em, StaffUser),
    catalogItem: byId(em, CatalogItem),
    serviceOrder: byId(em, ServiceOrder),
    entriesByPriceList: groupedBy(
      (ids) => readRows(em, PriceListEntry, { priceListId: { $in: ids } }, { position: 'asc', category: 'asc', name: 'asc', id: 'asc' }),
      (e) => e.priceListId,
    ),
    residentsByUnit: groupedBy(
      (unitIds) => readRows(em, Resident, { unitId: { $in: unitIds }, active: true }, { name: 'asc', id: 'asc' }),
      (r) => r.unitId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import type { EntityManager } from '@mikro-orm/postgresql';
import { parseSampleCatalog, type CatalogTemplateEntry, type PricingMode } from '@wuye/domain';
import { readFileSync } from 'node:fs';
import { CatalogItem } from '../../modules/catalog/catalog-item.entity.js';
import { PriceListEntry } from '../../modules/catalog/price-list-entry.entity.js';
import { PriceList } from '../../modules/catalog/price-list.entity.js';
import type { Company } from '../../modules/company/company.entity.js';
import type { Project } from '../../modules/projects/project.entity.js';
import type { StaffUser } from '../../modules/staff/staff-user.entity.js';

/** The real price list from the procedures (shared/domain/catalog.sample.json), kept with the seed. */
const SAMPLE = JSON.parse(readFileSync(new URL('../../../src/db/seed/catalog.sample.json', import.meta.url), 'utf8'));

/** Minutes of labour and expected materials (fen) per unit of charge, by category: the demo's 成本核算. */
const COST_BY_CATEGORY: Record<string, { labourMinutes: number; materialsFen: number }> = {
  水电类: { labourMinutes: 40, materialsFen: 300 },
  门窗类: { labourMinutes: 30, materialsFen: 200 },
  安装类: { labourMinutes: 40, materialsFen: 100 },
  电气检修类: { labourMinutes: 30, materialsFen: 200 },
  便民服务: { labourMinutes: 45, materialsFen: 0 },
  免费服务: { labourMinutes: 15, materialsFen: 0 },
};

/** Items whose effort differs from their category's. */
const COST_BY_NAME: Record<string, { labourMinutes: number; materialsFen: number }> = {
  代理物业出租: { labourMinutes: 300, materialsFen: 0 },
  '接送小孩入学、入托': { labourMinutes: 600, materialsFen: 0 },
  家庭卫生清洁: { labourMinutes: 60, materialsFen: 0 },
  家庭绿化保养: { labourMinutes: 90, materialsFen: 1000 },
  洗衣服务: { labourMinutes: 10, materialsFen: 50 },
  '打字、复印、传真': { labourMinutes: 1, materialsFen: 30 },
  代购代送煤气: { labourMinutes: 20, materialsFen: 0 },
  家电维修: { labourMinutes: 60, materialsFen: 500 },
  换管: { labourMinutes: 90, materialsFen: 0 },
  安装水晶灯: { labourMinutes: 90, materialsFen: 200 },
};

/** Prices the project managers proposed for the sample's unpriced convenience services (yuan → fen). */
const CONVENIENCE_PRICES: Record<string, { mode: PricingMode; priceFen?: number; minFen?: number; maxFen?: number }> = {
  '窗户(推拉门)换锁': { mode: 'range', minFen: 2000, maxFen: 6000 },
  代购代送煤气: { mode: 'fixed', priceFen: 1000 },
  代理物业出租: { mode: 'fixed', priceFen: 20000 },
  家电维修: { mode: 'workload', minFen: 3000, maxFen: 50000 },
  '接送小孩入学、入托': { mode: 'fixed', priceFen: 30000 },
  家庭卫生清洁: { mode: 'fixed', priceFen: 4000 },
  家庭绿化保养: { mode: 'range', minFen: 3000, maxFen: 10000 },
  洗衣服务: { mode: 'range', minFen: 500, maxFen: 3000 },
  '打字、复印、传真': { mode: 'fixed', priceFen: 100 },
};

/** The sample catalog with the demo's costs, as plain rows (also the synthetic history's catalog). */
export function catalogTemplate() {
  return parseSampleCatalog(SAMPLE).map((t: CatalogTemplateEntry) => ({
    category: t.category,
    name: t.name,
    unit: t.unit,
    kind: t.kind,
    mode: t.pricing.mode,
    priceFen: t.pricing.price ?? null,
    minFen: t.pricing.min ?? null,
    maxFen: t.pricing.max ?? null,
    ...(COST_BY_NAME[t.name] ?? COST_BY_CATEGORY[t.category] ?? { labourMinutes: 30, materialsFen: 0 }),
    overheadBp: 1000,
    riskBp: 300,
    position: t.position,
  }));
}

export function seedCatalogTemplate(em: EntityManager, company: Company): CatalogItem[] {
  return catalogTemplate().map((t) => em.create(CatalogItem, { companyId: company.id, ...t }));
}

type Pricing = { mode: PricingMode; priceFen?: number | null; minFen?: number | null; maxFen?: number | null };

function addEntries(em: EntityManager, list: PriceList, items: CatalogItem[], priceOf: (item: CatalogItem) => Pricing): PriceListEntry[] {
  return items.map((item) => {
    const p = priceOf(item);
    return em.create(PriceListEntry, {
      companyId: list.companyId,
      projectId: list.projectId,
      priceListId: list.id,
      catalogItemId: item.id,
      category: item.category,
      name: item.name,
      unit: item.unit,
      mode: p.mode,
      priceFen: p.priceFen ?? null,
      minFen: p.minFen ?? null,
      maxFen: p.maxFen ?? null,
      labourMinutes: item.labourMinutes,
      materialsFen: item.materialsFen,
      overheadBp: item.overheadBp,
      riskBp: item.riskBp,
      position: item.position,
    });
  });
}

const template = (item: Pricing): Pricing => ({ mode: item.mode, priceFen: item.priceFen, minFen: item.minFen, maxFen: item.maxFen });
/** The published price of an item: the template's, or the price proposed for an unpriced convenience service. */
export const priced = (item: Pricing & { name: string }): Pricing => (item.mode === 'unset' ? CONVENIENCE_PRICES[item.name] ?? { mode: 'fixed', priceFen: 2000 } : template(item));

/** Price changes project 1's manager proposes in version 2, waiting for the GM. */
const P1_CHANGES: Record<string, Pricing> = {
  疏通下水: { mode: 'fixed', priceFen: 3500 },
  换锁: { mode: 'range', minFen: 1500, maxFen: 6000 },
  安装毛巾架: { mode: 'fixed', priceFen: 1500 },
  家庭卫生清洁: { mode: 'fixed', priceFen: 4500 },
};

/**
 * Project 1: version 1 published, version 2 submitted with a few price changes;
 * project 2: version 1 published; project 3: a draft whose convenience services are unpriced.
 */
export function seedPriceLists(em: EntityManager, projects: Project[], items: CatalogItem[], users: StaffUser[]): Map<string, { list: PriceList; entries: PriceListEntry[] }> {
  const [p1, p2, p3] = projects as [Project, Project, Project];
  const gm = users.find((u) => u.email === 'gm@demo.wuye.cn')!;
  const pm = (n: number) => users.find((u) => u.email === `pm${n}@demo.wuye.cn`)!;
  const effective = new Date('2025-11-01T00:00:00+08:00');
  const approved = new Date('2025-10-20T10:30:00+08:00');

  const published = (project: Project, n: number) => {
    const list = em.create(PriceList, {
      companyId: project.companyId,
      projectId: project.id,
      number: 1,
      state: 'published',
      createdById: pm(n).id,
      submittedById: pm(n).id,
      submittedAt: new Date('2025-10-15T09:00:00+08:00'),
      decidedById: gm.id,
      decidedAt: approved,
      decisionReason: '同意，按保本微利原则执行',
      approvalRef: `${project.code}-2025-001`,
      publishedById: pm(n).id,
      effectiveFrom: effective,
    });
    return { list, entries: addEntries(em, list, items, priced) };
  };
  const p1Published = published(p1, 1);
  const p1v1 = p1Published.list;
  const p2Published = published(p2, 2);

  const p1v2 = em.create(PriceList, {
    companyId: p1.companyId,
    projectId: p1.id,
    number: 2,
    state: 'submitted',
    basedOnId: p1v1.id,
    createdById: pm(1).id,
    submittedById: pm(1).id,
    submittedAt: new Date('2026-11-18T16:00:00+08:00'),
  });
  addEntries(em, p1v2, items, (item) => P1_CHANGES[item.name] ?? priced(item));

  const p3v1 = em.create(PriceList, {
    companyId: p3.companyId,
    projectId: p3.id,
    number: 1,
    state: 'draft',
    createdById: pm(3).id,
  });
  addEntries(em, p3v1, items, template);
  return new Map([
    [p1.id, p1Published],
    [p2.id, p2Published],
  ]);
}

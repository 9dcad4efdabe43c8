import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../db/queries.js';
import {
  DEFAULT_MARGIN_TARGET_BAND,
  addMonths,
  compareMonths,
  fen,
  itemMonthPnl,
  shanghaiMonthKey,
  type BasisPoints,
  type ItemMonthPnl,
  type MarginTargetBand,
  type MonthKey,
} from '@wuye/domain';
import { aggregateMonths, storedMonths, type PnlSums } from './pnl-rollup.js';

export interface PnlQuery {
  companyId: string;
  projectIds: string[];
  from: MonthKey;
  to: MonthKey;
  itemId?: string | null;
  category?: string | null;
  now: Date;
}

interface ItemFacts {
  name: string;
  category: string;
  charge: 'paid' | 'free';
  overheadBp: number;
  riskBp: number;
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each item's place in (category, name) order as localeCompare gives it; equal pairs share one. */
function nameRanks(items: Iterable<ItemFacts>): Map<ItemFacts, number> {
  const collator = new Intl.Collator(); // the same order as localeCompare without arguments
  const byName = (a: ItemFacts, b: ItemFacts) => collator.compare(a.category, b.category) || collator.compare(a.name, b.name);
  const sorted = [...items].sort(byName);
  const ranks = new Map<ItemFacts, number>();
  sorted.forEach((item, i) => ranks.set(item, i > 0 && byName(sorted[i - 1]!, item) === 0 ? ranks.get(sorted[i - 1]!)! : i));
  return ranks;
}

/**
 * The P&L of paid (and free) services per project, item and month: closed months from the
 * rollup, the open month live, costed with the project's labour rate and the item's overhead
 * and risk percentages from the project's published price list (else the company template).
 */
export class PnlService {
  async itemMonths(em: EntityManager, q: PnlQuery): Promise<ItemMonthPnl[]> {
    const current = shanghaiMonthKey(q.now);
    const lastClosed = compareMonths(q.to, current) >= 0 ? addMonths(current, -1) : q.to;
    const [closed, live] = await Promise.all([
      storedMonths(em, q.companyId, q.projectIds, q.from, lastClosed),
      compareMonths(q.to, current) >= 0 && compareMonths(q.from, current) <= 0
        ? aggregateMonths(em, q.companyId, q.projectIds, current, current)
        : Promise.resolve([] as PnlSums[]),
    ]);
    let sums = [...closed, ...live];
    if (q.itemId) sums = sums.filter((s) => s.catalogItemId === q.itemId);
    if (!sums.length) return [];
    const [items, rates, band] = await Promise.all([this.items(em, q.companyId, q.projectIds), this.labourRates(em, q.companyId, q.projectIds), this.band(em, q.companyId)]);
    const rank = nameRanks([...items.template.values(), ...[...items.byProject.values()].flatMap((m) => [...m.values()])]);
    const result: Array<{ pnl: ItemMonthPnl; rank: number }> = [];
    for (const s of sums) {
      const item = items.byProject.get(s.projectId)?.get(s.catalogItemId) ?? items.template.get(s.catalogItemId);
      if (!item || (q.category && item.category !== q.category)) continue;
      result.push({
        rank: rank.get(item)!,
        pnl: itemMonthPnl(
          {
            projectId: s.projectId,
            itemId: s.catalogItemId,
            itemName: item.name,
            category: item.category,
            charge: item.charge,
            month: s.month,
            orders: s.orders,
            revenue: fen(s.revenueFen),
            labourMinutes: s.labourMinutes,
            labourRatePerHour: fen(rates.get(s.projectId) ?? 0),
            materials: fen(s.materialsFen),
            overheadBasisPoints: item.overheadBp as BasisPoints,
            riskBasisPoints: item.riskBp as BasisPoints,
            refunds: fen(s.refundsFen),
          },
          band,
        ),
      });
    }
    // Month, project, then category and name as localeCompare orders them, as one number per row:
    // months and projects (UUIDs, all of one shape: code point order is localeCompare's) by their
    // place among the distinct ones, names by their precomputed rank. A company's year is ~55,000
    // rows; collating names on every comparison was a sixth of the report.
    const place = (values: Iterable<string>, compare: (a: string, b: string) => number) => new Map([...new Set(values)].sort(compare).map((v, i) => [v, i]));
    const months = place(result.map((r) => r.pnl.month), compareMonths);
    const projects = place(result.map((r) => r.pnl.projectId), compareCodePoints);
    const ranks = rank.size + 1;
    const keyed = result.map((r) => ({ pnl: r.pnl, key: (months.get(r.pnl.month)! * projects.size + projects.get(r.pnl.projectId)!) * ranks + r.rank }));
    keyed.sort((a, b) => a.key - b.key);
    return keyed.map((r) => r.pnl);
  }

  /**
   * The template's figures per item id, and each project's published entries per project and
   * item. Nested maps, not `project:item` keys: a key built per row is hashed again per row.
   */
  private async items(em: EntityManager, companyId: string, projectIds: string[]): Promise<{ template: Map<string, ItemFacts>; byProject: Map<string, Map<string, ItemFacts>> }> {
    const template: Array<{ id: string; name: string; category: string; kind: 'paid' | 'free'; overhead_bp: number; risk_bp: number }> = await em.execute(
      'select id, name, category, kind, overhead_bp, risk_bp from catalog_item where company_id = ?',
      [companyId],
    );
    const entries: Array<{ project_id: string; catalog_item_id: string; name: string; category: string; mode: string; overhead_bp: number; risk_bp: number }> = await em.execute(
      `select e.project_id, e.catalog_item_id, e.name, e.category, e.mode, e.overhead_bp, e.risk_bp
         from price_list_entry e join price_list l on l.id = e.price_list_id
        where l.company_id = ? and l.project_id = any(?::uuid[]) and l.state = 'published'`,
      [companyId, uuidArray(projectIds)],
    );
    const items = new Map<string, ItemFacts>();
    for (const t of template) items.set(t.id, { name: t.name, category: t.category, charge: t.kind, overheadBp: t.overhead_bp, riskBp: t.risk_bp });
    const byProject = new Map<string, Map<string, ItemFacts>>();
    for (const e of entries) {
      const base = items.get(e.catalog_item_id);
      let project = byProject.get(e.project_id);
      if (!project) byProject.set(e.project_id, (project = new Map()));
      project.set(e.catalog_item_id, { name: e.name, category: e.category, charge: e.mode === 'free' ? 'free' : (base?.charge ?? 'paid'), overheadBp: e.overhead_bp, riskBp: e.risk_bp });
    }
    return { template: items, byProject };
  }

  private async labourRates(em: EntityManager, companyId: string, projectIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; labour_rate_fen_per_hour: number }> = await em.execute(
      'select id, labour_rate_fen_per_hour from project where company_id = ? and id = any(?::uuid[])',
      [companyId, uuidArray(projectIds)],
    );
    return new Map(rows.map((r) => [r.id, r.labour_rate_fen_per_hour]));
  }

  /** The company's ceiling (保本微利) with the default floor. */
  private async band(em: EntityManager, companyId: string): Promise<MarginTargetBand> {
    const [row]: Array<{ margin_ceiling_bp: number }> = await em.execute('select margin_ceiling_bp from company where id = ?', [companyId]);
    return { ...DEFAULT_MARGIN_TARGET_BAND, ceilingBasisPoints: (row?.margin_ceiling_bp ?? DEFAULT_MARGIN_TARGET_BAND.ceilingBasisPoints) as BasisPoints };
  }
}

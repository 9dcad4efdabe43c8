import type { PnlTotalFieldsFragment } from '@wuye/schema';
import { formatRate } from './format';
import type { CsvColumn } from './csv';
import type { ItemPnl } from './pivot';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Names = (projectId: string | null | undefined) => string;

const col = (translate: Translate, field: string) => translate(`resources.profitability.columns.${field}`);

/** Every figure of an item and month, one line each: the P&L table and the worst items. */
export const itemPnlColumns = (translate: Translate, project: Names): CsvColumn<ItemPnl>[] => [
  { header: col(translate, 'project'), value: (r) => project(r.projectId) },
  { header: col(translate, 'category'), value: (r) => r.category },
  { header: col(translate, 'itemName'), value: (r) => r.itemName },
  { header: col(translate, 'month'), value: (r) => r.month },
  { header: col(translate, 'orders'), value: (r) => r.orders, kind: 'number' },
  { header: col(translate, 'revenueFen'), value: (r) => r.revenueFen, kind: 'fen' },
  { header: col(translate, 'labourFen'), value: (r) => r.labourFen, kind: 'fen' },
  { header: col(translate, 'materialsFen'), value: (r) => r.materialsFen, kind: 'fen' },
  { header: col(translate, 'overheadFen'), value: (r) => r.overheadFen, kind: 'fen' },
  { header: col(translate, 'riskFen'), value: (r) => r.riskFen, kind: 'fen' },
  { header: col(translate, 'refundsFen'), value: (r) => r.refundsFen, kind: 'fen' },
  { header: col(translate, 'costFen'), value: (r) => r.costFen, kind: 'fen' },
  { header: col(translate, 'marginFen'), value: (r) => r.marginFen, kind: 'fen' },
  { header: col(translate, 'marginBasisPoints'), value: (r) => (r.marginBasisPoints == null ? '' : formatRate(r.marginBasisPoints)), kind: 'number' },
  { header: col(translate, 'costPerOrderFen'), value: (r) => r.costPerOrderFen, kind: 'fen' },
  { header: col(translate, 'goodwillCostFen'), value: (r) => r.goodwillCostFen, kind: 'fen' },
  { header: col(translate, 'status'), value: (r) => translate(`enums.PnlStatus.${r.status}`) },
];

/** Totals per project, per month or both (the GM's overview). */
export const totalColumns = (translate: Translate, project: Names, { withProject = true, withMonth = true } = {}): CsvColumn<PnlTotalFieldsFragment>[] => [
  ...(withProject ? [{ header: col(translate, 'project'), value: (r: PnlTotalFieldsFragment) => project(r.projectId) }] : []),
  ...(withMonth ? [{ header: col(translate, 'month'), value: (r: PnlTotalFieldsFragment) => r.month }] : []),
  { header: col(translate, 'orders'), value: (r) => r.orders, kind: 'number' },
  { header: col(translate, 'revenueFen'), value: (r) => r.revenueFen, kind: 'fen' },
  { header: col(translate, 'costFen'), value: (r) => r.costFen, kind: 'fen' },
  { header: col(translate, 'marginFen'), value: (r) => r.marginFen, kind: 'fen' },
  { header: col(translate, 'marginBasisPoints'), value: (r) => (r.marginBasisPoints == null ? '' : formatRate(r.marginBasisPoints)), kind: 'number' },
  { header: col(translate, 'paidMarginFen'), value: (r) => r.paidMarginFen, kind: 'fen' },
  { header: col(translate, 'goodwillCostFen'), value: (r) => r.goodwillCostFen, kind: 'fen' },
  { header: col(translate, 'status'), value: (r) => translate(`enums.PnlStatus.${r.status}`) },
];

import { formatBasisPoints, PROJECT_KPIS } from '@wuye/domain';
import type { KpiDashboardQuery, KpiStatus } from '@wuye/schema';
import { formatHundredths } from '../common/score';

/**
 * How the console shows the API's KPI figures. Values, targets and colours are the API's: this
 * only formats them in their unit and lines them up in table order; it never re-computes one.
 */

/** The API's units: basis points (a rate), a count, or hundredths of a score point. */
export type KpiUnit = 'basis_points' | 'count' | 'score_hundredths';

/** 9024 bp → "90.24%", 3 → "3", 9650 hundredths → "96.50"; null (no data) → "—". */
export function formatKpiValue(value: number | null | undefined, unit: string): string {
  if (value == null) return '—';
  switch (unit) {
    case 'basis_points':
      return formatBasisPoints(value);
    case 'score_hundredths':
      return formatHundredths(value);
    default:
      return String(value);
  }
}

export type TargetLike = { target: number | null | undefined; direction: string; strict: boolean; unit: string };

/**
 * The target as people read it: "≥ 95.00%" when higher is better, "< 1.00%" for a strict
 * lower-is-better one (exactly the target is not yet green); null when the company set none.
 */
export function formatKpiTarget({ target, direction, strict, unit }: TargetLike): string | null {
  if (target == null) return null;
  const higher = direction.toLowerCase() === 'higher_is_better';
  const op = higher ? (strict ? '>' : '≥') : strict ? '<' : '≤';
  return `${op} ${formatKpiValue(target, unit)}`;
}

/**
 * Whether each KPI's target is strict, by the API's lower-case KPI name. A project KPI carries its
 * target and direction but not `strict`, which lives in the company's KPI settings.
 */
export const strictByKpi = (targets: ReadonlyArray<{ kpi: string; strict: boolean }>): Map<string, boolean> => new Map(targets.map((t) => [t.kpi.toLowerCase(), t.strict]));

/** The table's column order: the procedures' list (domain PROJECT_KPIS), not the schema's alphabet. */
export const KPI_ORDER: readonly string[] = PROJECT_KPIS;

/** `complaint_rate` → the `enums.KpiName.COMPLAINT_RATE` label. */
export const kpiLabelKey = (kpi: string) => `enums.KpiName.${kpi.toUpperCase()}`;

type Dashboard = KpiDashboardQuery['kpiDashboard'];
type Row = Dashboard['projects'][number];
type Kpi = Row['kpis'][number];

export type KpiCell = Kpi & {
  /** One value and status per month of the dashboard, oldest first; null where the API has none. */
  trend: Array<{ month: string; value: number | null; status: KpiStatus }>;
};

export type DashboardRow = { projectId: string; projectName: string; cells: KpiCell[] };

/**
 * Projects × KPIs in table order, each cell with its months lined up on the dashboard's months
 * (a month the series lacks shows as no data rather than shifting the line).
 */
export function dashboardRows(dashboard: Dashboard): DashboardRow[] {
  return dashboard.projects.map((row) => {
    const byKpi = new Map(row.kpis.map((k) => [k.kpi, k]));
    const seriesOf = new Map(row.series.map((s) => [s.kpi, new Map(s.points.map((p) => [p.month, p]))]));
    const known = KPI_ORDER.filter((k) => byKpi.has(k));
    const extra = row.kpis.map((k) => k.kpi).filter((k) => !KPI_ORDER.includes(k));
    const cells = [...known, ...extra].map((kpi) => {
      const points = seriesOf.get(kpi);
      return {
        ...byKpi.get(kpi)!,
        trend: dashboard.months.map((month) => {
          const p = points?.get(month);
          return { month, value: p?.value ?? null, status: p?.status ?? 'NO_DATA' };
        }),
      };
    });
    return { projectId: row.projectId, projectName: row.projectName, cells };
  });
}

/** The KPI columns of the table: those any project has, in table order. */
export function dashboardColumns(rows: readonly DashboardRow[]): string[] {
  const seen = new Set(rows.flatMap((r) => r.cells.map((c) => c.kpi)));
  return [...KPI_ORDER.filter((k) => seen.has(k)), ...[...seen].filter((k) => !KPI_ORDER.includes(k))];
}

import { describe, expect, it } from 'vitest';
import { dashboardColumns, dashboardRows, formatKpiTarget, formatKpiValue, strictByKpi } from './kpi-format';

describe('KPI values in their unit', () => {
  it.each([
    [9024, 'basis_points', '90.24%'],
    [63, 'basis_points', '0.63%'],
    [10000, 'basis_points', '100.00%'],
    [-1250, 'basis_points', '-12.50%'],
    [0, 'count', '0'],
    [17, 'count', '17'],
    [9650, 'score_hundredths', '96.50'],
    [10005, 'score_hundredths', '100.05'],
    [9900, 'score_hundredths', '99.00'],
  ])('%i %s → %s', (value, unit, text) => {
    expect(formatKpiValue(value, unit)).toBe(text);
  });

  it('shows no data as a dash, never 0', () => {
    expect(formatKpiValue(null, 'basis_points')).toBe('—');
    expect(formatKpiValue(undefined, 'count')).toBe('—');
  });

  it('reads the target with its direction; strict means the target itself is not yet green', () => {
    expect(formatKpiTarget({ target: 100, direction: 'lower_is_better', strict: true, unit: 'basis_points' })).toBe('< 1.00%');
    expect(formatKpiTarget({ target: 9500, direction: 'HIGHER_IS_BETTER', strict: false, unit: 'basis_points' })).toBe('≥ 95.00%');
    expect(formatKpiTarget({ target: 9000, direction: 'higher_is_better', strict: true, unit: 'score_hundredths' })).toBe('> 90.00');
    expect(formatKpiTarget({ target: 3, direction: 'lower_is_better', strict: false, unit: 'count' })).toBe('≤ 3');
    expect(formatKpiTarget({ target: null, direction: 'lower_is_better', strict: false, unit: 'count' })).toBeNull();
  });
});

describe('the projects × KPIs pivot', () => {
  const kpi = (name: string, value: number | null, status: 'GREEN' | 'RED' | 'NO_DATA' = 'GREEN') => ({
    kpi: name,
    value,
    status,
    unit: 'basis_points',
    target: 100,
    amberBand: 50,
    direction: 'lower_is_better',
  });
  const dashboard = {
    month: '2026-11',
    months: ['2026-09', '2026-10', '2026-11'],
    projects: [
      {
        projectId: 'p1',
        projectName: '翠湖花园',
        // The API's order is not the table's: the table follows the procedures' list.
        kpis: [kpi('staff_average_score', 9900), kpi('complaint_rate', 63), kpi('order_sla_met', null, 'NO_DATA')],
        series: [
          // A month missing from the series stays a gap in its place.
          { kpi: 'complaint_rate', points: [{ month: '2026-09', value: 125, status: 'RED' as const }, { month: '2026-11', value: 63, status: 'GREEN' as const }] },
          { kpi: 'staff_average_score', points: [{ month: '2026-09', value: 9800, status: 'GREEN' as const }, { month: '2026-10', value: 9850, status: 'GREEN' as const }, { month: '2026-11', value: 9900, status: 'GREEN' as const }] },
        ],
      },
      { projectId: 'p2', projectName: '锦绣家园', kpis: [kpi('complaint_rate', 0)], series: [] },
    ],
  };

  it('puts one row per project and the KPIs in the procedures’ order', () => {
    const rows = dashboardRows(dashboard as never);
    expect(rows.map((r) => r.projectName)).toEqual(['翠湖花园', '锦绣家园']);
    expect(rows[0]!.cells.map((c) => c.kpi)).toEqual(['complaint_rate', 'order_sla_met', 'staff_average_score']);
    expect(dashboardColumns(rows)).toEqual(['complaint_rate', 'order_sla_met', 'staff_average_score']);
  });

  it('lines each trend up on the dashboard’s months', () => {
    const [row] = dashboardRows(dashboard as never);
    expect(row!.cells[0]!.trend).toEqual([
      { month: '2026-09', value: 125, status: 'RED' },
      { month: '2026-10', value: null, status: 'NO_DATA' },
      { month: '2026-11', value: 63, status: 'GREEN' },
    ]);
    // No series at all: twelve (here three) months of no data, not an empty line.
    expect(row!.cells[1]!.trend.map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe('strict targets from the settings', () => {
  it('are looked up by the dashboard’s lower-case KPI names', () => {

    const strict = strictByKpi([
      { kpi: 'COMPLAINT_RATE', strict: true },
      { kpi: 'ORDER_SLA_MET', strict: false },
    ]);
    expect(strict.get('complaint_rate')).toBe(true);
    expect(strict.get('order_sla_met')).toBe(false);
  });
});

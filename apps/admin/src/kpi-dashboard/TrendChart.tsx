import { useTheme } from '@mui/material';
import type { KpiStatus } from '@wuye/schema';
import { slotCenter, type PlotBox } from '../common/chart-scale';
import { shortMonth } from '../profitability/months';
import { formatKpiValue } from './kpi-format';
import { kpiTone } from './kpi-status';
import { sparkline } from './sparkline';

const WIDTH = 360;
const HEIGHT = 150;
const PLOT: PlotBox = { x: 58, y: 10, width: WIDTH - 58 - 8, height: HEIGHT - 10 - 28 };

type Props = {
  trend: ReadonlyArray<{ month: string; value: number | null; status: KpiStatus }>;
  target: number | null | undefined;
  unit: string;
  title: string;
  targetLabel: string;
};

/** A KPI's twelve months, larger than the sparkline: the line, each month in its colour, the target, the range read off. */
export const TrendChart = ({ trend, target, unit, title, targetLabel }: Props) => {
  const theme = useTheme();
  const values = trend.map((p) => p.value);
  const { path, points, targetY } = sparkline(values, target, PLOT);
  const known = values.filter((v): v is number => v != null);
  const summary = trend.map((p) => `${p.month} ${formatKpiValue(p.value, unit)}`).join('，');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`${title}：${summary}`} data-testid="kpi-trend" style={{ display: 'block', maxWidth: WIDTH }}>
      <rect x={PLOT.x} y={PLOT.y} width={PLOT.width} height={PLOT.height} fill="none" stroke={theme.palette.divider} />
      {known.length > 0 && (
        <g fontSize={10} fill={theme.palette.text.secondary} textAnchor="end">
          {/* The highest and lowest months, read off at the left. */}
          {[...new Set([Math.max(...known), Math.min(...known)])].map((v, i) => {
            const p = points[values.indexOf(v)]!;
            return (
              <text key={i} x={PLOT.x - 4} y={p.y + 3}>
                {formatKpiValue(v, unit)}
              </text>
            );
          })}
        </g>
      )}
      {targetY != null && (
        <g data-testid="trend-target">
          <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={targetY} y2={targetY} stroke={theme.palette.error.main} strokeDasharray="5 3" strokeWidth={1} />
          <text x={PLOT.x + PLOT.width - 2} y={targetY - 3} textAnchor="end" fontSize={10} fill={theme.palette.error.main}>
            {targetLabel}
          </text>
        </g>
      )}
      <path d={path} fill="none" stroke={theme.palette.primary.main} strokeWidth={1.75} />
      {points.map((p, i) =>
        p ? (
          <circle key={trend[i]!.month} cx={p.x} cy={p.y} r={3.5} fill={kpiTone(trend[i]!.status).accent} stroke="#fff" strokeWidth={1} data-testid="trend-point" data-status={trend[i]!.status}>
            <title>{`${trend[i]!.month}: ${formatKpiValue(trend[i]!.value, unit)}`}</title>
          </circle>
        ) : null,
      )}
      <g fontSize={9} fill={theme.palette.text.secondary} textAnchor="middle">
        {trend.map((p, i) =>
          i % 2 === (trend.length - 1) % 2 ? (
            <text key={p.month} x={slotCenter(i, trend.length, PLOT)} y={PLOT.y + PLOT.height + 14}>
              {shortMonth(p.month)}
            </text>
          ) : null,
        )}
      </g>
    </svg>
  );
};

import { useTheme } from '@mui/material';
import type { KpiStatus } from '@wuye/schema';
import { kpiTone } from './kpi-status';
import { sparkline } from './sparkline';

type Props = {
  trend: ReadonlyArray<{ month: string; value: number | null; status: KpiStatus }>;
  target?: number | null;
  /** Read aloud and shown on hover: what the line is. */
  label: string;
  width?: number;
  height?: number;
};

/** Twelve months in a table cell: the line, the target dashed, each month's dot in its colour. */
export const Sparkline = ({ trend, target, label, width = 96, height = 28 }: Props) => {
  const theme = useTheme();
  const box = { x: 3, y: 3, width: width - 6, height: height - 6 };
  const { path, points, targetY } = sparkline(
    trend.map((p) => p.value),
    target,
    box,
  );
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} data-testid="sparkline" data-points={points.filter(Boolean).length} style={{ display: 'block' }}>
      <title>{label}</title>
      {targetY != null && <line x1={box.x} x2={box.x + box.width} y1={targetY} y2={targetY} stroke={theme.palette.text.secondary} strokeDasharray="3 2" strokeWidth={0.75} data-testid="sparkline-target" />}
      <path d={path} fill="none" stroke={theme.palette.text.primary} strokeWidth={1.25} strokeLinejoin="round" />
      {points.map((p, i) => (p ? <circle key={trend[i]!.month} cx={p.x} cy={p.y} r={i === points.length - 1 ? 2.4 : 1.5} fill={kpiTone(trend[i]!.status).accent} /> : null))}
    </svg>
  );
};

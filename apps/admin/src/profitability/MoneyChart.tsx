import { Box, Stack, Typography, useTheme } from '@mui/material';
import { formatFen } from '../common/money';
import { barRects, linePath, linePoints, niceDomain, scaleY, slotCenter, ticks, type PlotBox } from '../common/chart-scale';

/** Plain SVG (no chart library): money per month as bars and lines, below zero included. */

export type Series = { key: string; label: string; color: string; values: ReadonlyArray<number | null> };

type Props = {
  title: string;
  testId: string;
  labels: readonly string[];
  bars?: readonly Series[];
  lines?: readonly Series[];
  width?: number;
  height?: number;
};

/** Axis text: whole yuan ("¥1,200", "-¥300"); cents on an axis are noise. */
const axisYuan = (amount: number) => formatFen(Math.round(amount)).replace(/\.00$/, '');

export const MoneyChart = ({ title, testId, labels, bars = [], lines = [], width = 640, height = 260 }: Props) => {
  const theme = useTheme();
  const plot: PlotBox = { x: 72, y: 12, width: width - 72 - 12, height: height - 12 - 28 };
  const domain = niceDomain([...bars, ...lines].flatMap((s) => s.values));
  const zero = scaleY(0, domain, plot);
  const summary = labels
    .map((label, i) => `${label} ${[...bars, ...lines].map((s) => `${s.label} ${s.values[i] == null ? '—' : formatFen(s.values[i])}`).join(' ')}`)
    .join('；');
  return (
    <Box data-testid={testId} sx={{ maxWidth: width }}>
      <Typography variant="subtitle2" gutterBottom>
        {title}
      </Typography>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}：${summary}`} style={{ display: 'block', overflow: 'visible' }}>
        <g fontSize={11} fill={theme.palette.text.secondary}>
          {ticks(domain).map((t) => {
            const y = scaleY(t, domain, plot);
            return (
              <g key={t}>
                <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke={theme.palette.divider} strokeWidth={0.5} />
                <text x={plot.x - 6} y={y + 4} textAnchor="end">
                  {axisYuan(t)}
                </text>
              </g>
            );
          })}
          {labels.map((label, i) => (
            <text key={`${label}-${i}`} x={slotCenter(i, labels.length, plot)} y={plot.y + plot.height + 18} textAnchor="middle">
              {label}
            </text>
          ))}
        </g>
        {bars.map((series, index) => (
          <g key={series.key} data-series={series.key}>
            {barRects(series.values, domain, plot, { series: bars.length, index }).map((r, i) =>
              series.values[i] == null ? null : (
                <rect key={i} x={r.x} y={r.y} width={r.width} height={Math.max(r.height, 0.5)} fill={series.color} opacity={0.85}>
                  <title>{`${labels[i]} ${series.label} ${formatFen(series.values[i])}`}</title>
                </rect>
              ),
            )}
          </g>
        ))}
        <line x1={plot.x} x2={plot.x + plot.width} y1={zero} y2={zero} stroke={theme.palette.text.secondary} strokeWidth={1} data-testid="zero-line" />
        {lines.map((series) => {
          const points = linePoints(series.values, domain, plot);
          return (
            <g key={series.key} data-series={series.key}>
              <path d={linePath(points)} fill="none" stroke={series.color} strokeWidth={2} />
              {points.map((p, i) =>
                p ? (
                  <circle key={i} cx={p.x} cy={p.y} r={3.5} fill={(series.values[i] ?? 0) < 0 ? theme.palette.error.main : series.color}>
                    <title>{`${labels[i]} ${series.label} ${formatFen(series.values[i])}`}</title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <Stack direction="row" spacing={2} sx={{ mt: 0.5, pl: `${(plot.x / width) * 100}%` }}>
        {[...bars.map((s) => ({ ...s, shape: 'bar' })), ...lines.map((s) => ({ ...s, shape: 'line' }))].map((s) => (
          <Stack key={s.key} direction="row" spacing={0.5} alignItems="center">
            <Box sx={{ width: 14, height: s.shape === 'bar' ? 10 : 3, bgcolor: s.color }} />
            <Typography variant="caption">{s.label}</Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};

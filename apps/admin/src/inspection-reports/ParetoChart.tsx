import { Box, Typography, useTheme } from '@mui/material';
import { formatBasisPoints } from '@wuye/domain';
import { scaleY, slotCenter, ticks, type PlotBox } from '../common/chart-scale';
import { paretoChart, type ParetoRowLike } from './pareto';

const WIDTH = 560;
const HEIGHT = 280;
const PLOT: PlotBox = { x: 40, y: 16, width: WIDTH - 40 - 48, height: HEIGHT - 16 - 56 };

const percent = (bp: number) => formatBasisPoints(bp).replace('.00%', '%');

/** 排列图: categories largest first as bars (count, left axis), the cumulative share as a line (right axis), the 80 % line. */
export const ParetoChart = ({ rows, title, cutoffLabel }: { rows: readonly ParetoRowLike[]; title: string; cutoffLabel: string }) => {
  const theme = useTheme();
  const g = paretoChart(rows, PLOT);
  const summary = rows.map((r) => `${r.category} ${r.count}（${percent(r.cumulativeBasisPoints)}）`).join('，');
  return (
    <Box data-testid="pareto-chart" sx={{ maxWidth: WIDTH, breakInside: 'avoid' }}>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`${title}：${summary}`} style={{ display: 'block', overflow: 'visible' }}>
        <g fontSize={11} fill={theme.palette.text.secondary}>
          {ticks(g.countAxis).map((t) => {
            const y = scaleY(t, g.countAxis, PLOT);
            return (
              <g key={`c${t}`}>
                <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={y} y2={y} stroke={theme.palette.divider} strokeWidth={t === 0 ? 1.5 : 0.5} />
                <text x={PLOT.x - 6} y={y + 4} textAnchor="end">
                  {t}
                </text>
              </g>
            );
          })}
          {ticks(g.shareAxis).map((t) => (
            <text key={`s${t}`} x={PLOT.x + PLOT.width + 6} y={scaleY(t, g.shareAxis, PLOT) + 4}>
              {percent(t)}
            </text>
          ))}
        </g>
        {g.bars.map((b, i) => (
          <rect key={rows[i]!.category} x={b.x} y={b.y} width={b.width} height={Math.max(b.height, 0.5)} fill={rows[i]!.vital ? theme.palette.error.light : theme.palette.grey[400]} data-testid="pareto-bar" data-category={rows[i]!.category} data-count={rows[i]!.count}>
            <title>{`${rows[i]!.category}: ${rows[i]!.count}`}</title>
          </rect>
        ))}
        <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={g.cutoffY} y2={g.cutoffY} stroke={theme.palette.warning.dark} strokeDasharray="6 4" strokeWidth={1.25} data-testid="pareto-cutoff" />
        <text x={PLOT.x + PLOT.width - 2} y={g.cutoffY - 4} textAnchor="end" fontSize={11} fill={theme.palette.warning.dark}>
          {cutoffLabel}
        </text>
        <path d={g.path} fill="none" stroke={theme.palette.primary.main} strokeWidth={2} data-testid="pareto-line" />
        {g.points.map((p, i) => (
          <g key={rows[i]!.category}>
            <circle cx={p.x} cy={p.y} r={3.5} fill={theme.palette.primary.main} />
            <text x={p.x} y={p.y - 7} textAnchor="middle" fontSize={10} fill={theme.palette.primary.main}>
              {percent(rows[i]!.cumulativeBasisPoints)}
            </text>
          </g>
        ))}
        <g fontSize={11} fill={theme.palette.text.primary}>
          {rows.map((r, i) => (
            <text key={r.category} x={slotCenter(i, rows.length, PLOT)} y={PLOT.y + PLOT.height + 16} textAnchor="middle">
              {r.category}
            </text>
          ))}
        </g>
      </svg>
    </Box>
  );
};

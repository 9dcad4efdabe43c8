import { Box, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { axisFromZero, barRects, linePath, linePoints, niceDomain, scaleY, slotCenter, ticks, type Axis as AxisDomain, type PlotBox } from '../common/chart-scale';

/** Plain SVG charts (no chart library): a bar chart with an optional target line, and a trend line. */

const WIDTH = 520;
const HEIGHT = 240;
const PLOT: PlotBox = { x: 48, y: 16, width: WIDTH - 48 - 12, height: HEIGHT - 16 - 40 };

type Datum = { label: string; value: number | null };
type Target = { value: number; label: string };

const Frame = ({ title, testId, children, summary }: { title: string; testId: string; children: ReactNode; summary: string }) => (
  <Box data-testid={testId} sx={{ maxWidth: WIDTH }}>
    <Typography variant="subtitle1" gutterBottom>
      {title}
    </Typography>
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`${title}: ${summary}`} style={{ display: 'block', overflow: 'visible' }}>
      {children}
    </svg>
  </Box>
);

const Axis = ({ axis, format }: { axis: AxisDomain; format: (v: number) => string }) => {
  const theme = useTheme();
  return (
    <g fontSize={11} fill={theme.palette.text.secondary}>
      {ticks(axis).map((t) => {
        const y = scaleY(t, axis, PLOT);
        return (
          <g key={t}>
            <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={y} y2={y} stroke={theme.palette.divider} strokeWidth={t === 0 ? 1.5 : 0.5} />
            <text x={PLOT.x - 6} y={y + 4} textAnchor="end">
              {format(t)}
            </text>
          </g>
        );
      })}
    </g>
  );
};

const XLabels = ({ labels }: { labels: string[] }) => {
  const theme = useTheme();
  return (
    <g fontSize={11} fill={theme.palette.text.secondary}>
      {labels.map((label, i) => (
        <text key={`${label}-${i}`} x={slotCenter(i, labels.length, PLOT)} y={PLOT.y + PLOT.height + 16} textAnchor="middle">
          {label}
        </text>
      ))}
    </g>
  );
};

const TargetLine = ({ target, axis }: { target: Target; axis: AxisDomain }) => {
  const theme = useTheme();
  const y = scaleY(target.value, axis, PLOT);
  return (
    <g data-testid="target-line">
      <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={y} y2={y} stroke={theme.palette.error.main} strokeDasharray="6 4" strokeWidth={1.5} />
      <text x={PLOT.x + PLOT.width} y={y - 5} textAnchor="end" fontSize={11} fill={theme.palette.error.main} data-testid="target-label">
        {target.label}
      </text>
    </g>
  );
};

/** Bars with their values on top; a dashed target line when given (the axis always reaches it). `integer`: counts. */
export const BarChart = ({ title, data, format = String, target, integer, testId }: { title: string; data: Datum[]; format?: (v: number) => string; target?: Target; integer?: boolean; testId: string }) => {
  const theme = useTheme();
  const values = data.map((d) => d.value ?? 0);
  const axis = niceDomain([...values, target ? target.value * 1.2 : 0], { niceTop: true, integer });
  const rects = barRects(values, axis, PLOT);
  const summary = data.map((d) => `${d.label} ${d.value == null ? '—' : format(d.value)}`).join('，');
  return (
    <Frame title={title} testId={testId} summary={summary}>
      <Axis axis={axis} format={format} />
      {rects.map((r, i) => (
        <g key={i} data-testid="bar" data-value={values[i]}>
          <rect x={r.x} y={r.y} width={r.width} height={Math.max(r.height, 0)} fill={target && values[i]! >= target.value ? theme.palette.warning.main : theme.palette.primary.main} rx={2}>
            <title>{`${data[i]!.label}: ${format(values[i]!)}`}</title>
          </rect>
          <text x={r.x + r.width / 2} y={r.y - 4} textAnchor="middle" fontSize={11} fill={theme.palette.text.primary}>
            {format(values[i]!)}
          </text>
        </g>
      ))}
      {target && <TargetLine target={target} axis={axis} />}
      <XLabels labels={data.map((d) => d.label)} />
    </Frame>
  );
};

/** A trend line over months; a month without data is a gap, its point left out. */
export const LineChart = ({ title, data, max: fixedMax, format = String, target, testId }: { title: string; data: Datum[]; max?: number; format?: (v: number) => string; target?: Target; testId: string }) => {
  const theme = useTheme();
  const values = data.map((d) => d.value);
  const axis = fixedMax != null ? axisFromZero(fixedMax) : niceDomain([...values, target?.value], { niceTop: true });
  const points = linePoints(values, axis, PLOT);
  const summary = data.map((d) => `${d.label} ${d.value == null ? '—' : format(d.value)}`).join('，');
  return (
    <Frame title={title} testId={testId} summary={summary}>
      <Axis axis={axis} format={format} />
      {target && <TargetLine target={target} axis={axis} />}
      <path d={linePath(points)} fill="none" stroke={theme.palette.primary.main} strokeWidth={2} data-testid="trend-line" />
      {points.map((p, i) =>
        p ? (
          <circle key={i} cx={p.x} cy={p.y} r={3.5} fill={theme.palette.primary.main} data-testid="trend-point">
            <title>{`${data[i]!.label}: ${format(values[i]!)}`}</title>
          </circle>
        ) : null,
      )}
      <XLabels labels={data.map((d) => d.label)} />
    </Frame>
  );
};

import { Box, Stack, Typography, useTheme } from '@mui/material';
import { amber, green, lightGreen, orange, red } from '@mui/material/colors';
import { formatBasisPoints } from '@wuye/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PlotBox } from '../common/chart-scale';
import { distributionSegments, rateBar, type LevelCount } from './survey-chart';

type ItemResult = { code: string; zh: string; en: string; answered: number; satisfied: number; rateBasisPoints?: number | null; distribution: readonly LevelCount[] };

const WIDTH = 720;
const ROW = 28;
const LABEL = 150;
const RATE: PlotBox = { x: LABEL, y: 0, width: 230, height: 14 };
const DIST: PlotBox = { x: LABEL + 230 + 70, y: 0, width: WIDTH - (LABEL + 230 + 70) - 8, height: 14 };

/** 5 非常满意 dark green … 1 非常不满意 red. */
export const LEVEL_COLORS: Record<number, string> = { 5: green[700], 4: lightGreen[500], 3: amber[400], 2: orange[700], 1: red[700] };

/**
 * 各项满意率: per item, the share satisfied or better (the API's rate) as a bar against 100 %, and
 * next to it how the answers spread over the five levels.
 */
export const SurveyItemsChart = ({ items, title }: { items: readonly ItemResult[]; title: string }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const height = items.length * ROW + 24;
  const name = (i: ItemResult) => (locale === 'en' ? i.en : i.zh);
  const summary = items.map((i) => `${name(i)} ${i.rateBasisPoints == null ? '—' : formatBasisPoints(i.rateBasisPoints)}`).join('，');
  return (
    <Box data-testid="survey-items-chart" sx={{ maxWidth: WIDTH, breakInside: 'avoid' }}>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title}：${summary}`} style={{ display: 'block' }}>
        <g fontSize={11} fill={theme.palette.text.secondary}>
          <text x={RATE.x} y={12}>
            {translate('resources.satisfactionSurveys.rateAxis')}
          </text>
          <text x={DIST.x} y={12}>
            {translate('resources.satisfactionSurveys.distributionAxis')}
          </text>
        </g>
        {items.map((item, i) => {
          const y = 24 + i * ROW;
          const bar = rateBar(item.rateBasisPoints, { ...RATE, y });
          return (
            <g key={item.code} data-testid="survey-item-bar" data-item={item.code} data-rate={item.rateBasisPoints ?? ''}>
              <text x={LABEL - 8} y={y + 11} textAnchor="end" fontSize={12} fill={theme.palette.text.primary}>
                {name(item)}
              </text>
              <rect x={RATE.x} y={y} width={RATE.width} height={RATE.height} fill={theme.palette.action.hover} />
              {bar && <rect x={bar.x} y={y} width={bar.width} height={RATE.height} fill={theme.palette.primary.main} />}
              <text x={RATE.x + RATE.width + 6} y={y + 11} fontSize={11} fill={theme.palette.text.primary}>
                {item.rateBasisPoints == null ? '—' : formatBasisPoints(item.rateBasisPoints)}
              </text>
              {distributionSegments(item.distribution, { ...DIST, y }).map((s) =>
                s.width > 0 ? (
                  <rect key={s.level} x={s.x} y={y} width={s.width} height={DIST.height} fill={LEVEL_COLORS[s.level]}>
                    <title>{`${name(item)} · ${translate(`enums.SatisfactionLevel.${s.level}`)}: ${s.count}`}</title>
                  </rect>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ pl: `${(DIST.x / WIDTH) * 100}%` }}>
        {[5, 4, 3, 2, 1].map((level) => (
          <Stack key={level} direction="row" spacing={0.5} alignItems="center">
            <Box sx={{ width: 12, height: 10, bgcolor: LEVEL_COLORS[level] }} />
            <Typography variant="caption">{translate(`enums.SatisfactionLevel.${level}`)}</Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};

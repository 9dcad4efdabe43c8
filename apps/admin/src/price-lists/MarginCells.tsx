import { Box, Chip, Stack, Tooltip, Typography, alpha, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fen, formatBasisPoints, formatYuan } from '@wuye/domain';
import type { MarginWarningCode } from '@wuye/schema';
import type { MarginView } from './margin-view';

/** Loss is red, a margin above the 保本微利 ceiling amber. */
export const WARNING_COLOR: Record<MarginWarningCode, 'error' | 'warning'> = { LOSS: 'error', OVER_MARGIN: 'warning' };

/** Row background for the worst warning of a row. */
export const warningTint = (code: MarginWarningCode | null) => (theme: Theme) =>
  code ? { bgcolor: alpha(theme.palette[WARNING_COLOR[code]].main, 0.1) } : {};

const yuan = (amount: number) => formatYuan(fen(amount));

export const UnitCost = ({ margin }: { margin: MarginView }) => {
  const translate = useTranslate();
  const { cost } = margin;
  return (
    <Tooltip
      title={translate('resources.priceLists.margin.breakdown', {
        labour: yuan(cost.labour),
        materials: yuan(cost.materials),
        overhead: yuan(cost.overhead),
        risk: yuan(cost.risk),
      })}
    >
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }} data-testid="unit-cost">
        {yuan(cost.total)}
      </Typography>
    </Tooltip>
  );
};

/** Margin rate at the price, or at the minimum and maximum of a range. */
export const MarginRates = ({ margin }: { margin: MarginView }) => {
  const translate = useTranslate();
  if (margin.treatment === 'goodwill') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.priceLists.margin.goodwill')}
      </Typography>
    );
  }
  if (margin.points.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0} data-testid="margin-rates">
      {margin.points.map((point) => {
        const warning = margin.warnings.find((w) => w.at === point.at);
        const rate = point.basisPoints == null ? '—' : formatBasisPoints(point.basisPoints);
        return (
          <Typography
            key={point.at}
            component="span"
            variant="body2"
            sx={{ whiteSpace: 'nowrap', color: warning ? `${WARNING_COLOR[warning.code]}.dark` : undefined, fontWeight: warning ? 600 : undefined }}
          >
            {point.at === 'price' ? rate : `${translate(`resources.priceLists.margin.at.${point.at}`)} ${rate}`}
          </Typography>
        );
      })}
    </Stack>
  );
};

export const WarningChips = ({ margin }: { margin: MarginView }) => {
  const translate = useTranslate();
  if (margin.warnings.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {margin.warnings.map((w) => (
        <Tooltip key={`${w.at}-${w.code}`} title={w.message}>
          <Chip size="small" color={WARNING_COLOR[w.code]} label={translate(`enums.MarginWarningCode.${w.code}`)} />
        </Tooltip>
      ))}
    </Box>
  );
};

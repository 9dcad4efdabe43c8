import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { KPI_STATUSES, kpiTone } from './kpi-status';

/** What the colours mean. */
export const KpiStatusLegend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} alignItems="center" useFlexGap flexWrap="wrap" data-testid="kpi-legend">
      {KPI_STATUSES.map((s) => {
        const tone = kpiTone(s);
        return (
          <Stack key={s} direction="row" spacing={0.5} alignItems="center">
            <Box sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: tone.background, border: `1px solid ${tone.accent}` }} />
            <Typography variant="caption">{translate(`enums.KpiStatus.${s}`)}</Typography>
          </Stack>
        );
      })}
    </Stack>
  );
};

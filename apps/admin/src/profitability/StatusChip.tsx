import { Box, Chip, Stack, Typography } from '@mui/material';
import type { PnlStatus } from '@wuye/schema';
import { useTranslate } from 'react-admin';
import { STATUS_ORDER, statusTone } from './status';

/** A status in its colour, with its name (亏损, 微利, 正常, …). */
export const StatusChip = ({ status }: { status: PnlStatus }) => {
  const translate = useTranslate();
  const tone = statusTone(status);
  return (
    <Chip
      size="small"
      label={translate(`enums.PnlStatus.${status}`)}
      data-status={status}
      sx={{ bgcolor: tone.background, color: tone.text, border: `1px solid ${tone.accent}`, fontWeight: 500 }}
    />
  );
};

/** What the colours mean. */
export const StatusLegend = ({ statuses = STATUS_ORDER }: { statuses?: readonly PnlStatus[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" data-testid="status-legend">
      <Typography variant="caption" color="text.secondary">
        {translate('resources.profitability.legend')}
      </Typography>
      {statuses.map((s) => (
        <Box key={s} component="span">
          <StatusChip status={s} />
        </Box>
      ))}
    </Stack>
  );
};

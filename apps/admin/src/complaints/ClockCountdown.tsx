import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';
import { formatCountdown, formatWorkingLeft, liveClock, nextClock, type CountdownLocale, type LiveStatus } from './countdown';
import type { ComplaintClock, ComplaintRow } from './types';
import { useFetchedAt, useNow } from './use-now';

const COLOR: Record<LiveStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  running: 'success',
  warning: 'warning',
  paused: 'info',
  breached: 'error',
  met: 'success',
  late: 'error',
};

const useCountdownLocale = (): CountdownLocale => (useLocaleState()[0] === 'en' ? 'en' : 'zh-CN');

/**
 * One clock, live: its status label (已超时 and 已暂停 stand out in colour) and the time left or
 * overdue, counted down every second from the due time the API gave.
 */
export const ClockBadge = ({ clock, fetchedAt, withMilestone }: { clock: ComplaintClock; fetchedAt: number; withMilestone?: boolean }) => {
  const now = useNow();
  const translate = useTranslate();
  const locale = useCountdownLocale();
  const live = liveClock(clock, now, fetchedAt);
  const status = translate(`resources.complaints.clockStatus.${live.status}`);
  const milestone = translate(`enums.ComplaintMilestone.${clock.milestone}`, { _: clock.milestone });
  const done = live.msLeft == null;
  return (
    <Stack direction="row" spacing={1} alignItems="center" data-testid="clock-countdown" data-milestone={clock.milestone} data-status={live.status}>
      <Chip
        size="small"
        color={COLOR[live.status]}
        variant={live.status === 'breached' || live.status === 'paused' || live.status === 'warning' ? 'filled' : 'outlined'}
        label={withMilestone ? `${milestone} · ${status}` : status}
      />
      {!done && (
        <Typography
          component="span"
          variant="body2"
          data-testid="clock-remaining"
          sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: live.status === 'breached' ? 600 : undefined, color: live.status === 'breached' ? 'error.main' : live.status === 'warning' ? 'warning.dark' : undefined }}
        >
          {formatCountdown(live.msLeft!, locale)}
        </Typography>
      )}
    </Stack>
  );
};

/** A list row's most pressing clock (a breached one first, then the one due soonest). */
export const NextClockField = (_props: { label?: string; source?: string }) => {
  const complaint = useRecordContext<ComplaintRow>();
  const fetchedAt = useFetchedAt(complaint);
  const now = useNow();
  if (!complaint) return null;
  const index = nextClock(complaint.clocks, now, fetchedAt);
  if (index < 0) return null;
  return <ClockBadge clock={complaint.clocks[index]!} fetchedAt={fetchedAt} withMilestone />;
};

/** 时限: every clock of a complaint with its due time, the original one when a reply time was agreed, and what is left. */
export const ClocksTable = ({ clocks, fetchedAt }: { clocks: readonly ComplaintClock[]; fetchedAt: number }) => {
  const translate = useTranslate();
  const [localeName] = useLocaleState();
  const locale = useCountdownLocale();
  const t = (key: string) => translate(`resources.complaints.clocks.${key}`);
  if (!clocks.length) return <Typography variant="body2">{t('none')}</Typography>;
  return (
    <Table size="small" data-testid="clocks">
      <TableHead>
        <TableRow>
          <TableCell>{t('milestone')}</TableCell>
          <TableCell>{t('dueAt')}</TableCell>
          <TableCell>{t('status')}</TableCell>
          <TableCell>{t('completedAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {clocks.map((clock) => (
          <TableRow key={clock.milestone} data-testid={`clock-${clock.milestone}`}>
            <TableCell>{translate(`enums.ComplaintMilestone.${clock.milestone}`, { _: clock.milestone })}</TableCell>
            <TableCell>
              <span data-testid="clock-due">{formatChinaTime(clock.dueAt, localeName)}</span>
              {clock.extended && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {translate('resources.complaints.clocks.originalDueAt', { time: formatChinaTime(clock.originalDueAt, localeName) })}
                </Typography>
              )}
              {clock.timeBase === 'working' && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {t('workingTime')}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <ClockBadge clock={clock} fetchedAt={fetchedAt} />
              {clock.timeBase === 'working' && clock.minutesLeft != null && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {formatWorkingLeft(clock.minutesLeft, locale)}
                </Typography>
              )}
            </TableCell>
            <TableCell>{clock.completedAt ? formatChinaTime(clock.completedAt, localeName) : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

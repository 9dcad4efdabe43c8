import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatChinaTime } from './DateTimeField';

export type TimelineStep = { at: string; action: string; fromState?: string | null; toState?: string | null; actorName?: string | null; note?: string | null };

type Props<T extends TimelineStep> = {
  steps: readonly T[];
  /** Translation keys of the headings: `<labels>.at`, `.action`, `.state`, `.actor`, `.note`. */
  labels: string;
  rowKey: (step: T, index: number) => string;
  actionLabel: (action: string) => string;
  stateLabel: (state: string) => string;
  /** Keep line breaks in notes. */
  preWrapNotes?: boolean;
};

/** A record's history: every step with when, what, the state it moved from and to, who, and a note. */
export const StepTimeline = <T extends TimelineStep>({ steps, labels, rowKey, actionLabel, stateLabel, preWrapNotes }: Props<T>) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`${labels}.${key}`);
  const state = (value: string | null | undefined) => (value ? stateLabel(value) : '');
  return (
    <Table size="small" data-testid="timeline">
      <TableHead>
        <TableRow>
          <TableCell>{t('at')}</TableCell>
          <TableCell>{t('action')}</TableCell>
          <TableCell>{t('state')}</TableCell>
          <TableCell>{t('actor')}</TableCell>
          <TableCell>{t('note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((s, i) => (
          <TableRow key={rowKey(s, i)}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaTime(s.at, locale)}</TableCell>
            <TableCell>{actionLabel(s.action)}</TableCell>
            <TableCell>
              {s.fromState && s.fromState !== s.toState ? `${state(s.fromState)} → ` : ''}
              {state(s.toState)}
            </TableCell>
            <TableCell>{s.actorName}</TableCell>
            <TableCell sx={preWrapNotes ? { whiteSpace: 'pre-wrap' } : undefined}>{s.note}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

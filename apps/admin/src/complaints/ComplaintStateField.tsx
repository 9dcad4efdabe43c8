import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ComplaintRow } from './types';

const DONE = ['closed'];

/** The complaint's (or suggestion's) state, and 已暂停 while its clocks stand still. */
export const ComplaintStateField = (_props: { label?: string; source?: string }) => {
  const c = useRecordContext<ComplaintRow>();
  const translate = useTranslate();
  if (!c) return null;
  const group = c.kind === 'SUGGESTION' ? 'SuggestionState' : 'ComplaintState';
  return (
    <Stack direction="row" spacing={0.5} alignItems="center">
      <Chip
        size="small"
        color={DONE.includes(c.state) ? 'default' : c.state === 'registered' ? 'info' : 'primary'}
        variant={DONE.includes(c.state) ? 'outlined' : 'filled'}
        label={translate(`enums.${group}.${c.state}`, { _: c.state })}
        data-testid="complaint-state"
      />
      {c.paused && <Chip size="small" color="info" variant="outlined" label={translate('resources.complaints.pausedFlag')} data-testid="paused-flag" />}
    </Stack>
  );
};

/** 1 类 / 2 类 / 3 类 with the category's name (`short`: a word or two, for tables). */
export const CategoryField = ({ short }: { label?: string; source?: string; short?: boolean }) => {
  const c = useRecordContext<ComplaintRow>();
  const translate = useTranslate();
  if (c?.category == null) return null;
  return <span>{translate(`enums.${short ? 'ComplaintCategoryShort' : 'ComplaintCategory'}.${c.category}`)}</span>;
};

import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const COLOR: Record<string, 'default' | 'info' | 'warning' | 'success'> = { draft: 'default', issued: 'info', confirmed: 'warning', paid: 'success' };

/** 草稿 / 已出具 / 业主已确认 / 已付款 */
export const StatementStateField = (props: Partial<FieldProps>) => {
  const state = useFieldValue({ ...props, source: props.source ?? 'state' }) as string | undefined;
  const translate = useTranslate();
  if (!state) return null;
  return <Chip size="small" color={COLOR[state] ?? 'default'} label={translate(`enums.StatementState.${state}`, { _: state })} data-testid="statement-state" />;
};

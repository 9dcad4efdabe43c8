import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOR: Record<string, 'default' | 'info' | 'success'> = { requested: 'default', signed: 'info', issued: 'success' };

/** 已申请 / 已签字 / 已发料 */
export const RequisitionStateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[state] ?? 'default'} label={translate(`enums.RequisitionState.${state}`, { _: state })} data-testid="requisition-state" />;
};

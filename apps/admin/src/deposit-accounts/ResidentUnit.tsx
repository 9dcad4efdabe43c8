import { useRecordContext } from 'react-admin';
import type { DepositAccountRow } from './types';

/** The account holder's building and room number. */
export const ResidentUnit = () => {
  const account = useRecordContext<DepositAccountRow>();
  if (!account) return null;
  return <span>{[account.resident.unit.building.name, account.resident.unit.number].join(' ')}</span>;
};

import { useRecordContext } from 'react-admin';
import type { ResidentFieldsFragment } from '@wuye/schema';

export const UnitLabel = () => {
  const resident = useRecordContext<ResidentFieldsFragment>();
  if (!resident) return null;
  return <span>{[resident.unit.building.name, resident.unit.number].join(' ')}</span>;
};

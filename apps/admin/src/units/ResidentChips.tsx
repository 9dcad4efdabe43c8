import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UnitFieldsFragment } from '@wuye/schema';

export const ResidentChips = () => {
  const unit = useRecordContext<UnitFieldsFragment>();
  const translate = useTranslate();
  if (!unit?.residents.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {unit.residents.map((r) => (
        <Chip
          key={r.id}
          size="small"
          variant={r.active ? 'filled' : 'outlined'}
          label={`${r.name} · ${translate(`enums.ResidentKind.${r.kind}`)}`}
        />
      ))}
    </Stack>
  );
};

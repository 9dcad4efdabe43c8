import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { inDisplayOrder } from './enum-choices';

type EnumFieldProps = FieldProps & { enumName: string };

/** A GraphQL enum value (or a list of them) shown with its `enums.*` label. */
export const EnumField = ({ enumName, ...props }: EnumFieldProps) => {
  const value = useFieldValue(props) as string | string[] | null | undefined;
  const translate = useTranslate();
  if (value == null) return null;
  const label = (v: string) => translate(`enums.${enumName}.${v}`, { _: v });
  if (!Array.isArray(value)) {
    return (
      <Typography component="span" variant="body2">
        {label(value)}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {inDisplayOrder(enumName, value).map((v) => (
        <Chip key={v} size="small" label={label(v)} />
      ))}
    </Stack>
  );
};

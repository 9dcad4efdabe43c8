import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate, type FieldProps } from 'react-admin';

/** The company works in China time whatever the browser's zone. */
export const formatChinaTime = (value: string | number | Date, locale: string) =>
  new Date(value).toLocaleString(locale, { timeZone: 'Asia/Shanghai' });

export const DateTimeField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const text = value ? formatChinaTime(value, locale) : props.emptyText ? translate(props.emptyText, { _: props.emptyText }) : null;
  if (text == null) return null;
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** `time(value)`: an optional instant in China time in the viewer's locale, '' for none. */
export const useChinaTime = () => {
  const [locale] = useLocaleState();
  return (value: string | null | undefined) => (value ? formatChinaTime(value, locale) : '');
};

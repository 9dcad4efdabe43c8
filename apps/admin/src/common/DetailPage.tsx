import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, Show, useTranslate, type ShowProps } from 'react-admin';

/** A show page whose body sits on a borderless card (orders, complaints, statements, price lists …). */
export const DetailShow = ({ children, ...props }: ShowProps & { children: ReactNode }) => (
  <Show {...props}>
    <Card variant="outlined" sx={{ border: 'none' }}>
      <CardContent>{children}</CardContent>
    </Card>
  </Show>
);

/** A titled part of a detail page, named by its title (a translation key) for screen readers and tests. */
export const DetailSection = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 3 }} component="section" aria-label={translate(title)} data-testid={testId}>
      <Typography variant="h6" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

export type DetailItemProps = { label: string; children: ReactNode; wide?: boolean };

/**
 * The labelled value of a detail page's grid for `resources.<resource>.fields.<label>`: a quarter
 * row on wide screens (half when `wide`), "—" when empty. `preWrap` keeps the text's line breaks.
 */
export function detailItem(resource: string, { preWrap = false } = {}) {
  const DetailItem = ({ label, children, wide }: DetailItemProps) => (
    <Grid size={wide ? { xs: 12, md: 6 } : { xs: 12, sm: 6, md: 3 }}>
      <Labeled label={`resources.${resource}.fields.${label}`}>
        <Typography variant="body2" component="span" sx={preWrap ? { whiteSpace: 'pre-wrap' } : undefined}>
          {children || '—'}
        </Typography>
      </Labeled>
    </Grid>
  );
  return DetailItem;
}

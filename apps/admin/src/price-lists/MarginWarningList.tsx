import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WARNING_COLOR } from './MarginCells';
import type { MarginWarning } from './types';

type Row = { id: string; category: string; name: string; warnings: readonly Pick<MarginWarning, 'code' | 'message' | 'at'>[] };

/** 保本微利: entries priced at a loss (red) or above the margin ceiling (amber), with the API's message. */
export const MarginWarningList = ({ rows }: { rows: readonly Row[] }) => {
  const translate = useTranslate();
  if (rows.length === 0) return <Alert severity="success">{translate('resources.priceLists.noWarnings')}</Alert>;
  return (
    <Table size="small" aria-label={translate('resources.priceLists.marginWarnings')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.priceLists.fields.category')}</TableCell>
          <TableCell>{translate('resources.priceLists.fields.name')}</TableCell>
          <TableCell>{translate('resources.priceLists.fields.warnings')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.category}</TableCell>
            <TableCell>{row.name}</TableCell>
            <TableCell>
              <Stack spacing={0.5}>
                {row.warnings.map((w) => (
                  <Stack key={`${w.at}-${w.code}`} direction="row" spacing={1} alignItems="center">
                    <Chip size="small" color={WARNING_COLOR[w.code]} label={translate(`enums.MarginWarningCode.${w.code}`)} />
                    <Typography variant="body2">{w.message}</Typography>
                  </Stack>
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

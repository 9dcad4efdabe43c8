import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { groupByCategory } from '../common/group-by-category';
import { MarginRates, UnitCost, WarningChips, warningTint } from './MarginCells';
import { fromServer, worstWarning } from './margin-view';
import type { PriceListWithEntries } from './types';

type Entry = PriceListWithEntries['entries'][number];

/** A version's entries grouped by category; unit cost and margin when the viewer may see them. */
export const EntriesByCategory = ({ entries }: { entries: readonly Entry[] }) => {
  const translate = useTranslate();
  const withMargins = entries.some((e) => e.margin);
  const columns = withMargins ? 7 : 4;
  const label = (field: string) => translate(`resources.priceLists.fields.${field}`);
  return (
    <Table size="small" aria-label={label('entries')}>
      <TableHead>
        <TableRow>
          <TableCell>{label('name')}</TableCell>
          <TableCell>{label('unit')}</TableCell>
          <TableCell>{label('mode')}</TableCell>
          <TableCell>{label('priceText')}</TableCell>
          {withMargins && <TableCell>{label('unitCost')}</TableCell>}
          {withMargins && <TableCell>{label('margin')}</TableCell>}
          {withMargins && <TableCell>{label('warnings')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {groupByCategory(entries).map(([category, rows]) => [
          <TableRow key={`category-${category}`}>
            <TableCell colSpan={columns} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
              {category} <Chip size="small" label={rows.length} sx={{ ml: 1 }} />
            </TableCell>
          </TableRow>,
          ...rows.map((entry) => {
            const margin = entry.margin ? fromServer(entry.margin) : null;
            return (
              <TableRow key={entry.id} sx={warningTint(worstWarning(margin))}>
                <TableCell>{entry.name}</TableCell>
                <TableCell>{entry.unit}</TableCell>
                <TableCell>{translate(`enums.PricingMode.${entry.mode}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.priceText ?? '—'}</TableCell>
                {margin && (
                  <>
                    <TableCell>
                      <UnitCost margin={margin} />
                    </TableCell>
                    <TableCell>
                      <MarginRates margin={margin} />
                    </TableCell>
                    <TableCell>
                      <WarningChips margin={margin} />
                    </TableCell>
                  </>
                )}
              </TableRow>
            );
          }),
        ])}
      </TableBody>
    </Table>
  );
};

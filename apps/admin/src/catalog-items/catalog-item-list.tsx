import EditIcon from '@mui/icons-material/Edit';
import {
  Box,
  Chip,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  CreateButton,
  List,
  Loading,
  Pagination,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useTranslate,
} from 'react-admin';
import { fen, formatBasisPoints, formatYuan } from '@wuye/domain';
import type { CatalogItemFieldsFragment } from '@wuye/schema';
import { groupByCategory } from '../common/group-by-category';
import { CatalogItemEditDialog } from './CatalogItemEditDialog';
import { useCategories } from './catalog-item-inputs';

const CategoryFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const categories = useCategories();
  return <SelectInput {...props} choices={categories.map((c) => ({ id: c, name: c }))} />;
};

const filters = [<SearchInput key="q" source="q" alwaysOn />, <CategoryFilter key="category" source="category" alwaysOn />];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const CostSummary = ({ item }: { item: CatalogItemFieldsFragment }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.catalogItems.costSummary', {
        minutes: item.labourMinutes,
        materials: formatYuan(fen(item.materialsFen)),
        overhead: formatBasisPoints(item.overheadBp),
        risk: formatBasisPoints(item.riskBp),
      })}
    </Typography>
  );
};

/** The template grouped by category, in the template's own order (paid, then free). */
const GroupedItems = () => {
  const { data, isPending } = useListContext<CatalogItemFieldsFragment>();
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'catalogItems', action: 'edit' });
  const [editing, setEditing] = useState<CatalogItemFieldsFragment | null>(null);
  if (isPending) return <Loading />;
  const groups = groupByCategory(data ?? []);
  const label = (field: string) => translate(`resources.catalogItems.fields.${field}`);

  return (
    <>
      <Table size="small" aria-label={translate('resources.catalogItems.name', { smart_count: 2 })}>
        <TableHead>
          <TableRow>
            <TableCell>{label('name')}</TableCell>
            <TableCell>{label('unit')}</TableCell>
            <TableCell>{label('mode')}</TableCell>
            <TableCell>{label('priceText')}</TableCell>
            <TableCell>{translate('resources.catalogItems.sections.cost')}</TableCell>
            {canEdit && <TableCell padding="checkbox" />}
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map(([category, items]) => [
            <TableRow key={`category-${category}`}>
              <TableCell colSpan={canEdit ? 6 : 5} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
                {category} <Chip size="small" label={items.length} sx={{ ml: 1 }} />
              </TableCell>
            </TableRow>,
            ...items.map((item) => (
              <TableRow
                key={item.id}
                hover
                onClick={canEdit ? () => setEditing(item) : undefined}
                sx={{ cursor: canEdit ? 'pointer' : undefined, opacity: item.active ? 1 : 0.6 }}
              >
                <TableCell>
                  {item.name}
                  {!item.active && <Chip size="small" label={translate('resources.catalogItems.inactive')} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{item.unit}</TableCell>
                <TableCell>{translate(`enums.PricingMode.${item.mode}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.priceText ?? '—'}</TableCell>
                <TableCell>
                  <CostSummary item={item} />
                </TableCell>
                {canEdit && (
                  <TableCell padding="checkbox">
                    <Tooltip title={translate('ra.action.edit')}>
                      <IconButton size="small" aria-label={`${translate('ra.action.edit')} ${item.name}`}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            )),
          ])}
        </TableBody>
      </Table>
      {groups.length === 0 && (
        <Box sx={{ p: 2 }}>
          <Typography color="text.secondary">{translate('ra.navigation.no_results', { name: '' })}</Typography>
        </Box>
      )}
      {editing && <CatalogItemEditDialog item={editing} onClose={() => setEditing(null)} />}
    </>
  );
};

const CatalogItemList = () => (
  <List
    filters={filters}
    actions={<Actions />}
    perPage={100}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <GroupedItems />
  </List>
);

export default CatalogItemList;

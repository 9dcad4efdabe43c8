import { Box, Divider, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  SelectInput,
  TextInput,
  required,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { KNOWN_UNITS, unitGlossEn } from '@wuye/domain';
import { CatalogItemKind, PricingMode } from '@wuye/schema';
import type { Identity } from '../authProvider';
import { enumChoices } from '../common/enum-choices';
import { minutesValidator, percentValidator, yuanValidator } from '../common/money';
import { PRICE_FIELDS } from '../common/pricing';

const kinds = enumChoices('CatalogItemKind', CatalogItemKind);
// A free service is kind FREE; a paid one is fixed, a range, by workload or not priced yet.
const paidModes = enumChoices('PricingMode', PricingMode).filter((c) => c.id !== PricingMode.Free);

/** Categories already in the template; a new one can be typed. */
export function useCategories(): string[] {
  // The API has no list of categories: take them from the template (up to its 100-item page).
  const { data } = useGetList('catalogItems', { pagination: { page: 1, perPage: 100 } });
  return useMemo(() => [...new Set((data ?? []).map((item) => String(item.category)))], [data]);
}

function useUnitChoices() {
  const { data } = useGetIdentity();
  const [locale] = useLocaleState();
  const extra = (data as Identity | undefined)?.viewer.company.extraUnits ?? [];
  return [...KNOWN_UNITS.map((u) => u.unit), ...extra].map((unit) => {
    const gloss = locale === 'en' ? unitGlossEn(unit) : undefined;
    return { id: unit, name: gloss ? `${unit} (${gloss})` : unit };
  });
}

const Section = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 1 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Divider sx={{ mb: 1 }} />
    </Box>
  );
};

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>{children}</Box>
);

/** Inputs shared by create and edit; the kind (paid or free) is chosen once, at creation. */
export const CatalogItemInputs = ({ isCreate }: { isCreate?: boolean }) => {
  const [kind, mode] = useWatch({ name: ['kind', 'mode'] }) as [CatalogItemKind, PricingMode];
  const categories = useCategories();
  const [created, setCreated] = useState<string[]>([]);
  const categoryChoices = [...new Set([...categories, ...created])].map((c) => ({ id: c, name: c }));
  const units = useUnitChoices();
  const isFree = kind === CatalogItemKind.Free;
  const uses = PRICE_FIELDS[isFree ? PricingMode.Free : (mode ?? PricingMode.Fixed)];

  return (
    <>
      <Row>
        <AutocompleteInput
          fullWidth={false}
          source="category"
          choices={categoryChoices}
          validate={required()}
          onCreate={(text) => {
            const category = (text ?? '').trim();
            if (!category) return undefined;
            setCreated([...created, category]);
            return { id: category, name: category };
          }}
          createItemLabel="resources.catalogItems.newCategory"
          sx={{ minWidth: 220 }}
        />
        <TextInput fullWidth={false} source="name" validate={required()} sx={{ minWidth: 260 }} />
        <SelectInput fullWidth={false} source="unit" choices={units} validate={required()} sx={{ minWidth: 120 }} />
      </Row>
      <Section label="resources.catalogItems.sections.pricing" />
      <Row>
        <SelectInput fullWidth={false} source="kind" choices={kinds} validate={required()} disabled={!isCreate} sx={{ minWidth: 160 }} />
        {!isFree && <SelectInput fullWidth={false} source="mode" choices={paidModes} validate={required()} sx={{ minWidth: 180 }} />}
        {uses.includes('price') && <TextInput fullWidth={false} source="priceYuan" validate={[required(), yuanValidator()]} sx={{ width: 140 }} />}
        {uses.includes('min') && <TextInput fullWidth={false} source="minYuan" validate={[required(), yuanValidator()]} sx={{ width: 140 }} />}
        {uses.includes('max') && <TextInput fullWidth={false} source="maxYuan" validate={[required(), yuanValidator()]} sx={{ width: 140 }} />}
      </Row>
      <Section label="resources.catalogItems.sections.cost" />
      <Row>
        <NumberInput fullWidth={false} source="labourMinutes" min={0} step={1} validate={minutesValidator} sx={{ width: 140 }} />
        <TextInput fullWidth={false} source="materialsYuan" validate={[required(), yuanValidator()]} sx={{ width: 140 }} />
        <TextInput fullWidth={false} source="overheadPercent" validate={percentValidator} sx={{ width: 140 }} />
        <TextInput fullWidth={false} source="riskPercent" validate={percentValidator} sx={{ width: 140 }} />
      </Row>
      {!isCreate && <BooleanInput source="active" />}
    </>
  );
};

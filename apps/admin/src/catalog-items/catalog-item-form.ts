import { CatalogItemKind, PricingMode, type CatalogItemFieldsFragment, type CostModelInput, type PricingInput } from '@wuye/schema';
import { bpToInput, fenToInput, percentToBp, yuanOrNull } from '../common/money';
import { pricingInput } from '../common/pricing';

/** What the form edits: amounts as the yuan and percent text people type. */
export interface CatalogItemForm {
  category: string;
  name: string;
  unit: string;
  kind: CatalogItemKind;
  mode: PricingMode;
  priceYuan: string;
  minYuan: string;
  maxYuan: string;
  labourMinutes: number;
  materialsYuan: string;
  overheadPercent: string;
  riskPercent: string;
  active: boolean;
}

/** The API's input: fen and basis points. */
export interface CatalogItemValues {
  category: string;
  name: string;
  unit: string;
  kind: CatalogItemKind;
  pricing: PricingInput;
  costModel: CostModelInput;
  active: boolean;
}

export const NEW_ITEM: Partial<CatalogItemForm> = {
  kind: CatalogItemKind.Paid,
  mode: PricingMode.Fixed,
  labourMinutes: 0,
  materialsYuan: '0',
  overheadPercent: '0',
  riskPercent: '0',
  active: true,
};

export const toForm = (item: CatalogItemFieldsFragment): CatalogItemForm => ({
  category: item.category,
  name: item.name,
  unit: item.unit,
  kind: item.kind,
  mode: item.mode,
  priceYuan: fenToInput(item.priceFen),
  minYuan: fenToInput(item.minFen),
  maxYuan: fenToInput(item.maxFen),
  labourMinutes: item.labourMinutes,
  materialsYuan: fenToInput(item.materialsFen),
  overheadPercent: bpToInput(item.overheadBp),
  riskPercent: bpToInput(item.riskBp),
  active: item.active,
});

/** Form → API input; the inputs' validators have accepted every text by now. */
export function toValues(form: CatalogItemForm): CatalogItemValues {
  const mode = form.kind === CatalogItemKind.Free ? PricingMode.Free : form.mode;
  return {
    category: form.category.trim(),
    name: form.name.trim(),
    unit: form.unit,
    kind: form.kind,
    pricing: pricingInput(mode, { price: form.priceYuan, min: form.minYuan, max: form.maxYuan }),
    costModel: {
      labourMinutes: Number(form.labourMinutes ?? 0),
      materialsFen: yuanOrNull(form.materialsYuan) ?? 0,
      overheadBp: percentToBp(form.overheadPercent),
      riskBp: percentToBp(form.riskPercent),
    },
    active: form.active ?? true,
  };
}

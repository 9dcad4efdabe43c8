import { PricingMode, type PricingInput } from '@wuye/schema';
import { fen, type Pricing, type PricingMode as DomainPricingMode } from '@wuye/domain';
import { yuanOrNull } from './money';

export type PriceField = 'price' | 'min' | 'max';

/** The amounts each pricing mode takes (free is price 0 by definition; unset has none). */
export const PRICE_FIELDS: Record<PricingMode, readonly PriceField[]> = {
  FIXED: ['price'],
  RANGE: ['min', 'max'],
  WORKLOAD: ['min', 'max'],
  FREE: [],
  UNSET: [],
};

type Priced = { mode: PricingMode; priceFen?: number | null; minFen?: number | null; maxFen?: number | null };

const branded = (amount: number | null | undefined) => (amount == null ? null : fen(amount));

/** A row or form as the domain rules read it (modes are lower-case there). */
export const toDomainPricing = ({ mode, priceFen, minFen, maxFen }: Priced): Pricing => ({
  mode: mode.toLowerCase() as DomainPricingMode,
  price: branded(priceFen),
  min: branded(minFen),
  max: branded(maxFen),
});

/** The API input from typed yuan: only the amounts of the mode, validated beforehand. */
export function pricingInput(mode: PricingMode, text: Partial<Record<PriceField, unknown>>): PricingInput {
  const uses = PRICE_FIELDS[mode];
  const amount = (field: PriceField) => (uses.includes(field) ? yuanOrNull(text[field]) : null);
  return {
    mode,
    priceFen: mode === PricingMode.Free ? 0 : amount('price'),
    minFen: amount('min'),
    maxFen: amount('max'),
  };
}

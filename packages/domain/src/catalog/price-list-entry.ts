import type { Pricing } from './pricing.js';

/** One line of a project's price list version: a catalog item and its price. */
export interface PriceListEntry {
  readonly catalogItemId: string;
  readonly category: string;
  readonly name: string;
  readonly unit: string;
  readonly pricing: Pricing;
}

/**
 * Category, then name, then id: a total order that does not depend on the
 * runtime's locale data (code-unit order, not pinyin); the console may re-sort.
 */
export function compareEntries(
  a: Pick<PriceListEntry, 'category' | 'name' | 'catalogItemId'>,
  b: Pick<PriceListEntry, 'category' | 'name' | 'catalogItemId'>,
): number {
  return compareText(a.category, b.category) || compareText(a.name, b.name) || compareText(a.catalogItemId, b.catalogItemId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

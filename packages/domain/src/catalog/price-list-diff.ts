import type { BasisPoints } from '../money/basis-points.js';
import { assessMargin, type CostModel, type MarginWarning } from './cost-model.js';
import { compareEntries, type PriceListEntry } from './price-list-entry.js';
import { canonicalPricing } from './pricing.js';

export type PriceListChangeField = 'mode' | 'price' | 'min' | 'max' | 'unit' | 'category' | 'name';

/** Amounts are fen; a field the mode does not use is null (a free item's price is 0). */
export interface PriceListFieldChange {
  readonly field: PriceListChangeField;
  readonly before: string | number | null;
  readonly after: string | number | null;
}

export interface PriceListEntryChange {
  readonly catalogItemId: string;
  readonly before: PriceListEntry;
  readonly after: PriceListEntry;
  readonly changes: readonly PriceListFieldChange[];
}

export interface PriceListEntryMargin {
  readonly catalogItemId: string;
  readonly category: string;
  readonly name: string;
  readonly warnings: readonly MarginWarning[];
}

export interface PriceListDiff {
  readonly added: readonly PriceListEntry[];
  readonly removed: readonly PriceListEntry[];
  readonly changed: readonly PriceListEntryChange[];
  /** Entries of the new version whose price warns against its cost model (loss, over_margin). */
  readonly marginWarnings: readonly PriceListEntryMargin[];
}

export interface DiffPriceListsInput {
  readonly before: readonly PriceListEntry[];
  readonly after: readonly PriceListEntry[];
  /** Cost models by catalogItemId; entries without one get no margin check. */
  readonly costModels?: ReadonlyMap<string, CostModel>;
  readonly marginCeilingBasisPoints?: BasisPoints;
}

/**
 * What a new price list version changes against the previous one, for the
 * GM's review: entries matched by catalogItemId, each list ordered by
 * category, then name (of the new version for changes, the old for removals).
 * Pricing is compared in canonical form, so stray amounts a mode does not use
 * are not reported as changes.
 */
export function diffPriceLists({ before, after, costModels, marginCeilingBasisPoints }: DiffPriceListsInput): PriceListDiff {
  const previous = new Map(before.map((entry) => [entry.catalogItemId, entry]));
  const next = new Map(after.map((entry) => [entry.catalogItemId, entry]));

  const added: PriceListEntry[] = [];
  const changed: PriceListEntryChange[] = [];
  const marginWarnings: PriceListEntryMargin[] = [];
  for (const entry of [...next.values()].sort(compareEntries)) {
    const old = previous.get(entry.catalogItemId);
    if (old === undefined) added.push(entry);
    else {
      const changes = fieldChanges(old, entry);
      if (changes.length > 0) changed.push({ catalogItemId: entry.catalogItemId, before: old, after: entry, changes });
    }
    const costModel = costModels?.get(entry.catalogItemId);
    if (costModel !== undefined) {
      const { warnings } = assessMargin({ pricing: entry.pricing, costModel, marginCeilingBasisPoints });
      if (warnings.length > 0) {
        marginWarnings.push({ catalogItemId: entry.catalogItemId, category: entry.category, name: entry.name, warnings });
      }
    }
  }
  const removed = [...previous.values()].filter((entry) => !next.has(entry.catalogItemId)).sort(compareEntries);
  return { added, removed, changed, marginWarnings };
}

function fieldChanges(before: PriceListEntry, after: PriceListEntry): PriceListFieldChange[] {
  const old = canonicalPricing(before.pricing);
  const now = canonicalPricing(after.pricing);
  const pairs: readonly [PriceListChangeField, string | number | null, string | number | null][] = [
    ['mode', old.mode, now.mode],
    ['price', old.price, now.price],
    ['min', old.min, now.min],
    ['max', old.max, now.max],
    ['unit', before.unit, after.unit],
    ['category', before.category, after.category],
    ['name', before.name, after.name],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, before: a, after: b }));
}

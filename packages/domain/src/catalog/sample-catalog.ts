import { fen, type Fen } from '../money/fen.js';
import { parseYuan } from '../money/yuan.js';
import { isPricingMode, validatePricing, type Pricing } from './pricing.js';

/** A catalog item and its starting price, ready for the seeder to give ids. */
export interface CatalogTemplateEntry {
  readonly kind: 'paid' | 'free';
  readonly category: string;
  readonly name: string;
  readonly unit: string;
  readonly pricing: Pricing;
  /** Order in the sample (paid items first), for display. */
  readonly position: number;
}

/** The sample lists free services by name only; they are filed under this category and unit. */
export const SAMPLE_FREE_CATEGORY = '免费服务';
export const SAMPLE_FREE_UNIT = '次';

export interface ParseSampleCatalogOptions {
  readonly freeCategory?: string;
  readonly freeUnit?: string;
}

/**
 * Turns the parsed catalog.sample.json ({ paid: [{ category, name, unit,
 * pricing, price | min/max in yuan }], free: [name] }) into template entries
 * in fen. Amounts go through their decimal text, never float arithmetic.
 * Throws on anything malformed, naming the path (a bad seed is a bug);
 * keys it does not know (about, satisfactionSurveyItems) are ignored.
 */
export function parseSampleCatalog(json: unknown, options: ParseSampleCatalogOptions = {}): CatalogTemplateEntry[] {
  const { freeCategory = SAMPLE_FREE_CATEGORY, freeUnit = SAMPLE_FREE_UNIT } = options;
  const root = asRecord(json, '$');
  const entries: CatalogTemplateEntry[] = [];

  asArray(root['paid'] ?? [], 'paid').forEach((raw, index) => {
    const path = `paid[${index}]`;
    const item = asRecord(raw, path);
    const mode = item['pricing'];
    if (!isPricingMode(mode)) throw new TypeError(`${path}.pricing: unknown pricing mode ${JSON.stringify(mode)}`);
    const amount = (key: 'price' | 'min' | 'max'): Fen | undefined =>
      item[key] === undefined || item[key] === null ? undefined : yuanField(item[key], `${path}.${key}`);
    const price = mode === 'free' ? (amount('price') ?? fen(0)) : amount('price');
    const min = amount('min');
    const max = amount('max');
    const pricing: Pricing = {
      mode,
      ...(price === undefined ? {} : { price }),
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    };
    entries.push({
      kind: mode === 'free' ? 'free' : 'paid',
      category: text(item['category'], `${path}.category`),
      name: text(item['name'], `${path}.name`),
      unit: text(item['unit'], `${path}.unit`),
      pricing,
      position: entries.length,
    });
  });

  asArray(root['free'] ?? [], 'free').forEach((raw, index) => {
    entries.push({
      kind: 'free',
      category: freeCategory,
      name: text(raw, `free[${index}]`),
      unit: freeUnit,
      pricing: { mode: 'free', price: fen(0) },
      position: entries.length,
    });
  });

  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `${entry.category} / ${entry.name}`;
    const issues = validatePricing({ pricing: entry.pricing, unit: entry.unit });
    if (issues.length > 0) {
      throw new RangeError(`${where}: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
    }
    const key = `${entry.category}\u0000${entry.name}`;
    if (seen.has(key)) throw new RangeError(`${where}: listed twice`);
    seen.add(key);
  }
  return entries;
}

function yuanField(value: unknown, path: string): Fen {
  // A JSON number's shortest decimal text is exact for the sample's amounts (30, 30.5);
  // sub-fen values and exponent forms (1e+21) are then rejected by parseYuan.
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new TypeError(`${path}: expected a yuan amount, got ${JSON.stringify(value)}`);
  }
  const result = parseYuan(String(value));
  if (!result.ok) throw new RangeError(`${path}: ${JSON.stringify(value)} is not a yuan amount (${result.messageKey})`);
  return result.value;
}

function asRecord(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${path}: expected an object`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${path}: expected an array`);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${path}: expected a non-empty string`);
  return value.trim();
}

/**
 * Units of charge (计价单位) used by the procedures' price lists. A company can
 * add its own (companyExtraUnits), e.g. 米 or 平方米, without a code change.
 */
export const KNOWN_UNITS = [
  { unit: '次', en: 'per visit' },
  { unit: '个', en: 'each' },
  { unit: '扇', en: 'per door or window leaf' },
  { unit: '把', en: 'per lock' },
  { unit: '台', en: 'per appliance' },
  { unit: '套', en: 'per set' },
  { unit: '件', en: 'per piece' },
  { unit: '只', en: 'per fitting' },
  { unit: '盏', en: 'per lamp' },
  { unit: '位', en: 'per socket or switch position' },
  { unit: '小时', en: 'per hour' },
  { unit: '月', en: 'per month' },
  { unit: '页', en: 'per page' },
] as const;

export type KnownUnit = (typeof KNOWN_UNITS)[number]['unit'];

const KNOWN_UNIT_SET: ReadonlySet<string> = new Set(KNOWN_UNITS.map((u) => u.unit));

/** Exact match, no trimming: the API normalises input before storing it. */
export function isKnownUnit(unit: string, companyExtraUnits: readonly string[] = []): boolean {
  return unit !== '' && (KNOWN_UNIT_SET.has(unit) || companyExtraUnits.includes(unit));
}

/** English gloss of a built-in unit; undefined for company-specific units. */
export function unitGlossEn(unit: string): string | undefined {
  return KNOWN_UNITS.find((u) => u.unit === unit)?.en;
}

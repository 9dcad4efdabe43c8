type Labels<K extends string | number> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

/**
 * An enum's labels from the domain's own table (PENALTY_RULE_LABELS, INSPECTION_LEVEL_LABELS …),
 * keyed as the GraphQL enum spells its values (`subjective_delay` → `SUBJECTIVE_DELAY`), so the
 * console says exactly what the rules and the API's messages say.
 */
export function enumLabels<K extends string>(labels: Labels<K>, language: 'zh' | 'en'): Record<Uppercase<K>, string> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key.toUpperCase(), (label as { zh: string; en: string })[language]])) as Record<Uppercase<K>, string>;
}

/** Labels keyed as the domain spells them (satisfaction levels 5 … 1, report sections). */
export function plainLabels<K extends string | number>(labels: Labels<K>, language: 'zh' | 'en'): Record<K, string> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, (label as { zh: string; en: string })[language]])) as Record<K, string>;
}

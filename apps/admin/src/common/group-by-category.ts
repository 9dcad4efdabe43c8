/** Rows grouped by category, categories in the order they first appear (the API's order). */
export function groupByCategory<T extends { category: string }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.category);
    if (group) group.push(row);
    else groups.set(row.category, [row]);
  }
  return [...groups.entries()];
}

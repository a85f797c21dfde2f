// Grouping organisations once, so building and reorganising the world stay linear in its size.

/** Items grouped by their area (index = area id), each group in the items' order. */
export function groupByArea<T extends { area: number }>(items: readonly T[], areas: number): T[][] {
  const out: T[][] = Array.from({ length: areas }, () => []);
  for (const x of items) out[x.area].push(x);
  return out;
}

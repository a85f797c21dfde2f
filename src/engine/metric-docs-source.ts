// Reads the column tables of docs/metrics.md (the one place columns are explained) into
// data, for the generated src/engine/metric-docs.ts that the Data Package descriptors'
// table schemas draw on (npm run gen:metric-docs; a test fails when the two drift apart).

export interface ColumnDoc {
  description: string;
  /** The table's unit or type cell ("£m", "count", "text", "integer or null"…), or "" when it has none. */
  unit: string;
}

/** Column documentation per section (the `## ` heading above each table, as a slug: "yearly-metrics"), per column name. */
export type MetricDocs = Record<string, Record<string, ColumnDoc>>;

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** Every table row whose first cell names columns in backticks (`a` or `a`, `b`); prose cells are plain text. */
export function parseMetricDocs(markdown: string): MetricDocs {
  const docs: MetricDocs = {};
  let section = '';
  for (const line of markdown.split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) {
      section = slug(h[1]);
      continue;
    }
    if (!section || !line.startsWith('|') || /^\|[-\s|]+\|$/.test(line.trim())) continue;
    const [first, meaning = '', unit = ''] = cells(line);
    const names = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (names.length === 0 || first.replace(/`[^`]+`|,|\s/g, '') !== '') continue;
    const plain = (s: string): string => s.replace(/`/g, '').replace(/\*/g, '');
    for (const name of names) (docs[section] ??= {})[name] = { description: plain(meaning), unit: plain(unit) };
  }
  return docs;
}

/** "Yearly metrics (`run --out`, …)" → "yearly-metrics". */
export function slug(heading: string): string {
  return heading
    .replace(/\(.*$/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function renderMetricDocsModule(docs: MetricDocs): string {
  return `// Generated from docs/metrics.md by \`npm run gen:metric-docs\`: do not edit by hand.
import type { MetricDocs } from './metric-docs-source';

export const METRIC_DOCS: MetricDocs = ${JSON.stringify(docs, null, 2)};
`;
}

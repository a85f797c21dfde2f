// Writes docs/timeline.md from src/model/timeline/england.json (npm run gen:timeline). With
// --check it writes nothing and exits 1 when the committed file differs. The renderer is
// exported so that test/model/timeline.test.ts can compare the committed document with it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENGLAND_TIMELINE_FILE as data,
  readTimeline,
  SERIES,
  timelineFileSchema,
  type SeriesSpec,
  type SeriesValue,
  type TimelineEvent,
  type TimelineFile,
} from '../src/model/index';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const fy = (y: number): string => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
const yearsLabel = (years: string): string => {
  const [a, b] = years.split('-').map(Number);
  return b === undefined || b === a ? fy(a) : `${fy(a)}–${fy(b)}`;
};
const percent = (x: number): string => `${Number((100 * x).toFixed(2))}%`;

/** A value as a reader expects it: shares also as per cent, money and people with separators. */
export function formatValue(spec: SeriesSpec, v: SeriesValue): string {
  if (v === null) return 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return `\`${v}\``;
  if (spec.unit === '£') return `£${v.toLocaleString('en-GB')}`;
  if (spec.unit === 'people') return v.toLocaleString('en-GB');
  if (spec.unit.startsWith('share')) return `${v} (${percent(v)})`;
  return String(v);
}

function kindText(spec: SeriesSpec): string {
  const k = spec.kind;
  if (k.type === 'number')
    return `number from ${k.min.toLocaleString('en-GB')} to ${k.max.toLocaleString('en-GB')}${k.nullable ? ', or none' : ''}`;
  if (k.type === 'boolean') return 'yes or no';
  return `one of ${k.values.map((v) => `\`${v}\``).join(', ')}`;
}

const TARGET: Record<SeriesSpec['target'], string> = {
  input: 'input (replaces the parameter of the same id for the year)',
  rule: 'rule (sets that field of the rules in force when its value changes)',
  level: 'level (read directly by the model)',
};

const basis = (e: { source?: string; assumption?: string }): string =>
  e.source !== undefined ? `**${e.source}**` : `*Assumption.* ${e.assumption ?? ''}`;

function flatten(x: unknown, prefix = ''): string[] {
  if (x === null || typeof x !== 'object') return [`${prefix} = ${x === null ? 'none' : String(x)}`];
  return Object.entries(x as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function change(e: TimelineEvent): string {
  const parts: string[] = [];
  if (e.regime) parts.push(`regime \`${e.regime}\``);
  if (e.rules) parts.push(`rules: ${flatten(e.rules).join('; ')}`);
  if (e.writeOffDebt) parts.push('revenue support debt written off');
  return parts.join('; ');
}

const INTRO = `## What it is

The history run drives the model with what actually happened to the English NHS each financial year
from 1991/92 to 2025/26: how fast its money grew, what prices paid for and what providers' costs
did, the payment rules, central support to providers, the structural reforms and the growth of
demand. Every value carries either a **source**, a key of the list at the end, or an **assumption**
that gives its reasoning. The keys point into the domain notes kept in \`docs/domain/\`
(\`timeline.md\` for keys such as F1 or T5, \`brief.md\` for BRIEF-…), which also say where each
source can be found.

- **[derived]** marks a value computed from sourced figures; its note shows the arithmetic. A value
  has a source when its main figure comes from that source, even where a stated conversion is
  applied; supporting conversions that are themselves judgements say so ("assumption") in the note.
- **[unverified]** marks a figure the record gives but could not confirm. Such a value is always an
  assumption, never a source.
- Outcomes (trust deficits, waiting lists, spending shares, disputes) are not inputs: the model must
  produce them (\`docs/domain/timeline.md\`, section C).

## How the model uses it

- **Years** are financial years named by the calendar year they start in: 2013 is 2013/14, which
  runs from April 2013 to March 2014.
- **Inputs** take the place of the parameter of the same id for that year (see
  \`docs/parameters.md\`). **Rules** set a field of the rules in force at the start of a financial
  year whenever their value changes (the payment form, CQUIN, control totals). **Levels** are
  quantities the model reads directly (the population).
- **Events**, dated, hand over to a new regime (commissioners reorganise), change rules on top of
  the regime in force, or make a one-off change (the 2020 debt write-off).
- **Money is in real terms, in 2024/25 prices.** The allocation per head is anchored in 2024/25
  (below); the growth series are real growth, above the GDP deflator. The cost uplift (what prices
  fund) and the cost pressure (what providers' unit costs actually do) are real too: prices move by
  (1 + cost uplift) × (1 − efficiency factor) a year, providers' unit costs by the cost pressure less
  the savings they find. Providers feel a squeeze when cost pressure runs above the uplift.
- **One basis per year for money and costs.** Where a top-up is left out of the funding series (the
  pay-award and industrial-action money of 2022/23–2023/24, Covid money, the 2025/26 National
  Insurance money), the costs it met are left out of the cost series too, so the two stay comparable.
- **A scenario can override the timeline.** \`"timeline": {"<series id>": value}\` holds a series at
  one value for the whole run; \`"timeline": {"<series id>": {"<year or YYYY-YYYY>": value}}\`
  replaces it in the years given and keeps the record elsewhere; \`"timeline": "constant"\` runs
  without the timeline, every parameter held at the scenario's value and the regime's rules left as
  they are. For example:

  \`\`\`json
  { "timeline": { "payment.efficiencyFactor": { "2011-2014": 0.02 }, "support.conditional": 0 } }
  \`\`\``;

/** docs/timeline.md for a timeline file. */
export function renderTimelineDoc(file: TimelineFile): string {
  const read = readTimeline(file);
  if (!read.ok) throw new Error(`the timeline "${file.id}" is not valid:\n  ${read.errors.join('\n  ')}`);
  const values = read.timeline.values;
  const out: string[] = [];
  out.push(`# Timeline: ${file.title}`);
  out.push('');
  out.push(
    `*Generated by \`npm run gen:timeline\` from \`src/model/timeline/${file.id}.json\`; do not edit by hand (a test compares the two). ${fy(file.firstYear)} to ${fy(file.lastYear)}, ${SERIES.length} series, ${file.events.length} events, ${Object.keys(file.sources).length} sources.*`,
  );
  out.push('');
  out.push(INTRO);
  out.push('');

  out.push('## Anchors');
  out.push('');
  out.push('| Anchor | Value | Source | Note |');
  out.push('|---|---|---|---|');
  const a = file.anchors;
  out.push(
    `| Allocation per registered patient, ${fy(a.allocationPerHead.year)} | £${a.allocationPerHead.value.toLocaleString('en-GB')} | **${a.allocationPerHead.source}** | ${cell(a.allocationPerHead.note)} |`,
  );
  out.push(
    `| List inflation | ${a.listInflation.value} | **${a.listInflation.source}** | ${cell(a.listInflation.note)} |`,
  );
  out.push('');

  out.push('## Year by year at a glance');
  out.push('');
  const glance = [
    'funding.allocationGrowth',
    'payment.costUplift',
    'payment.costPressure',
    'payment.efficiencyFactor',
    'payment.form',
    'payment.withhold',
    'finance.controlTotals',
  ];
  const specs = glance.map((id) => SERIES.find((s) => s.id === id) as SeriesSpec);
  out.push(`| Year | ${specs.map((s) => s.label).join(' | ')} |`);
  out.push(`|---|${specs.map(() => '---').join('|')}|`);
  for (let y = file.firstYear; y <= file.lastYear; y++) {
    const row = specs.map((s) => {
      const v = values.get(s.id)?.[y - file.firstYear] ?? null;
      return typeof v === 'number' && s.unit.startsWith('share') ? percent(v) : formatValue(s, v);
    });
    out.push(`| ${fy(y)} | ${row.join(' | ')} |`);
  }
  out.push('');

  out.push('## Series');
  for (const spec of SERIES) {
    out.push('');
    out.push(`### \`${spec.id}\`: ${spec.label}`);
    out.push('');
    out.push(`${spec.meaning}. *${TARGET[spec.target]}; ${kindText(spec)}${spec.unit ? ` (${spec.unit})` : ''}.*`);
    out.push('');
    out.push('| Years | Value | Source or assumption | Note |');
    out.push('|---|---|---|---|');
    for (const e of file.series[spec.id] ?? [])
      out.push(
        `| ${yearsLabel(e.years)} | ${formatValue(spec, e.value)} | ${cell(basis(e))} | ${cell(e.note ?? '')} |`,
      );
  }
  out.push('');

  out.push('## Events');
  out.push('');
  out.push('| Date | Change | What happened | Source or assumption | Note |');
  out.push('|---|---|---|---|---|');
  for (const e of file.events)
    out.push(`| ${e.date} | ${cell(change(e))} | ${cell(e.label)} | ${cell(basis(e))} | ${cell(e.note ?? '')} |`);
  out.push('');

  out.push('## Sources');
  out.push('');
  out.push('| Key | Source |');
  out.push('|---|---|');
  for (const [k, v] of Object.entries(file.sources)) out.push(`| **${k}** | ${cell(v)} |`);
  out.push('');
  return out.join('\n');
}

/** The England timeline's document. */
export function renderEnglandTimelineDoc(): string {
  return renderTimelineDoc(timelineFileSchema.parse(data));
}

function main(args: string[]): void {
  const target = fileURLToPath(new URL('../docs/timeline.md', import.meta.url));
  const unknown = args.filter((x) => x !== '--check');
  if (unknown.length) {
    console.error(`gen-timeline-doc: unknown argument(s) ${unknown.join(' ')} (only --check is accepted)`);
    process.exit(2);
  }
  const text = renderEnglandTimelineDoc();
  if (args.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error('docs/timeline.md is out of date: run `npm run gen:timeline`');
      process.exit(1);
    }
    console.log('docs/timeline.md is up to date');
  } else {
    writeFileSync(target, text);
    console.log(`wrote docs/timeline.md (${SERIES.length} series)`);
  }
}

// Run only as a script, not when the test imports the renderer.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));

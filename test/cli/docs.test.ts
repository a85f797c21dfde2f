import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { YEAR_COLUMNS, RELATIONSHIP_COLUMNS } from '../../src/model/metrics';
import { EVENT_TYPES } from '../../src/model/events';
import { PARAMETERS } from '../../src/model/params';
import { SERIES } from '../../src/model/timeline/series';
import { summaryColumns } from '../../src/engine/ensemble';
import { read, scratch, sim } from './helpers';

const doc = readFileSync(new URL('../../docs/metrics.md', import.meta.url), 'utf8');
const documented = (name: string): boolean => doc.includes(`| \`${name}\``);
/** Names in the first column of the table under a heading, in order. */
function tableOf(heading: string): string[] {
  const start = doc.indexOf(`## ${heading}`);
  const end = doc.indexOf('\n## ', start + 1);
  return [...doc.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

describe('docs/metrics.md', () => {
  it('documents every yearly, relationships and summary column', () => {
    const missing = [...YEAR_COLUMNS, ...RELATIONSHIP_COLUMNS, ...summaryColumns([]), 'run', 'seed', 'point'].filter(
      (c) => !documented(c),
    );
    expect(missing).toEqual([]);
  });

  it('lists the yearly and relationship columns in the order the files have them, and no others', () => {
    expect(tableOf('Yearly metrics')).toEqual([...YEAR_COLUMNS]);
    expect(tableOf('Relationships')).toEqual([...RELATIONSHIP_COLUMNS]);
  });

  it('names only parameters, timeline series and event types that exist', () => {
    const known = new Set<string>([...PARAMETERS.map((p) => p.id), ...SERIES.map((s) => s.id), ...EVENT_TYPES]);
    const dotted = [...doc.matchAll(/`([a-z]+(?:\.[A-Za-z-]+)+)`/g)].map((m) => m[1]);
    expect(dotted.length).toBeGreaterThan(3);
    expect(dotted.filter((t) => !known.has(t) && !/\.(ts|md|json|jsonl|csv)$/.test(t))).toEqual([]);
  });

  it('documents every field of the events file', async () => {
    const dir = scratch();
    await sim(
      ['run', '--scenario', 'ccg-2013', '--years', '1', '--quiet', '--out', 'y.csv', '--events', 'e.jsonl'],
      dir,
    );
    const fields = Object.keys(JSON.parse(read(dir, 'e.jsonl').split('\n')[0]));
    expect(fields.filter((f) => !documented(f))).toEqual([]);
  });
});

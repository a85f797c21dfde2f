import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { YEAR_COLUMNS, RELATIONSHIP_COLUMNS } from '../../src/model/metrics';
import { summaryColumns } from '../../src/engine/ensemble';
import { AREA_COLUMNS } from '../../src/engine/areas';
import { read, scratch, sim } from './helpers';

const doc = readFileSync(new URL('../../docs/metrics.md', import.meta.url), 'utf8');
const documented = (name: string): boolean => doc.includes(`| \`${name}\``);

describe('docs/metrics.md', () => {
  it('documents every yearly, relationships, areas and summary column', () => {
    const missing = [
      ...YEAR_COLUMNS,
      ...RELATIONSHIP_COLUMNS,
      ...AREA_COLUMNS,
      ...summaryColumns([]),
      'run',
      'seed',
      'point',
    ].filter((c) => !documented(c));
    expect(missing).toEqual([]);
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

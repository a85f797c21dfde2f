import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { parseScenario } from '../../src/model/scenario';
import { YEAR_COLUMNS, RELATIONSHIP_COLUMNS } from '../../src/model/metrics';
import { EVENT_TYPES } from '../../src/model/events';
import { csv, read, scratch, sim } from './helpers';

const dir = scratch();
const base = ['run', '--scenario', 'ccg-2013', '--scale', 'local', '--years', '3'];

describe('sim run', () => {
  it('writes one row per simulated year with the documented columns, and nothing else anywhere', async () => {
    const r = await sim([...base, '--out', 'a.csv', '--events', 'a.jsonl', '--relationships', 'a-rel.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    const { header, rows } = csv(read(dir, 'a.csv'));
    expect(header).toEqual(['seed', ...YEAR_COLUMNS]);
    expect(rows.map((x) => x[1])).toEqual(['1', '2', '3']);
    expect(rows.map((x) => x[2])).toEqual(['2013/14', '2014/15', '2015/16']);
    expect(rows.every((x) => x.length === YEAR_COLUMNS.length + 1 && x[3] === 'ccg-2013' && x[0] === x[0])).toBe(true);
    expect(new Set(rows.map((x) => x[0])).size).toBe(1);
    for (const x of rows) for (const cell of x.slice(4)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    // Nothing but the outputs and their descriptor.
    expect(readdirSync(dir).sort()).toEqual(['a-rel.csv', 'a.csv', 'a.jsonl', 'datapackage.json']);
  });

  it('writes every event as a JSON line with its financial year and organisation codes', () => {
    const lines = read(dir, 'a.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(10);
    const ids = lines.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const e of lines) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(e.financial_year).toBe(['2013/14', '2014/15', '2015/16'][e.year - 1]);
      expect(e.week).toBe(e.tick % 52);
      if (e.commissioner !== null) expect(typeof e.commissioner_id).toBe('string');
      if (e.provider !== null) expect(typeof e.provider_id).toBe('string');
    }
  });

  it('writes one relationships row per commissioner-provider pair', () => {
    const { header, rows } = csv(read(dir, 'a-rel.csv'));
    expect(header).toEqual([...RELATIONSHIP_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((x) => `${x[0]}|${x[1]}`)).size).toBe(rows.length);
  });

  it('gives byte-identical files for the same seed and different ones for another seed', async () => {
    await sim(
      [...base, '--seed', '5', '--out', 's5a.csv', '--events', 's5a.jsonl', '--relationships', 's5a-rel.csv'],
      dir,
    );
    await sim(
      [...base, '--seed', '5', '--out', 's5b.csv', '--events', 's5b.jsonl', '--relationships', 's5b-rel.csv'],
      dir,
    );
    await sim([...base, '--seed', '6', '--out', 's6.csv', '--events', 's6.jsonl'], dir);
    expect(read(dir, 's5a.csv')).toBe(read(dir, 's5b.csv'));
    expect(read(dir, 's5a.jsonl')).toBe(read(dir, 's5b.jsonl'));
    expect(read(dir, 's5a-rel.csv')).toBe(read(dir, 's5b-rel.csv'));
    expect(read(dir, 's6.csv')).not.toBe(read(dir, 's5a.csv'));
    expect(read(dir, 's6.jsonl')).not.toBe(read(dir, 's5a.jsonl'));
  });

  it('prints the yearly CSV to stdout without --out', async () => {
    const r = await sim([...base, '--seed', '5', '--quiet'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(read(dir, 's5a.csv'));
  });

  it('applies a --reform at the start of the given year', async () => {
    const r = await sim([...base, '--reform', 'icb-2022@2', '--quiet'], dir);
    expect(r.code).toBe(0);
    expect(csv(r.out).rows.map((x) => x[3])).toEqual(['ccg-2013', 'icb-2022', 'icb-2022']);
  });

  it("lets a --reform replace the scenario's reform in the same year", async () => {
    const r = await sim(['run', '--scenario', 'reforms-1991-2022', '--reform', 'ccg-2013@3', '--quiet'], dir);
    expect(r.code).toBe(0);
    expect(
      csv(r.out)
        .rows.slice(0, 7)
        .map((x) => x[3]),
    ).toEqual([
      'internal-market-1991',
      'internal-market-1991',
      'ccg-2013',
      'ccg-2013',
      'ccg-2013',
      'ccg-2013',
      'ccg-2013',
    ]);
  });

  it('runs a scenario file given by path, with --set overrides that change the outcome', async () => {
    const a = await sim(
      ['run', '--scenario', join(__dirname, '../../public/scenarios/ccg-2013.json'), '--years', '2', '--quiet'],
      dir,
    );
    const b = await sim(['run', '--scenario', 'ccg-2013', '--years', '2', '--quiet'], dir);
    const c = await sim(
      [
        'run',
        '--scenario',
        'ccg-2013',
        '--years',
        '2',
        '--quiet',
        '--set',
        'funding.allocationGrowth=0.08',
        '--set',
        'trust.initial=0.1',
      ],
      dir,
    );
    expect(a.out).toBe(b.out);
    expect(c.code).toBe(0);
    expect(c.out).not.toBe(b.out);
  });

  it('checks a scenario with flags and prints it normalised, ready to save and run', async () => {
    const r = await sim(
      ['check', '--scenario', 'ccg-2013', '--years', '4', '--reform', 'icb-2022@3', '--set', 'trust.initial=0.4'],
      dir,
    );
    expect(r.code).toBe(0);
    const parsed = parseScenario(JSON.parse(r.out));
    expect(parsed.ok && parsed.scenario).toMatchObject({
      regime: 'ccg-2013',
      years: 4,
      params: { 'trust.initial': 0.4 },
      reforms: [{ regime: 'icb-2022', year: 3 }],
    });
    writeFileSync(join(dir, 'saved.json'), r.out);
    const fromFile = await sim(['run', '--scenario', 'saved.json', '--quiet'], dir);
    const fromFlags = await sim(
      [
        'run',
        '--scenario',
        'ccg-2013',
        '--years',
        '4',
        '--reform',
        'icb-2022@3',
        '--set',
        'trust.initial=0.4',
        '--quiet',
      ],
      dir,
    );
    expect(fromFile.out).toBe(fromFlags.out);
    expect((await sim(['check', '--scenario', 'ccg-2013', '--set', 'trust.initial=2'], dir)).code).toBe(2);
  });

  it('prints usage for --help', async () => {
    for (const cmd of ['check', 'run', 'ensemble', 'sweep', 'presets', 'params', 'regimes']) {
      const r = await sim([cmd, '--help'], dir);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: npm run -s sim -- ${cmd}`));
    }
    expect((await sim(['--help'], dir)).out).toMatch(/^Quasimarket/);
    expect(existsSync(join(dir, 'undefined'))).toBe(false);
  });
});

describe('sim run --from', () => {
  it('starts in that year with its structures, ends when the scenario did, and refuses years off the timeline', async () => {
    const r = await sim(
      ['run', '--scenario', 'history-1991-2025', '--from', '2013', '--years', '2', '--out', 'from.csv'],
      dir,
    );
    expect(r.code).toBe(0);
    const { rows } = csv(read(dir, 'from.csv'));
    expect(rows.map((x) => x[2])).toEqual(['2013/14', '2014/15']);
    expect(rows[0][3]).toBe('ccg-2013');
    const whole = await sim(['run', '--scenario', 'history-1991-2025', '--from', '2022', '--out', '-'], dir);
    const years = csv(whole.out).rows.map((x) => x[2]);
    expect(years[0]).toBe('2022/23');
    expect(years.at(-1)).toBe('2025/26');
    const bad = await sim(['run', '--scenario', 'history-1991-2025', '--from', '1980'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--from must be a whole number from 1991 to 2025, got "1980"/);
  });
});

describe('sim run --area', () => {
  it('anchors a run on a real footprint, records it, and names a bad code or the wrong scale', async () => {
    const r = await sim(
      ['run', '--scenario', 'icb-2022', '--scale', 'local', '--area', 'QYG', '--years', '1', '--out', 'qyg.csv'],
      dir,
    );
    expect(r.code).toBe(0);
    const pkg = JSON.parse(read(dir, 'datapackage.json'));
    expect(JSON.stringify(pkg)).toContain('"area":"QYG"');
    const plain = await sim(['run', '--scenario', 'icb-2022', '--scale', 'local', '--years', '1', '--out', '-'], dir);
    expect(read(dir, 'qyg.csv')).not.toBe(plain.out);
    const region = await sim(['check', '--scenario', 'icb-2022', '--scale', 'local', '--area', 'Y62'], dir);
    expect(region.code).toBe(2);
    expect(region.err).toMatch(/--area Y62: a local run is one ICB footprint; Y62 is a region/);
    const unknown = await sim(['check', '--scenario', 'icb-2022', '--area', 'ZZZ'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--area ZZZ: unknown ICB or region code "ZZZ"/);
  });
});

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import data from '../../src/model/england/footprints.json';
import { AREA_COLUMNS } from '../../src/engine/areas';
import { read, scratch, sim } from './helpers';

/** Our CSV, quoted fields included (names such as "Bath and …, Swindon and Wiltshire" carry commas). */
function table(text: string): Record<string, string>[] {
  const lines = text.trimEnd().split('\n');
  const split = (line: string): string[] =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const header = split(lines[0]);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])));
}

const dir = scratch();
const codes = data.footprints.map((f) => f.code);

describe('sim run --areas', () => {
  it('writes 42 rows a year at england scale, one per footprint, with the data’s codes, names and regions', async () => {
    const r = await sim(
      [
        'run',
        '--scenario',
        'ccg-2013',
        '--scale',
        'england',
        '--years',
        '2',
        '--seed',
        '5',
        '--out',
        'e.csv',
        '--areas',
        'e-areas.csv',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('areas e-areas.csv');
    const text = read(dir, 'e-areas.csv');
    expect(text.split('\n')[0]).toBe(AREA_COLUMNS.join(','));
    const rows = table(text);
    expect(rows).toHaveLength(2 * 42);
    for (const [year, fy] of [
      ['1', '2013/14'],
      ['2', '2014/15'],
    ]) {
      const of = rows.filter((x) => x.year === year);
      expect(of.map((x) => x.code)).toEqual(codes);
      expect(of.every((x) => x.financial_year === fy && x.seed === '5')).toBe(true);
      of.forEach((x, i) => {
        expect(x.name).toBe(data.footprints[i].shortName);
        expect(x.region).toBe(data.footprints[i].region);
        expect(x.region_code).toBe(data.footprints[i].regionCode);
        for (const k of AREA_COLUMNS.slice(7)) expect(x[k], `${x.code} ${k}`).toMatch(/^-?\d+(\.\d+)?$/);
      });
    }
    // Each footprint's share of the people follows its real registered population.
    const y1 = rows.filter((x) => x.year === '1');
    const people = y1.reduce((s, x) => s + Number(x.population), 0);
    const real = data.footprints.reduce((s, f) => s + f.population, 0);
    y1.forEach((x, i) => expect(Number(x.population) / people).toBeCloseTo(data.footprints[i].population / real, 2));
    // The areas add up to the run's own yearly figures.
    const yearly = table(read(dir, 'e.csv'));
    for (const y of yearly) {
      const of = rows.filter((x) => x.year === y.year);
      const sum = (k: string): number => of.reduce((s, x) => s + Number(x[k]), 0);
      expect(sum('population')).toBe(Number(y.population));
      expect(sum('practices')).toBe(Number(y.practices));
      expect(sum('providers')).toBe(Number(y.providers));
      expect(sum('providers_in_deficit')).toBe(Number(y.providers_in_deficit));
      expect(sum('arbitrations')).toBe(Number(y.arbitrations));
      expect(Math.abs(sum('waiting_list') - Number(y.waiting_list))).toBeLessThanOrEqual(42);
      expect(sum('allocation_m')).toBeCloseTo(Number(y.allocation_m), -1);
    }
  }, 60_000);

  it('writes a fictional area’s row with no code or region', async () => {
    const r = await sim(
      ['run', '--scenario', 'ccg-2013', '--scale', 'local', '--years', '1', '--out', '-', '--areas', 'l.csv'],
      dir,
    );
    expect(r.code).toBe(0);
    const rows = table(read(dir, 'l.csv'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: '', region: '', region_code: '' });
    expect(rows[0].name.length).toBeGreaterThan(0);
  });

  it('anchors a region run on a footprint’s region: its footprints only', async () => {
    writeFileSync(join(dir, 'nw.json'), JSON.stringify({ regime: 'icb-2022', scale: 'region', area: 'QYG', years: 1 }));
    const r = await sim(['run', '--scenario', 'nw.json', '--out', '-', '--areas', 'nw.csv'], dir);
    expect(r.code).toBe(0);
    expect(table(read(dir, 'nw.csv')).map((x) => `${x.code} ${x.region}`)).toEqual([
      'QE1 North West',
      'QOP North West',
      'QYG North West',
    ]);
  });
});

describe('sim areas', () => {
  it('lists the 42 footprints with their codes, names and regions', async () => {
    const r = await sim(['areas', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const rows = table(r.out);
    expect(rows.map((x) => x.code).sort()).toEqual([...codes].sort());
    for (const x of rows) {
      const f = data.footprints.find((g) => g.code === x.code)!;
      expect(x).toEqual({
        code: f.code,
        name: f.shortName,
        region: f.region,
        region_code: f.regionCode,
        population: String(f.population),
      });
    }
    const t = await sim(['areas'], dir);
    expect(t.out).toContain('QYG   Cheshire and Merseyside');
    expect(t.out).toContain('42 ICB footprints in 7 NHS England regions');
  });

  it('is the command a bad area in a scenario points to, and names a bad format', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ regime: 'icb-2022', scale: 'region', area: 'QQQ' }));
    const bad = await sim(['run', '--scenario', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"QQQ"');
    expect(bad.err).toContain('npm run sim -- areas');
    expect((await sim(['--help'], dir)).out).toMatch(/^ {2}areas {6}list the 42 ICB footprints/m);
    const f = await sim(['areas', '--format', 'xml'], dir);
    expect(f.code).toBe(2);
    expect(f.err).toBe('quasimarket: --format must be table, csv or json, got "xml"\n');
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { observedRun } from '../../src/engine/collect';
import { ORGANISATION_COLUMNS } from '../../src/engine/organisations';
import { parseScenario } from '../../src/model/scenario';
import { csv, read, scratch, sim } from './helpers';

const run = ['run', '--scenario', 'ccg-2013', '--years', '2', '--seed', '3', '--quiet'];

describe('outputs a researcher chooses', () => {
  it('--metrics keeps the year labels and the metrics named, in that order', async () => {
    const dir = scratch();
    const all = await sim([...run, '--out', 'all.csv'], dir);
    const some = await sim([...run, '--metrics', 'mean_trust, arbitrations', '--out', 'some.csv'], dir);
    expect([all.code, some.code]).toEqual([0, 0]);
    const a = csv(read(dir, 'all.csv'));
    const s = csv(read(dir, 'some.csv'));
    expect(s.header).toEqual(['seed', 'year', 'financial_year', 'regime', 'mean_trust', 'arbitrations']);
    const pick = (r: string[]): string[] => s.header.map((c) => r[a.header.indexOf(c)]);
    expect(s.rows).toEqual(a.rows.map(pick));
  });

  it('refuses an unknown metric or event type with the valid names, and writes nothing', async () => {
    const dir = scratch();
    const m = await sim([...run, '--metrics', 'mean_trust,meen_trust', '--out', 'x.csv'], dir);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(
      /^quasimarket: --metrics: unknown metric "meen_trust"; valid metrics are commissioners, providers, /,
    );
    const t = await sim([...run, '--events', 'e.jsonl', '--event-types', 'tender.won', '--out', 'x.csv'], dir);
    expect(t.code).toBe(2);
    expect(t.err).toMatch(/^quasimarket: --event-types: unknown type "tender.won"; event types are reform.applied, /);
    const alone = await sim([...run, '--event-types', 'tender.awarded'], dir);
    expect(alone.err).toBe('quasimarket: --event-types needs --events FILE (the events to filter)\n');
    const weekly = await sim([...run, '--metrics', 'population', '--weekly', 'w.csv'], dir);
    expect(weekly.err).toMatch(
      /^quasimarket: --weekly: none of the --metrics has a weekly series; those that do are spend_acute_m, /,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--event-types writes only those events, the same ones as in the full file', async () => {
    const dir = scratch();
    await sim([...run, '--events', 'all.jsonl'], dir);
    await sim([...run, '--events', 'some.jsonl', '--event-types', 'negotiation.agreed,contract.signed'], dir);
    const all = read(dir, 'all.jsonl').trimEnd().split('\n');
    const some = read(dir, 'some.jsonl').trimEnd().split('\n');
    expect(some.length).toBeGreaterThan(0);
    expect(some).toEqual(all.filter((l) => /"type":"(negotiation\.agreed|contract\.signed)"/.test(l)));
  });

  it('builds no event when no output reads them, and counts them all the same', () => {
    const scenario = parseScenario({ regime: 'ccg-2013', years: 1, seed: 3 });
    if (!scenario.ok) throw new Error('scenario');
    const none = observedRun(scenario.scenario, {}, {});
    none.step(Infinity);
    const all = observedRun(scenario.scenario, { events: null }, { onEvents: () => {} });
    all.step(Infinity);
    expect(none.model.events.events.length).toBe(0);
    expect(all.model.events.events.length).toBeGreaterThan(100);
    expect(none.model.events.counts).toEqual(all.model.events.counts);
    expect(none.model.yearly).toEqual(all.model.yearly);
  });

  it('--weekly writes a row per week with the year so far, reaching the yearly total', async () => {
    const dir = scratch();
    const r = await sim([...run, '--metrics', 'tenders,population', '--weekly', 'w.csv', '--out', 'y.csv'], dir);
    expect(r.code).toBe(0);
    const w = csv(read(dir, 'w.csv'));
    expect(w.header).toEqual(['tick', 'year', 'week', 'financial_year', 'tenders']);
    expect(w.rows.length).toBe(104);
    expect(w.rows.map((x) => Number(x[0]))).toEqual([...Array(104).keys()]);
    // At week 0 nothing has happened yet; the year's tenders so far never fall, nor pass the year's total.
    const y = csv(read(dir, 'y.csv'));
    for (const year of [1, 2]) {
      const weeks = w.rows.filter((x) => x[1] === String(year)).map((x) => Number(x[4]));
      expect(weeks[0]).toBe(0);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      expect(weeks.at(-1)).toBeLessThanOrEqual(Number(y.rows[year - 1][y.header.indexOf('tenders')]));
    }
  });

  it('--organisations writes each organisation at each year end, adding up to the yearly rows', async () => {
    const dir = scratch();
    const r = await sim([...run, '--organisations', 'o.csv', '--out', 'y.csv'], dir);
    expect(r.code).toBe(0);
    const o = csv(read(dir, 'o.csv'));
    const y = csv(read(dir, 'y.csv'));
    expect(o.header).toEqual([...ORGANISATION_COLUMNS]);
    const col = (name: string): number => o.header.indexOf(name);
    for (const year of ['1', '2']) {
      const rows = o.rows.filter((x) => x[0] === year);
      const yr = y.rows[Number(year) - 1];
      const commissioners = rows.filter((x) => x[col('kind')] === 'commissioner');
      expect(commissioners.length).toBe(Number(yr[y.header.indexOf('commissioners')]));
      const providers = rows.filter((x) => x[col('kind')] === 'provider' && x[col('status')] === 'active');
      expect(providers.length).toBe(Number(yr[y.header.indexOf('providers')]));
      const surplus = providers.reduce((s, x) => s + Number(x[col('surplus_m')]), 0);
      expect(surplus).toBeCloseTo(Number(yr[y.header.indexOf('provider_net_surplus_m')]), 0);
      expect(commissioners.every((x) => x[col('income_m')] === '' && x[col('allocation_m')] !== '')).toBe(true);
    }
  });

  it('writes gzip and Parquet by extension, holding the same rows as CSV', async () => {
    const dir = scratch();
    await sim([...run, '--out', 'y.csv', '--events', 'e.jsonl'], dir);
    await sim([...run, '--out', 'y.csv.gz', '--events', 'e.jsonl.gz'], dir);
    await sim([...run, '--out', 'y.parquet', '--events', 'e.parquet'], dir);
    expect(gunzipSync(readFileSync(join(dir, 'y.csv.gz'))).toString()).toBe(read(dir, 'y.csv'));
    expect(gunzipSync(readFileSync(join(dir, 'e.jsonl.gz'))).toString()).toBe(read(dir, 'e.jsonl'));
    const file = readFileSync(join(dir, 'y.parquet'));
    const rows = (await parquetReadObjects({
      file: file.buffer.slice(file.byteOffset, file.byteOffset + file.length),
    })) as Record<string, unknown>[];
    const c = csv(read(dir, 'y.csv'));
    expect(rows.length).toBe(c.rows.length);
    rows.forEach((r, i) =>
      c.header.forEach((h, j) => expect(String(typeof r[h] === 'bigint' ? Number(r[h]) : r[h])).toBe(c.rows[i][j])),
    );
    const ev = readFileSync(join(dir, 'e.parquet'));
    const events = (await parquetReadObjects({ file: ev.buffer.slice(ev.byteOffset, ev.byteOffset + ev.length) })) as {
      id: bigint;
      detail: unknown;
    }[];
    const lines = read(dir, 'e.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; detail: unknown });
    expect(events.map((e) => Number(e.id))).toEqual(lines.map((e) => e.id));
    expect(JSON.parse(events[5].detail as string)).toEqual(lines[5].detail);
    const d = JSON.parse(read(dir, 'datapackage.json')) as {
      resources: { path: string; format: string; compression?: string }[];
    };
    expect(d.resources.map((r) => [r.path, r.format, r.compression ?? ''])).toEqual([
      ['e.jsonl', 'jsonl', ''],
      ['e.jsonl.gz', 'jsonl', 'gz'],
      ['e.parquet', 'parquet', ''],
      ['y.csv', 'csv', ''],
      ['y.csv.gz', 'csv', 'gz'],
      ['y.parquet', 'parquet', ''],
    ]);
  });

  it('refuses outputs it cannot keep its promises for, before running anything', async () => {
    const dir = scratch();
    const ens = ['ensemble', '--scenario', 'ccg-2013', '--years', '1', '--runs', '2', '--quiet', '--workers', '1'];
    const cases: [string[], string][] = [
      [
        [...run, '--out', 'datapackage.json'],
        'quasimarket: --out datapackage.json: datapackage.json is the descriptor written beside outputs; choose another name\n',
      ],
      [
        [...ens, '--out', 'r.parquet', '--resume'],
        'quasimarket: --resume needs --out to be a .csv file (a checkpoint is plain CSV); r.parquet is parquet\n',
      ],
      [
        [...ens, '--out', 'r.csv', '--events', 'e.jsonl', '--resume'],
        'quasimarket: --resume continues --out and --summary only; --events is not checkpointed: run again without it, or split the batch with --shard\n',
      ],
      [
        [...run, '--metrics', ' , '],
        expect.stringMatching(/^quasimarket: --metrics names no metric; valid metrics are /) as unknown as string,
      ],
    ];
    for (const [args, err] of cases) expect(await sim(args, dir)).toEqual({ code: 2, out: '', err });
    expect(readdirSync(dir)).toEqual([]);
  });
});

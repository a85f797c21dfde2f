import { describe, expect, it } from 'vitest';
import { YEAR_COLUMNS } from '../../src/model/metrics';
import { runSeed } from '../../src/model/rng';
import { SUMMARY_METRICS } from '../../src/engine/ensemble';
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main';
import { csv, read, scratch, sim } from './helpers';

const dir = scratch();
const ens = [
  'ensemble',
  '--scenario',
  'icb-2022',
  '--scale',
  'local',
  '--years',
  '2',
  '--runs',
  '3',
  '--seed',
  '11',
  '--quiet',
];

describe('sim ensemble', () => {
  it('writes identical rows and summaries on 1 and 2 worker threads', async () => {
    const one = await sim([...ens, '--workers', '1', '--out', 'e1.csv', '--summary', 's1.csv'], dir);
    const two = await sim([...ens, '--workers', '2', '--out', 'e2.csv', '--summary', 's2.csv'], dir);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(read(dir, 'e2.csv')).toBe(read(dir, 'e1.csv'));
    expect(read(dir, 's2.csv')).toBe(read(dir, 's1.csv'));
  });

  it('tags one row per run per year with the run number and its derived seed', () => {
    const { header, rows } = csv(read(dir, 'e1.csv'));
    expect(header).toEqual(['scenario', 'scale', 'run', 'seed', ...YEAR_COLUMNS]);
    expect(rows.every((r) => r[0] === 'icb-2022' && r[1] === 'local')).toBe(true);
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual(
      [0, 1, 2].flatMap((i) => [1, 2].map((y) => [String(i), String(runSeed(11, i)), String(y)])),
    );
  });

  it('reproduces a single run of the same seed exactly', async () => {
    const single = await sim(
      ['run', '--scenario', 'icb-2022', '--years', '2', '--seed', String(runSeed(11, 1)), '--quiet'],
      dir,
    );
    const fromEnsemble = read(dir, 'e1.csv')
      .split('\n')
      .filter((l) => l.startsWith('icb-2022,local,1,'))
      .map((l) => l.split(',').slice(3).join(','));
    expect(single.out.trimEnd().split('\n').slice(1)).toEqual(fromEnsemble);
  });

  it('matches a fresh process running that seed alone (no state leaks from run to run in one process)', () => {
    const root = join(__dirname, '../..');
    const p = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'run',
        '--scenario',
        'icb-2022',
        '--years',
        '2',
        '--seed',
        String(runSeed(11, 2)),
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(p.status).toBe(0);
    const fromEnsemble = read(dir, 'e1.csv')
      .split('\n')
      .filter((l) => l.startsWith('icb-2022,local,2,'))
      .map((l) => l.split(',').slice(3).join(','));
    expect(p.stdout.trimEnd().split('\n').slice(1)).toEqual(fromEnsemble);
  });

  it('summarises each year and metric with n, mean, sd, min, p05, median, p95 and max', () => {
    const { header, rows } = csv(read(dir, 's1.csv'));
    expect(header).toEqual([
      'scenario',
      'scale',
      'year',
      'financial_year',
      'regime',
      'metric',
      'n',
      'mean',
      'sd',
      'min',
      'p05',
      'median',
      'p95',
      'max',
    ]);
    expect(rows.length).toBe(2 * SUMMARY_METRICS.length);
    for (const r of rows) {
      expect(r[6]).toBe('3');
      const [mean, min, max] = [Number(r[7]), Number(r[9]), Number(r[13])];
      expect(min).toBeLessThanOrEqual(mean + 1e-6);
      expect(mean).toBeLessThanOrEqual(max + 1e-6);
    }
  });
});

describe('sim sweep', () => {
  it('runs every grid point with repetitions, tagged with the varied values', async () => {
    const r = await sim(
      [
        'sweep',
        '--scenario',
        'ccg-2013',
        '--years',
        '1',
        '--vary',
        'market.providerChoice=0:1:3',
        '--vary',
        'negotiation.rounds=4:6:2',
        '--runs',
        '2',
        '--workers',
        '1',
        '--quiet',
        '--out',
        'g.csv',
        '--summary',
        'gs.csv',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    const { header, rows } = csv(read(dir, 'g.csv'));
    expect(header.slice(0, 8)).toEqual([
      'scenario',
      'scale',
      'point',
      'market.providerChoice',
      'negotiation.rounds',
      'run',
      'seed',
      'year',
    ]);
    expect(rows.map((x) => x.slice(2, 6).join(' '))).toEqual([
      '0 0 4 0',
      '0 0 4 1',
      '1 0 6 0',
      '1 0 6 1',
      '2 0.5 4 0',
      '2 0.5 4 1',
      '3 0.5 6 0',
      '3 0.5 6 1',
      '4 1 4 0',
      '4 1 4 1',
      '5 1 6 0',
      '5 1 6 1',
    ]);
    // Common random numbers: repetition r has the same seed at every point.
    expect(new Set(rows.filter((x) => x[5] === '0').map((x) => x[6])).size).toBe(1);
    expect(csv(read(dir, 'gs.csv')).rows.length).toBe(6 * SUMMARY_METRICS.length);
  });

  it('samples a seeded Latin hypercube', async () => {
    const args = [
      'sweep',
      '--scenario',
      'ccg-2013',
      '--years',
      '1',
      '--design',
      'lhs',
      '--samples',
      '4',
      '--vary',
      'trust.initial=0.2:0.6',
      '--workers',
      '1',
      '--quiet',
    ];
    const a = await sim(args, dir);
    const b = await sim(args, dir);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const values = csv(a.out).rows.map((x) => Number(x[3]));
    expect(values.map((x) => Math.floor((x - 0.2) / 0.1)).sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('interrupting and resuming', () => {
  const sweep = [
    'sweep',
    '--scenario',
    'ccg-2013',
    '--years',
    '2',
    '--vary',
    'trust.initial=0.3:0.7:2',
    '--runs',
    '2',
    '--workers',
    '1',
    '--quiet',
  ];

  it('keeps the complete runs on Ctrl-C and finishes them with --resume, byte for byte', async () => {
    const full = await sim([...sweep, '--out', 'full.csv', '--summary', 'full-s.csv'], dir);
    expect(full.code).toBe(0);
    // Ctrl-C arrives while the first run is under way: that run completes, no other starts.
    let out = '';
    let err = '';
    const code = await main([...sweep, '--out', 'cut.csv', '--summary', 'cut-s.csv'], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      errIsTTY: false,
      cwd: dir,
      onInterrupt: (h) => {
        setImmediate(h);
        return () => {};
      },
    });
    expect(code).toBe(130);
    expect(out).toBe(''); // rows go to the checkpoint, never to standard output
    expect(err).toBe(
      'quasimarket: interrupted (SIGINT) after 1 of 4 runs; the complete runs are kept in .cut.csv.partial. To continue:\n' +
        `  npm run -s sim -- ${[...sweep, '--out', 'cut.csv', '--summary', 'cut-s.csv', '--resume'].join(' ')}\n`,
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('.cut') && f !== '.cut.csv.partial')).toEqual([]);
    expect(existsSync(join(dir, 'cut.csv'))).toBe(false);
    expect(read(dir, '.cut.csv.partial')).toBe(read(dir, 'full.csv').split('\n').slice(0, 3).join('\n') + '\n');
    // A run cut mid-row is dropped and run again.
    appendFileSync(join(dir, '.cut.csv.partial'), read(dir, 'full.csv').split('\n')[3].slice(0, 20));
    const resumed = await sim([...sweep, '--out', 'cut.csv', '--summary', 'cut-s.csv', '--resume'], dir);
    expect(resumed.code).toBe(0);
    expect(read(dir, 'cut.csv')).toBe(read(dir, 'full.csv'));
    expect(read(dir, 'cut-s.csv')).toBe(read(dir, 'full-s.csv'));
    expect(existsSync(join(dir, '.cut.csv.partial'))).toBe(false);
  });

  it("will not discard an interrupted run's checkpoint without --resume or --force", async () => {
    writeFileSync(join(dir, '.again.csv.partial'), read(dir, 'full.csv').split('\n').slice(0, 3).join('\n') + '\n');
    const r = await sim([...sweep, '--out', 'again.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'quasimarket: --out again.csv: .again.csv.partial holds the complete runs of an interrupted run; add --resume to continue it, or --force to start again\n',
    );
    expect(read(dir, '.again.csv.partial')).toBe(read(dir, 'full.csv').split('\n').slice(0, 3).join('\n') + '\n');
    const forced = await sim([...sweep, '--out', 'again.csv', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(read(dir, 'again.csv')).toBe(read(dir, 'full.csv'));
    expect(existsSync(join(dir, '.again.csv.partial'))).toBe(false);
  });

  it("refuses to resume from another command's checkpoint or without one", async () => {
    writeFileSync(join(dir, '.other.csv.partial'), read(dir, 'full.csv'));
    const r = await sim(
      [
        ...sweep.map((a) => (a === 'trust.initial=0.3:0.7:2' ? 'trust.initial=0.2:0.7:2' : a)),
        '--out',
        'other.csv',
        '--resume',
      ],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^quasimarket: --resume: other\.csv checkpoint \(\.other\.csv\.partial\) line 2 does not belong to run 0 of this command/,
    );
    const none = await sim([...sweep, '--out', 'never.csv', '--resume'], dir);
    expect(none.err).toMatch(/^quasimarket: --resume: no interrupted run to resume/);
  });
});

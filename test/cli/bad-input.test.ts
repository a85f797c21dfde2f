import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { read, scratch, sim } from './helpers';

const dir = scratch();
writeFileSync(join(dir, 'previous.csv'), 'written by an earlier run\n');
writeFileSync(join(dir, 'broken.json'), '{\n  "regime": "ccg-2013",\n  "years": 3\n  "seed": 2\n}\n');
writeFileSync(
  join(dir, 'badfield.json'),
  JSON.stringify({ regime: 'ccg-2013', reforms: [{ regime: 'icb-2022', year: 0 }] }),
);

const run = ['run', '--scenario', 'ccg-2013', '--years', '2', '--out', 'previous.csv'];

const CASES: [string, string[], RegExp][] = [
  [
    'unknown preset',
    ['run', '--scenario', 'ccg-2014', '--out', 'previous.csv'],
    /^unknown preset "ccg-2014"; presets are history-1991-2025, internal-market-1991, payment-by-results-2006, ccg-2013, accountable-care-2017, icb-2022, reforms-1991-2022/,
  ],
  [
    'missing scenario file',
    ['run', '--scenario', 'nowhere/s.json', '--out', 'previous.csv'],
    /^scenario file "nowhere\/s\.json" not found$/,
  ],
  ['missing --scenario', ['run', '--out', 'previous.csv'], /^missing --scenario <preset id or path>; presets are /],
  ['bad flag', [...run, '--colour', 'red'], /^unknown option --colour for "run"/],
  ['flag without value', ['run', '--out', 'previous.csv', '--scenario'], /^--scenario needs a value/],
  ['stray argument', [...run, 'extra'], /^unexpected argument "extra" for "run"/],
  [
    'unknown command',
    ['runn'],
    /^unknown command "runn"; commands are run, ensemble, sweep, merge, check, presets, params, regimes/,
  ],
  [
    'out-of-range parameter',
    [...run, '--set', 'market.providerChoice=1.5'],
    /^--set market\.providerChoice=1\.5: parameter "market\.providerChoice" = 1\.5 is outside its range 0 to 1 /,
  ],
  [
    'unknown parameter',
    [...run, '--set', 'market.providerChoise=0.5'],
    /^--set market\.providerChoise=0\.5: unknown parameter "market\.providerChoise"; did you mean "market\.providerChoice"\?/,
  ],
  [
    'non-numeric parameter',
    [...run, '--set', 'trust.initial=high'],
    /^--set trust\.initial=high: parameter "trust\.initial" needs a number such as 0\.6 or 1e-3, got "high"$/,
  ],
  ['malformed --set', [...run, '--set', 'trust.initial'], /^--set "trust\.initial": expected <parameter>=<value>/],
  ['years out of range', [...run, '--years', '0'], /^--years must be a whole number from 1 to 100, got "0"$/],
  ['seed not a number', [...run, '--seed', 'abc'], /^--seed must be a whole number from 0 to 4294967295, got "abc"$/],
  ['unknown scale', [...run, '--scale', 'town'], /^--scale must be one of local, region, england, got "town"$/],
  [
    'unknown regime in --reform',
    [...run, '--reform', 'nhs-2030@2'],
    /^--reform "nhs-2030@2": unknown regime "nhs-2030"; valid regimes are internal-market-1991, /,
  ],
  [
    'reform after the last year',
    [...run, '--reform', 'icb-2022@3'],
    /^--reform icb-2022@3: year must be from 1 to years \(2\)$/,
  ],
  [
    "years shorter than the scenario's reforms",
    ['run', '--scenario', 'reforms-1991-2022', '--years', '5', '--out', 'previous.csv'],
    /^--years 5: preset reforms-1991-2022 has reforms up to year 11 \(icb-2022\); give at least 11 years/,
  ],
  ['malformed --reform', [...run, '--reform', 'icb-2022'], /^--reform "icb-2022": expected <regime>@<year>/],
  [
    'malformed JSON file',
    ['run', '--scenario', 'broken.json', '--out', 'previous.csv'],
    /^broken\.json: malformed JSON at line 4, column 3: expected ","$/,
  ],
  [
    'invalid scenario field',
    ['run', '--scenario', 'badfield.json', '--out', 'previous.csv'],
    /^badfield\.json: reforms\[0\]\.year: must be a whole number from 1 to years \(10\), got 0$/,
  ],
  ['same file twice', [...run, '--events', 'previous.csv'], /^--out and --events name the same file$/],
  ['ensemble without --runs', ['ensemble', '--scenario', 'ccg-2013', '--out', 'previous.csv'], /^missing --runs N/],
  [
    'ensemble bad workers',
    ['ensemble', '--scenario', 'ccg-2013', '--runs', '2', '--workers', '0', '--out', 'previous.csv'],
    /^--workers must be a whole number from 1 to 256, got "0"$/,
  ],
  ['sweep without --vary', ['sweep', '--scenario', 'ccg-2013', '--out', 'previous.csv'], /^missing --vary/],
  [
    'sweep bad range',
    ['sweep', '--scenario', 'ccg-2013', '--vary', 'trust.initial=0:2:3', '--out', 'previous.csv'],
    /^--vary trust\.initial=0:2:3: parameter "trust\.initial" = 2 is outside its range 0 to 1/,
  ],
  [
    'sweep bad design',
    ['sweep', '--scenario', 'ccg-2013', '--vary', 'trust.initial=0:1:3', '--design', 'sobol', '--out', 'previous.csv'],
    /^--design must be grid or lhs, got "sobol"$/,
  ],
  [
    'lhs without samples',
    ['sweep', '--scenario', 'ccg-2013', '--vary', 'trust.initial=0:1', '--design', 'lhs', '--out', 'previous.csv'],
    /^--design lhs needs --samples M/,
  ],
  ['params unknown group', ['params', '--group', 'zzz'], /^--group "zzz" matches no parameter group; groups are /],
];

describe('bad input', () => {
  it.each(CASES)('%s: non-zero exit, one line naming the problem, no file touched', async (_name, args, message) => {
    const r = await sim(args, dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.endsWith('\n')).toBe(true);
    const lines = r.err.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith('quasimarket: ')).toBe(true);
    expect(lines[0].slice('quasimarket: '.length)).toMatch(message);
    expect(read(dir, 'previous.csv')).toBe('written by an earlier run\n');
  });

  it('exits non-zero from a real process, with the one line on stderr and nothing on stdout', () => {
    const root = join(__dirname, '../..');
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--scenario', 'ccg-2014'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toMatch(/^quasimarket: unknown preset "ccg-2014"; presets are [^\n]*\n$/);
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'run', '--scenario', 'ccg-2013', '--years', '1', '--quiet'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout.split('\n')[0]).toMatch(/^seed,year,financial_year,regime,/);
  });
});

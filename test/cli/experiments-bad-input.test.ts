// Bad input to sa, design and calibrate: one clear line naming what is wrong, exit 2, before
// any run starts, and no file written (not even a half one).
import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch, sim } from './helpers';

const dir = scratch();
const files: Record<string, string> = {
  'unknown-column.csv': 'market.providerChoice,market.providerChoise\n0.5,0.5\n',
  'out-of-range.csv': 'market.providerChoice,trust.initial\n0.5,0.5\n1.5,0.5\n',
  'not-a-number.csv': 'trust.initial\n0.5\nhigh\n',
  'short-row.csv': 'market.providerChoice,trust.initial\n0.5,0.5\n0.4\n',
  'not-whole.csv': 'contract.years\n2.5\n',
  'header-only.csv': 'trust.initial\n',
  'empty.csv': '',
  'twice.csv': 'trust.initial,trust.initial\n0.5,0.5\n',
  'broken.json': '{"targets": [{"metric": "mean_trust", "target": 0.5 "tolerance": 0.1}]}',
  'unknown-metric.json': '{"targets": [{"metric": "mean_trusts", "target": 0.5, "tolerance": 0.1}]}',
  'no-tolerance.json': '{"targets": [{"metric": "mean_trust", "target": 0.5}]}',
  'zero-tolerance.json': '{"targets": [{"metric": "mean_trust", "target": 0.5, "tolerance": 0}]}',
  'bad-years.json': '{"targets": [{"metric": "mean_trust", "years": "2030-2031", "target": 0.5, "tolerance": 0.1}]}',
  'extra-field.json': '{"targets": [{"metric": "mean_trust", "target": 0.5, "tolerance": 0.1, "weight": 2}]}',
  'no-targets.json': '{"targets": []}',
  'bad-stat.json': '{"targets": [{"metric": "mean_trust", "stat": "median", "target": 0.5, "tolerance": 0.1}]}',
  'ok.json': '{"targets": [{"metric": "mean_trust", "target": 0.5, "tolerance": 0.1}]}',
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

const SA = ['sa', '--scenario', 'ccg-2013', '--years', '2', '--out', 'i.csv'];
const MORRIS = [...SA, '--method', 'morris', '--outputs', 'mean_trust'];
const DESIGN = ['design', '--scenario', 'ccg-2013', '--years', '2', '--out', 'd.csv', '--from'];
const CAL = [
  'calibrate',
  '--scenario',
  'ccg-2013',
  '--years',
  '2',
  '--out',
  'p.csv',
  '--vary',
  'trust.initial=0.3:0.8',
  '--targets',
];

const CASES: [string, string[], RegExp][] = [
  [
    'sa without a method',
    [...SA, '--vary', 'trust.initial=0.3:0.8', '--outputs', 'mean_trust'],
    /^missing --method morris\|sobol$/,
  ],
  [
    'sa with an unknown method',
    [...SA, '--method', 'fast', '--vary', 'trust.initial=0.3:0.8', '--outputs', 'mean_trust'],
    /^--method must be morris or sobol, got "fast"$/,
  ],
  [
    'an unknown parameter id',
    [...MORRIS, '--vary', 'market.providerChoise=0:1'],
    /^--vary market\.providerChoise=0:1: unknown parameter "market\.providerChoise"; did you mean "market\.providerChoice"\?/,
  ],
  [
    'a range outside the registry’s bounds',
    [...MORRIS, '--vary', 'market.providerChoice=0.2:1.5'],
    /^--vary market\.providerChoice=0\.2:1\.5: parameter "market\.providerChoice" = 1\.5 is outside its range 0 to 1/,
  ],
  [
    'a range upside down',
    [...MORRIS, '--vary', 'trust.initial=0.8:0.3'],
    /^--vary trust\.initial=0\.8:0\.3: the low end \(0\.8\) must be below the high end \(0\.3\)$/,
  ],
  [
    'a malformed range',
    [...MORRIS, '--vary', 'trust.initial=0.3'],
    /^--vary "trust\.initial=0\.3": expected <parameter>=<low>:<high>/,
  ],
  [
    'a parameter varied twice',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--vary', 'trust.initial=0.4:0.5'],
    /^--vary: parameter "trust\.initial" is varied twice$/,
  ],
  ['no --vary', MORRIS, /^missing --vary <parameter>=<low>:<high> \(at least one\)$/],
  [
    'an unknown output',
    [...SA, '--method', 'sobol', '--vary', 'trust.initial=0.3:0.8', '--outputs', 'mean_trust,waiting'],
    /^--outputs: unknown metric "waiting"; outputs are yearly metrics: commissioners, /,
  ],
  ['no --outputs', [...SA, '--method', 'sobol', '--vary', 'trust.initial=0.3:0.8'], /^missing --outputs metric/],
  [
    'an unknown statistic',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--stat', 'median'],
    /^--stat must be one of mean, sum, min, max, first, last, change, growth, got "median"$/,
  ],
  [
    'years of interest outside the run',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--years-of-interest', '2019-2020'],
    /^--years-of-interest: years 2019-2020 are not all in the run, which covers the financial years 2013\/14 to 2014\/15 \(2013-2014\)$/,
  ],
  [
    'malformed years of interest',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--years-of-interest', 'soon'],
    /^--years-of-interest: expected a year or a range such as 2015-2017/,
  ],
  [
    'a Sobol flag with Morris',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--samples', '8'],
    /^--samples applies to --method sobol only$/,
  ],
  [
    'odd Morris levels',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--levels', '5'],
    /^--levels must be even \(Morris's grid\), got 5$/,
  ],
  [
    'fewer candidates than trajectories',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--trajectories', '10', '--candidates', '5'],
    /^--candidates \(5\) must be at least --trajectories \(10\)$/,
  ],
  [
    'a shard without rows',
    [
      ...SA.slice(0, -2),
      '--method',
      'morris',
      '--outputs',
      'mean_trust',
      '--vary',
      'trust.initial=0.3:0.8',
      '--shard',
      '0/2',
    ],
    /^--shard needs --rows FILE/,
  ],
  [
    'a shard with indices',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--rows', 'r.csv', '--shard', '0/2'],
    /^--shard runs part of the design: the indices need every run/,
  ],
  [
    'rows that do not exist',
    [...MORRIS, '--vary', 'trust.initial=0.3:0.8', '--from-rows', 'none.csv'],
    /^--from-rows none\.csv: not found$/,
  ],
  [
    'a design column that is no parameter',
    [...DESIGN, 'unknown-column.csv'],
    /^--from unknown-column\.csv: column "market\.providerChoise" is not a parameter id; did you mean "market\.providerChoice"\?/,
  ],
  [
    'a design value out of range',
    [...DESIGN, 'out-of-range.csv'],
    /^--from out-of-range\.csv line 3: parameter "market\.providerChoice" = 1\.5 is outside its range 0 to 1/,
  ],
  [
    'a design value that is not a number',
    [...DESIGN, 'not-a-number.csv'],
    /^--from not-a-number\.csv line 3, trust\.initial: expected a number such as 0\.6 or 1e-3, got "high"$/,
  ],
  [
    'a design row of the wrong length',
    [...DESIGN, 'short-row.csv'],
    /^--from short-row\.csv line 3: 1 field, the header has 2$/,
  ],
  [
    'a whole-number parameter given a fraction',
    [...DESIGN, 'not-whole.csv'],
    /^--from not-whole\.csv line 2: parameter "contract\.years"/,
  ],
  [
    'a design without rows',
    [...DESIGN, 'header-only.csv'],
    /^--from header-only\.csv: no design rows under the header$/,
  ],
  [
    'an empty design',
    [...DESIGN, 'empty.csv'],
    /^--from empty\.csv: the file is empty; expected a header of parameter ids$/,
  ],
  ['a design column twice', [...DESIGN, 'twice.csv'], /^--from twice\.csv: column "trust\.initial" is given twice$/],
  ['a missing design', [...DESIGN, 'nowhere.csv'], /^--from nowhere\.csv: not found$/],
  ['no design', DESIGN.slice(0, -1), /^missing --from design\.csv/],
  ['targets that are not JSON', [...CAL, 'broken.json'], /^broken\.json: .*line 1/],
  [
    'a target of an unknown metric',
    [...CAL, 'unknown-metric.json'],
    /^unknown-metric\.json: targets\[0\]: unknown metric "mean_trusts"; metrics are /,
  ],
  [
    'a target without tolerance',
    [...CAL, 'no-tolerance.json'],
    /^no-tolerance\.json: targets\[0\]: "tolerance" \(how far off still fits\) is required$/,
  ],
  [
    'a zero tolerance',
    [...CAL, 'zero-tolerance.json'],
    /^zero-tolerance\.json: targets\[0\]: "tolerance" must be above 0, got 0$/,
  ],
  [
    'target years outside the run',
    [...CAL, 'bad-years.json'],
    /^bad-years\.json: targets\[0\]: "years": years 2030-2031 are not all in the run/,
  ],
  [
    'a target with an unknown field',
    [...CAL, 'extra-field.json'],
    /^extra-field\.json: targets\[0\]: unknown field "weight"; fields are metric, years, stat, target, tolerance, name$/,
  ],
  ['no targets', [...CAL, 'no-targets.json'], /^no-targets\.json: no targets$/],
  [
    'a target with an unknown statistic',
    [...CAL, 'bad-stat.json'],
    /^bad-stat\.json: targets\[0\]: "stat" must be one of mean, sum/,
  ],
  ['a missing targets file', [...CAL, 'none.json'], /^--targets none\.json: not found$/],
  [
    'calibrate with too small a budget',
    [...CAL, 'ok.json', '--particles', '50', '--max-runs', '20'],
    /^--max-runs 20 is fewer than one generation needs \(--particles × --runs = 50\)$/,
  ],
  [
    'calibrate with a bad quantile',
    [...CAL, 'ok.json', '--quantile', '1'],
    /^--quantile must be a number between 0 and 1, got "1"$/,
  ],
];

describe('bad input to sa, design and calibrate', () => {
  it.each(CASES)('%s', async (_, args, message) => {
    const before = readdirSync(dir).sort();
    const r = await sim(args, dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^quasimarket: [^\n]*\n$/);
    expect(r.err.slice('quasimarket: '.length).trimEnd()).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

// Generated flag values and combinations (fast-check): numbers are read in one strict form,
// and whatever the combination, the CLI answers with a known exit status, a short message,
// no stack trace, nothing left behind and nothing replaced that should not be.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDecimal, parseWholeIn } from '../../src/engine/numbers';
import { MAX_MESSAGE } from '../../src/cli/messages';
import { leftovers, ROOT, scratch, sim } from './helpers';

const dir = scratch();
const numberish = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.-+eExXbBoO _\t,'.split('')), maxLength: 8 }),
  fc.integer({ min: -5, max: 200 }).map(String),
  fc.double({ min: -2, max: 2, noNaN: true }).map(String),
  fc.constantFrom('0x1', '0b1', '1e999', '', ' ', '1 ', 'Infinity', 'NaN', '1e1', '0.5', '-0', '+3'),
);

function oneLine(err: string): void {
  expect(err).toMatch(/^quasimarket: [^\n]+\n$/);
  expect(err.length).toBeLessThanOrEqual('quasimarket: '.length + MAX_MESSAGE + 1);
}

describe('numbers in flags', () => {
  it('--years and --seed take whole numbers in digits only, within their range', async () => {
    await fc.assert(
      fc.asyncProperty(numberish, numberish, async (years, seed) => {
        const r = await sim(['check', '--scenario', 'ccg-2013', `--years=${years}`, `--seed=${seed}`], dir);
        const ok = parseWholeIn(years, 1, 100) !== null && parseWholeIn(seed, 0, 4294967295) !== null;
        expect(r.code).toBe(ok ? 0 : 2);
        if (ok) expect(JSON.parse(r.out)).toMatchObject({ years: Number(years), seed: Number(seed) + 0 });
        else oneLine(r.err);
      }),
      { numRuns: 150 },
    );
  });

  it('--set and --vary take plain decimals (no 0x1, 0b1, 1e999, blanks or junk)', async () => {
    await fc.assert(
      fc.asyncProperty(numberish, async (value) => {
        const r = await sim(['check', '--scenario', 'ccg-2013', '--set', `trust.initial=${value}`], dir);
        const x = parseDecimal(value);
        const ok = x !== null && x >= 0 && x <= 1;
        expect(r.code).toBe(ok ? 0 : 2);
        if (ok) expect(JSON.parse(r.out).params['trust.initial']).toBe(x);
        else oneLine(r.err);
      }),
      { numRuns: 150 },
    );
    for (const bad of ['0x0:1:3', '0:1:0x3', '0:1: 3', '0:1e999:3', '0:1:3.0']) {
      const r = await sim(['sweep', '--scenario', 'ccg-2013', '--vary', `trust.initial=${bad}`], dir);
      expect([bad, r.code]).toEqual([bad, 2]);
      oneLine(r.err);
    }
  });

  it('caps --workers at the cores the machine can use, with a note', async () => {
    const args = ['ensemble', '--scenario', 'ccg-2013', '--years', '1', '--runs', '2', '--workers', '256'];
    const r = await sim(args, dir, { cores: 1 });
    expect(r.code).toBe(0);
    expect(r.err.split('\n')[0]).toBe(
      'quasimarket: --workers 256 is more than the 1 core this machine can use; using 1',
    );
    expect(r.err.split('\n')[1]).toMatch(/^preset ccg-2013: 2 runs on 1 worker in /);
  });
});

describe('combinations of output flags', () => {
  copyFileSync(join(ROOT, 'public/scenarios/ccg-2013.json'), join(dir, 'scenario.json'));
  const scenario = readFileSync(join(dir, 'scenario.json'), 'utf8');
  writeFileSync(join(dir, 'ro.csv'), 'read-only\n');
  chmodSync(join(dir, 'ro.csv'), 0o444);
  mkdirSync(join(dir, 'a-directory'));
  const often = <T>(good: T[], bad: T[]): fc.Arbitrary<T> =>
    fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 3 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
  const target = often(
    ['rows.csv', 'other.csv', '-', '/dev/null'],
    ['ro.csv', 'scenario.json', 'a-directory', 'missing/x.csv', ''],
  );

  it('always ends with 0, 1 or 2, a short message, and nothing left or wrongly replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            out: target,
            summary: target,
            runs: often(['1', '2'], ['0', 'x', '1e1', ' 1']),
            workers: often(['1', '2'], ['0', '0x1']),
            resume: often([false], [true]),
            force: fc.boolean(),
          },
          { requiredKeys: ['runs'] },
        ),
        async (flags) => {
          const args = ['ensemble', '--scenario', 'scenario.json', '--years', '1', '--quiet', '--runs', flags.runs];
          for (const k of ['out', 'summary', 'workers'] as const)
            if (flags[k] !== undefined) args.push(`--${k}=${flags[k]}`);
          if (flags.resume) args.push('--resume');
          if (flags.force) args.push('--force');
          const r = await sim(args, dir, { cores: 1 });
          const context = `${args.join(' ')}\n${r.err}`;
          expect([0, 1, 2], context).toContain(r.code);
          expect(r.err, context).not.toMatch(/internal error|\n\s+at |model failed/);
          const lines = r.err.split('\n').filter((l) => l && !l.startsWith('quasimarket: --workers 2 is more than'));
          if (r.code === 2) {
            expect(lines, context).toHaveLength(1);
            oneLine(lines[0] + '\n');
          }
          if (r.code !== 0) expect(lines[0], context).toMatch(/^quasimarket: /);
          expect(leftovers(dir), context).toEqual([]);
          if (!flags.force) {
            expect(readFileSync(join(dir, 'scenario.json'), 'utf8'), context).toBe(scenario);
            expect(readFileSync(join(dir, 'ro.csv'), 'utf8'), context).toBe('read-only\n');
          }
          // Put back what --force may have replaced, for the next combination.
          writeFileSync(join(dir, 'scenario.json'), scenario);
          rmSync(join(dir, 'ro.csv'), { force: true });
          writeFileSync(join(dir, 'ro.csv'), 'read-only\n', { mode: 0o444 });
        },
      ),
      { numRuns: 80 },
    );
  });
});

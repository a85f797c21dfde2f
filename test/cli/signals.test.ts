// Real processes: a reader that closes the pipe, Ctrl-C and SIGTERM, and a second job
// given the same --out while the first is still writing it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { leftovers, read, ROOT, scratch, sim, spawnSim, until } from './helpers';

const dir = scratch();
const lines = (path: string): number => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);
const STACK = /\n\s+at |Error:|node:internal/;

describe('a closed standard output', () => {
  it('ends quietly with status 141 when the reader goes (| head -1), leaving nothing behind', async () => {
    const p = spawnSim(['run', '--scenario', 'ccg-2013', '--years', '3', '--events', '-', '--out', join(dir, 'y.csv')]);
    p.child.stdout!.destroy(); // the reader is gone before the first line
    const r = await p.done;
    expect(r.err).not.toMatch(STACK);
    expect(r).toMatchObject({ code: 141, err: '' });
    expect(existsSync(join(dir, 'y.csv'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('does the same in a shell pipeline, after head has its line', () => {
    const sh = spawnSync(
      'bash',
      [
        '-c',
        'node --import tsx src/cli/main.ts run --scenario ccg-2013 --years 3 --quiet --out /dev/null --events - | head -1; echo "status ${PIPESTATUS[0]}" >&2',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(sh.stdout).toMatch(/^\{"id":0,/);
    expect(sh.stdout.split('\n')).toHaveLength(2);
    expect(sh.stderr).toBe('status 141\n');
  });
});

describe('Ctrl-C and SIGTERM', () => {
  // Six runs of 40 years take most of a second: long enough to be caught after the first run.
  const args = (out: string): string[] => [
    'ensemble',
    '--scenario',
    'icb-2022',
    '--scale',
    'local',
    '--years',
    '40',
    '--runs',
    '6',
    '--workers',
    '1',
    '--quiet',
    '--out',
    join(dir, out),
    '--summary',
    join(dir, `${out}.summary`),
  ];

  it('stops an ensemble cleanly, refuses a second job meanwhile, and resumes byte for byte', async () => {
    const ref = await sim(args('ref.csv'), dir);
    expect(ref.code).toBe(0);
    const a = spawnSim(args('a.csv'));
    const checkpoint = join(dir, '.a.csv.partial');
    await until(() => lines(checkpoint) >= 1 + 40, 'the first run reached the checkpoint', a);

    // Another job given the same --out is refused at once, naming the first.
    const b = await sim(args('a.csv'), dir);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(
      new RegExp(
        `^quasimarket: --out \\S+a\\.csv is being written by another job \\(pid ${a.child.pid}, since [^)]+\\); wait for it to finish, or delete \\.a\\.csv\\.lock if that job is gone\\n$`,
      ),
    );

    a.child.kill('SIGINT');
    const r = await a.done;
    expect(r.code).toBe(130);
    const m =
      /^quasimarket: interrupted \(SIGINT\) after (\d+) of 6 runs; the complete runs are kept in \.a\.csv\.partial\. To continue:\n {2}npm run -s sim -- (.*) --resume\n$/.exec(
        r.err,
      );
    expect(m, r.err).not.toBeNull();
    const kept = Number(m![1]);
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(6);
    expect(m![2]).toBe(args('a.csv').join(' '));
    // The summary's temporary file and the lock are gone; the checkpoint holds the complete runs.
    expect(leftovers(dir)).toEqual(['.a.csv.partial']);
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);
    const refRows = read(dir, 'ref.csv').split('\n');
    expect(read(dir, '.a.csv.partial')).toBe(refRows.slice(0, 1 + 40 * kept).join('\n') + '\n');

    const resumed = await sim([...m![2].split(' '), '--resume'], dir);
    expect(resumed.code).toBe(0);
    expect(read(dir, 'a.csv')).toBe(read(dir, 'ref.csv'));
    expect(read(dir, 'a.csv.summary')).toBe(read(dir, 'ref.csv.summary'));
    expect(leftovers(dir)).toEqual([]);
  });

  it('stops a run on SIGTERM without writing or leaving any file', async () => {
    writeFileSync(join(dir, 'kept.csv'), 'from an earlier run\n');
    const p = spawnSim([
      'run',
      '--scenario',
      'icb-2022',
      '--scale',
      'region',
      '--years',
      '100',
      '--out',
      join(dir, 'kept.csv'),
      '--events',
      join(dir, 'kept.jsonl'),
    ]);
    await until(
      () => readdirSync(dir).some((f) => /^\.kept\.csv\.\d+\.partial$/.test(f) && lines(join(dir, f)) >= 2),
      'the first year was written',
      p,
    );
    p.child.kill('SIGTERM');
    const r = await p.done;
    expect(r.code).toBe(143);
    expect(r.err).toMatch(
      /^quasimarket: interrupted \(SIGTERM\) after \d+ of 100 years; no output file was written\n$/,
    );
    expect(read(dir, 'kept.csv')).toBe('from an earlier run\n');
    expect(existsSync(join(dir, 'kept.jsonl'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves standard output at the last whole year and says it is incomplete', async () => {
    const p = spawnSim(['run', '--scenario', 'icb-2022', '--scale', 'region', '--years', '100']);
    await until(() => p.out().split('\n').length >= 3, 'two lines reached stdout', p);
    p.child.kill('SIGINT');
    const r = await p.done;
    expect(r.code).toBe(130);
    const m = /^quasimarket: interrupted \(SIGINT\) after (\d+) of 100 years; standard output is incomplete\n$/.exec(
      r.err,
    );
    expect(m, r.err).not.toBeNull();
    const rows = r.out.split('\n');
    expect(rows.pop()).toBe(''); // ends with a whole line
    expect(rows.length - 1).toBe(Number(m![1]));
    expect(new Set(rows.map((l) => l.split(',').length)).size).toBe(1);
  });
});

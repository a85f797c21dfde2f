// Outputs on a file system that is full or read-only: small tmpfs mounts made for the test
// (they need root, or CAP_SYS_ADMIN; elsewhere the tests say why they skip). A full disk is
// an I/O error naming the file (exit 1), never "the model failed"; nothing is replaced or
// left behind, and an ensemble keeps its complete runs for --resume.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leftovers, read, ROOT, scratch, sim } from './helpers';

const dir = scratch();
const mounted: string[] = [];

/** Mounts a tmpfs of `size` at a new directory; returns its path, or why it could not. */
function tmpfs(name: string, options: string): { path: string } | { why: string } {
  const path = join(dir, name);
  mkdirSync(path);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { encoding: 'utf8' });
  if (r.status !== 0) return { why: `cannot mount a tmpfs here (${(r.stderr || r.error?.message || '').trim()})` };
  mounted.push(path);
  return { path };
}

afterAll(() => {
  for (const m of mounted) spawnSync('umount', ['-l', m]);
});

/** Leaves about `free` bytes on the mount (tmpfs counts whole 4 KiB pages). */
function fill(mount: string, free: number): void {
  const size = 64 * 1024 - free;
  writeFileSync(join(mount, 'filler'), Buffer.alloc(size));
}

const ens = ['ensemble', '--scenario', 'icb-2022', '--years', '2', '--runs', '30', '--workers', '1', '--quiet'];

describe('a full disk', () => {
  it('fails a run with one line naming the file, and leaves the earlier file as it was', async (ctx) => {
    const fs = tmpfs('full-run', 'size=64k');
    if ('why' in fs) return ctx.skip(fs.why);
    writeFileSync(join(fs.path, 'years.csv'), 'from an earlier run\n');
    fill(fs.path, 12 * 1024);
    const r = await sim(
      ['run', '--scenario', 'ccg-2013', '--years', '3', '--quiet', '--out', 'years.csv', '--events', 'events.jsonl'],
      fs.path,
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^quasimarket: cannot write --(out years\.csv|events events\.jsonl): no space left on device \(ENOSPC\)\n$/,
    );
    expect(read(fs.path, 'years.csv')).toBe('from an earlier run\n');
    expect(existsSync(join(fs.path, 'events.jsonl'))).toBe(false);
    expect(leftovers(fs.path)).toEqual([]);
  });

  it('keeps the complete runs of an ensemble, prints how to resume, and resumes byte for byte', async (ctx) => {
    const fs = tmpfs('full-ensemble', 'size=64k');
    if ('why' in fs) return ctx.skip(fs.why);
    const ref = await sim([...ens, '--out', 'ref.csv', '--summary', 'ref-s.csv'], dir);
    expect(ref.code).toBe(0);
    fill(fs.path, 16 * 1024);
    const args = [...ens, '--out', join(fs.path, 'runs.csv'), '--summary', join(fs.path, 'summary.csv')];
    const r = await sim(args, dir);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe(
      `quasimarket: cannot write --out ${join(fs.path, 'runs.csv')} (checkpoint .runs.csv.partial): no space left on device (ENOSPC)`,
    );
    const kept = Number(
      /^quasimarket: (\d+) of 30 runs are kept in \.runs\.csv\.partial; once the problem is fixed, continue with:$/.exec(
        lines[1],
      )?.[1],
    );
    expect(kept).toBeGreaterThan(0);
    expect(lines[2]).toBe(`  npm run -s sim -- ${args.join(' ')} --resume`);
    expect(r.err).not.toMatch(/model failed/);
    expect(leftovers(fs.path)).toEqual(['.runs.csv.partial']);
    expect(read(fs.path, '.runs.csv.partial')).toBe(
      read(dir, 'ref.csv')
        .split('\n')
        .slice(0, 1 + 2 * kept)
        .join('\n') + '\n',
    );

    rmSync(join(fs.path, 'filler'));
    const resumed = await sim([...args, '--resume'], dir);
    expect(resumed.code).toBe(0);
    expect(read(fs.path, 'runs.csv')).toBe(read(dir, 'ref.csv'));
    expect(read(fs.path, 'summary.csv')).toBe(read(dir, 'ref-s.csv'));
    expect(leftovers(fs.path)).toEqual([]);
  });

  it('reports standard output redirected to a full disk, without a stack trace', async (ctx) => {
    const fs = tmpfs('full-stdout', 'size=64k');
    if ('why' in fs) return ctx.skip(fs.why);
    fill(fs.path, 8 * 1024);
    const fd = openSync(join(fs.path, 'out.jsonl'), 'w');
    const p = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'run',
        '--scenario',
        'ccg-2013',
        '--years',
        '2',
        '--quiet',
        '--out',
        '/dev/null',
        '--events',
        '-',
      ],
      { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' },
    );
    closeSync(fd);
    expect(p.status).toBe(1);
    expect(p.stderr).toBe('quasimarket: cannot write standard output: no space left on device (ENOSPC)\n');
  });
});

describe('a read-only file system', () => {
  it('names the file and the reason, exit 1', async (ctx) => {
    const fs = tmpfs('read-only', 'ro,size=16k');
    if ('why' in fs) return ctx.skip(fs.why);
    const r = await sim([...ens, '--out', join(fs.path, 'runs.csv')], dir);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `quasimarket: cannot write --out ${join(fs.path, 'runs.csv')}: read-only file system (EROFS)\n`,
    });
  });

  it('names a directory this user may not write (EACCES)', async (ctx) => {
    if (process.getuid?.() === 0) return ctx.skip('root may write any directory, so EACCES cannot arise here');
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    const r = await sim([...ens, '--out', join(locked, 'runs.csv')], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`quasimarket: cannot write --out ${join(locked, 'runs.csv')}: permission denied (EACCES)\n`);
  });
});

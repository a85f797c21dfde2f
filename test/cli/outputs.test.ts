// What --out may name, and what is never replaced: devices, FIFOs, symlinks, read-only
// files, the scenario file itself, directories, and a file another job is writing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { leftovers, read, ROOT, scratch, sim } from './helpers';

const dir = scratch();
const run = ['run', '--scenario', 'ccg-2013', '--years', '1', '--quiet'];
const ens = ['ensemble', '--scenario', 'ccg-2013', '--years', '1', '--runs', '2', '--workers', '1', '--quiet'];

/** The CSV a one-year run writes, for comparison. */
async function expected(): Promise<string> {
  const r = await sim(run, dir);
  expect(r.code).toBe(0);
  return r.out;
}

function mknod(path: string, type: 'c' | 'b', major: number, minor: number): string | null {
  const r = spawnSync('mknod', [path, type, String(major), String(minor)], { encoding: 'utf8' });
  return r.status === 0 ? null : (r.stderr || r.error?.message || `exit ${r.status}`).trim();
}

describe('outputs that are not regular files', () => {
  it('writes through a character device and leaves it a device', async (ctx) => {
    const dev = join(dir, 'null-device');
    const failed = mknod(dev, 'c', 1, 3); // the same device as /dev/null
    if (failed) return ctx.skip(`mknod is not permitted here (${failed}); needs root`);
    const r = await sim([...run, '--out', dev, '--events', dev], dir);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a block device without touching it', async (ctx) => {
    const dev = join(dir, 'block-device');
    const failed = mknod(dev, 'b', 7, 200); // a loop device number; refused before any open
    if (failed) return ctx.skip(`mknod is not permitted here (${failed}); needs root`);
    const r = await sim([...run, '--out', dev], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^quasimarket: --out \S+block-device is a block device; outputs go to regular files/);
    expect(statSync(dev).isBlockDevice()).toBe(true);
  });

  it('writes through a FIFO to its reader and leaves it a FIFO', async () => {
    const fifo = join(dir, 'rows.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    let got = '';
    const reader = createReadStream(fifo, 'utf8').on('data', (d) => (got += d));
    const ended = new Promise<void>((r) => reader.on('close', () => r()));
    const r = await sim([...run, '--out', fifo], dir);
    await ended;
    expect(r.code).toBe(0);
    expect(got).toBe(await expected());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('hears Ctrl-C while a FIFO waits for its reader', async () => {
    const fifo = join(dir, 'nobody.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await sim([...ens, '--out', fifo], dir, {
      onInterrupt: (h) => {
        setTimeout(h, 20); // the open is still waiting: nobody reads this FIFO yet
        return () => {};
      },
    });
    expect(r).toEqual({
      code: 130,
      out: '',
      err: 'quasimarket: interrupted (SIGINT) after 0 of 2 runs (with --out FILE.csv a batch can be resumed)\n',
    });
    createReadStream(fifo).destroy(); // lets the abandoned open finish
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('writes - to standard output, and refuses two outputs there', async () => {
    const r = await sim([...run, '--out', '-'], dir);
    expect(r.out).toBe(await expected());
    const both = await sim([...run, '--events', '-'], dir);
    expect(both.code).toBe(2);
    expect(both.err).toBe('quasimarket: --out and --events both go to standard output; give one of them a file\n');
  });
});

describe('regular files', () => {
  it('follows a symlink: the file it points to is replaced, the link stays', async () => {
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    symlinkSync('made-by-link.csv', join(dir, 'dangling.csv'));
    expect((await sim([...run, '--out', 'link.csv'], dir)).code).toBe(0);
    expect((await sim([...run, '--out', 'dangling.csv'], dir)).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real.csv');
    expect(read(dir, 'real.csv')).toBe(await expected());
    expect(read(dir, 'made-by-link.csv')).toBe(await expected());
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a read-only file without --force, and keeps its mode with --force', async () => {
    const ro = join(dir, 'ro.csv');
    writeFileSync(ro, 'keep me\n');
    chmodSync(ro, 0o444);
    const r = await sim([...ens, '--out', 'ro.csv'], dir);
    expect(r).toEqual({ code: 2, out: '', err: 'quasimarket: --out ro.csv is read-only; add --force to replace it\n' });
    expect(read(dir, 'ro.csv')).toBe('keep me\n');
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
    const forced = await sim([...run, '--out', 'ro.csv', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(read(dir, 'ro.csv')).toBe(await expected());
    expect(statSync(ro).mode & 0o777).toBe(0o444);
  });

  it('refuses to write over the scenario file it reads, unless --force', async () => {
    copyFileSync(join(ROOT, 'public/scenarios/ccg-2013.json'), join(dir, 'my.json'));
    const scenario = read(dir, 'my.json');
    for (const args of [
      ['run', '--scenario', 'my.json', '--years', '1', '--out', 'my.json'],
      ['run', '--scenario', 'my.json', '--years', '1', '--events', './my.json'],
      ['ensemble', '--scenario', 'my.json', '--years', '1', '--runs', '1', '--summary', 'my.json'],
    ]) {
      const r = await sim(args, dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^quasimarket: --\w+ \.?\/?my\.json is the scenario file this command reads; write elsewhere, or add --force\n$/,
      );
      expect(read(dir, 'my.json')).toBe(scenario);
    }
    const preset = await sim([...run, '--out', join(ROOT, 'public/scenarios/ccg-2013.json')], dir);
    expect(preset.code).toBe(2);
    expect(preset.err).toMatch(/is the scenario file this command reads/);
    expect(leftovers(dir)).toEqual([]);
  });

  it('names a directory, a missing directory and a file used as a directory (exit 1, nothing written)', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'plain'), '');
    const cases: [string, string][] = [
      ['sub', 'quasimarket: --out sub is a directory\n'],
      ['no/such/dir/x.csv', 'quasimarket: --out no/such/dir/x.csv: directory "no/such/dir" does not exist\n'],
      ['plain/x.csv', 'quasimarket: --out plain/x.csv: "plain" is not a directory\n'],
    ];
    for (const [out, message] of cases) {
      const r = await sim([...ens, '--out', out], dir);
      expect([out, r.code, r.err]).toEqual([out, 1, message]);
    }
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('one job per output', () => {
  it('refuses a file another live job is writing, naming that job', async () => {
    writeFileSync(join(dir, 'busy.csv'), 'theirs\n');
    // A real other process holds the lock: this test's parent process is alive and is not us.
    const holder = {
      pid: process.ppid,
      host: hostname(),
      started: '2025-01-02T03:04:05.000Z',
      command: 'npm run -s sim -- ensemble --runs 9',
    };
    writeFileSync(join(dir, '.busy.csv.lock'), JSON.stringify(holder) + '\n');
    const r = await sim([...ens, '--out', 'busy.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `quasimarket: --out busy.csv is being written by another job (pid ${process.ppid}, since 2025-01-02 03:04:05 UTC: npm run -s sim -- ensemble --runs 9); wait for it to finish, or delete .busy.csv.lock if that job is gone\n`,
    );
    expect(read(dir, 'busy.csv')).toBe('theirs\n');
    expect(read(dir, '.busy.csv.lock')).toBe(JSON.stringify(holder) + '\n');
    rmSync(join(dir, '.busy.csv.lock'));
  });

  it("takes over the lock of a job that died, and removes that job's temporary file", async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // exited: its pid names no process now
    const lock = { pid: dead, host: hostname(), started: '2025-01-02T03:04:05.000Z', command: 'run' };
    writeFileSync(join(dir, '.stale.csv.lock'), JSON.stringify(lock));
    writeFileSync(join(dir, `.stale.csv.${dead}.partial`), 'half a fi');
    const r = await sim([...run, '--out', 'stale.csv'], dir);
    expect(r.code).toBe(0);
    expect(read(dir, 'stale.csv')).toBe(await expected());
    expect(leftovers(dir)).toEqual([]);
  });
});

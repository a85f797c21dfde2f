// One job at a time per output file: a lock file beside the target, created exclusively
// (O_EXCL) before anything is written and removed when the job ends, so two jobs given the
// same --out cannot swap their results; the second is told which job holds the file.
// A lock left by a job that died without cleaning up (kill -9, power cut) is taken over
// when it names a process of this machine that no longer exists.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ioError, IoError } from './io';
import { clip } from './messages';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** The temporary file a job writes for `path` (see output.ts), named after its process. */
export function tempPath(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.partial`);
}

/** Locks this process holds, for an exit by a second Ctrl-C (output.ts's abandonAll). */
const held = new Set<() => void>();

export function releaseAllLocks(): void {
  for (const release of [...held]) release();
}

function holder(lock: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(lock, 'utf8')) as LockHolder | null;
    if (!h || !Number.isSafeInteger(h.pid)) return null;
    return [h.host, h.started, h.command].every((x) => typeof x === 'string') ? h : null;
  } catch {
    return null;
  }
}

function gone(h: LockHolder): boolean {
  if (h.host !== hostname()) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the lock on output `path` (flag and name for messages); returns the release. */
export function acquireLock(path: string, flag: string, name: string, command: string): () => void {
  const lock = lockPath(path);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify(me) + '\n', { flag: 'wx', mode: 0o644 });
      // Released once only: a second call must not remove a lock another job has taken since.
      const release = (): void => {
        if (!held.delete(release)) return;
        rmSync(lock, { force: true });
      };
      held.add(release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(e, `cannot write --${flag} ${name}`);
    }
    const h = holder(lock);
    if (h && gone(h) && attempt < 3) {
      // Its owner is dead: drop the lock and that job's temporary file, and try again.
      rmSync(lock, { force: true });
      rmSync(tempPath(path, h.pid), { force: true });
      continue;
    }
    const who = h
      ? `pid ${h.pid}${h.host === me.host ? '' : ` on ${h.host}`}, since ${h.started.replace('T', ' ').slice(0, 19)} UTC: ${clip(h.command, 80)}`
      : 'lock unreadable';
    throw new IoError(
      `--${flag} ${name} is being written by another job (${who}); wait for it to finish, or delete ${basename(lock)} if that job is gone`,
      'ELOCKED',
    );
  }
}

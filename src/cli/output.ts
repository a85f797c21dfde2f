// Writing outputs. A regular file is written under a temporary name beside it, with the
// target locked (lock.ts), and renamed into place only when the command succeeds, so a
// failed or interrupted run never clobbers an earlier file nor leaves half a file; an
// ensemble's rows go to a checkpoint that an interruption or a full disk leaves behind for
// --resume. Standard output, devices and FIFOs are written through, in whole lines, and
// nothing more is written to them once a command fails or is interrupted.
import { basename, dirname, resolve } from 'node:path';
import type { Io } from './io';
import { acquireLock, releaseAllLocks } from './lock';
import { FileOutput, type Output } from './output-file';
import { openStream, StreamOutput } from './output-stream';
import type { Target } from './targets';

export type { Output };

/** Where an ensemble or sweep keeps its rows while running, so an interrupted one can resume. */
export function checkpointPath(path: string): string {
  return resolve(dirname(path), `.${basename(path)}.partial`);
}

/** Outputs of this process still open, so an exit by a second Ctrl-C can tidy up (see main.ts). */
const live = new Set<Output>();

/** Removes every temporary file and lock this process holds; keeps checkpoints. Synchronous, never throws. */
export function abandonAll(): void {
  for (const o of live) o.abandon();
  live.clear();
  releaseAllLocks();
}

/** The outputs of one command: all committed at the end, or all aborted. */
export class Outputs {
  private readonly list: Output[] = [];
  private readonly locks = new Map<string, () => void>();
  constructor(
    private readonly io: Io,
    /** The command line, recorded in lock files for whoever finds the output busy. */
    private readonly command: string,
    /** Ctrl-C: stops waiting for a FIFO's reader. */
    private readonly stop?: AbortSignal,
  ) {}

  /** Locks a file target now (before reading its checkpoint); open() then uses the lock. */
  lock(target: Target): void {
    if (target.kind !== 'file' || this.locks.has(target.path)) return;
    this.locks.set(target.path, acquireLock(target.path, target.flag, target.name, this.command));
  }

  async open(target: Target, checkpoint?: { path: string; resumeBytes?: number }): Promise<Output> {
    let out: Output;
    if (target.kind === 'stdout')
      out = new StreamOutput(target, (t) => {
        // Standard output takes text only: a compressed or Parquet format is chosen by a file's extension.
        if (typeof t !== 'string') throw new Error('binary data for standard output');
        this.io.out(t);
      });
    else if (target.kind === 'stream') out = await openStream(target, this.stop);
    else {
      this.lock(target);
      const release = this.locks.get(target.path)!;
      this.locks.delete(target.path);
      try {
        out = new FileOutput(target, release, checkpoint);
      } catch (e) {
        release();
        throw e;
      }
    }
    this.list.push(out);
    live.add(out);
    return out;
  }

  commit(): void {
    for (const o of this.list) {
      o.commit();
      live.delete(o);
    }
    this.releaseLocks();
  }

  /** Everything removed (temporary files and checkpoints); streams stop where they are. */
  abort(): void {
    this.keep(null);
  }

  /** As abort, but `kept` (a checkpoint with complete runs) stays for --resume. */
  keep(kept: Output | null): void {
    for (const o of this.list) {
      try {
        if (o === kept) o.keep();
        else o.abort();
      } catch {
        // tidy the rest
      }
      live.delete(o);
    }
    this.releaseLocks();
  }

  /** Names of the written-through outputs that received data (and so hold only part of it). */
  incomplete(): string[] {
    return this.list.filter((o) => o instanceof StreamOutput && o.bytes > 0).map((o) => o.target.name);
  }

  private releaseLocks(): void {
    for (const release of this.locks.values()) release();
    this.locks.clear();
  }
}

// Runs the CLI in-process with captured streams, in a scratch directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

export interface Result {
  code: number;
  out: string;
  err: string;
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'quasimarket-cli-'));
}

export async function sim(args: string[], cwd: string, more: Partial<Io> = {}): Promise<Result> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTTY: false,
    cwd,
    ...more,
  });
  return { code, out, err };
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Parses our CSV (no quoted commas in numeric outputs) into header and rows. */
export function csv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trimEnd().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

/** The repository root: spawned CLIs run there (tsx resolves from it); tests pass absolute paths. */
export const ROOT = join(__dirname, '../..');

export interface Spawned {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Exit code (or 128 + signal number if killed by a signal), with everything written. */
  done: Promise<Result>;
}

/** Starts the CLI as a real process (signals, pipes and exit codes as a shell sees them). */
export function spawnSim(args: string[]): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.on('error', () => {}); // a test may close it on purpose
  const done = new Promise<Result>((res) =>
    child.on('close', (code, signal) =>
      res({ code: code ?? 128 + (signal ? osConstants.signals[signal] : 0), out, err }),
    ),
  );
  return { child, out: () => out, err: () => err, done };
}

/** Polls until `ready()` (e.g. a checkpoint holds a whole run); fails if the process ends first. */
export async function until(ready: () => boolean, what: string, proc?: Spawned): Promise<void> {
  let ended = false;
  void proc?.done.then(() => (ended = true));
  for (;;) {
    if (ready()) return;
    if (ended) throw new Error(`the process ended before ${what}: ${proc!.err()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Names in `dir` that a command may leave behind by mistake (temporary files and locks). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(partial|lock)$/.test(f));
}

// Output files are written beside their target under a temporary name and renamed into
// place only when the command succeeds, so a failed or interrupted run never clobbers a
// file from an earlier run and never leaves half a file.
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CliError } from './io';

/** Resolves and checks an output path before any work starts. */
export function outputPath(flag: string, path: string | undefined, cwd: string): string | undefined {
  if (path === undefined) return undefined;
  if (path.trim() === '') throw new CliError(`--${flag} needs a file name`);
  const full = resolve(cwd, path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CliError(`--${flag} ${path}: directory "${dirname(path)}" does not exist`);
  if (existsSync(full) && statSync(full).isDirectory()) throw new CliError(`--${flag} ${path} is a directory`);
  return full;
}

/** Fails when two flags name the same file. */
export function distinctOutputs(paths: Record<string, string | undefined>): void {
  const seen = new Map<string, string>();
  for (const [flag, p] of Object.entries(paths)) {
    if (p === undefined) continue;
    const other = seen.get(p);
    if (other) throw new CliError(`--${other} and --${flag} name the same file`);
    seen.set(p, flag);
  }
}

export interface Sink {
  write(text: string): void;
}

/** Where an ensemble or sweep keeps its rows while running, so an interrupted one can resume. */
export function checkpointPath(path: string): string {
  return resolve(dirname(path), `.${basename(path)}.partial`);
}

export class OutFile implements Sink {
  private readonly tmp: string;
  private fd: number | null;
  private buf: string[] = [];
  private size = 0;
  /** `tmp`: a fixed temporary name (a checkpoint) instead of one unique to this process. */
  constructor(
    readonly path: string,
    tmp?: string,
  ) {
    this.tmp = tmp ?? resolve(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    this.fd = openSync(this.tmp, 'w');
  }
  write(text: string): void {
    this.buf.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.fd === null || this.buf.length === 0) return;
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  commit(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.path);
  }
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }
  /** Closes without renaming: the temporary file stays as a checkpoint. */
  keep(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Opens the given outputs; commits all or aborts all. */
export class Outputs {
  private readonly files: OutFile[] = [];
  open(path: string, tmp?: string): OutFile {
    const f = new OutFile(path, tmp);
    this.files.push(f);
    return f;
  }
  commit(): void {
    for (const f of this.files) f.commit();
  }
  abort(): void {
    for (const f of this.files) f.abort();
  }
}

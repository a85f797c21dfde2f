// What an output flag names, decided before anything runs. Only a regular file (or a name
// not yet taken) is written atomically: under a temporary name, renamed into place at the
// end. Standard output (`-`), character devices (/dev/null) and FIFOs are written through,
// never replaced. A symlink is followed: the file it points to is written, the link stays.
// The command's inputs (the scenario file) and read-only files are not replaced without
// --force; anything else (a directory, a block device, a socket) is refused.
import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, ioError, IoError } from './io';
import { short } from './messages';

export type Target =
  | { kind: 'stdout'; flag: string; name: string }
  /** A character device or FIFO, written as the data comes. */
  | { kind: 'stream'; flag: string; name: string; path: string }
  /** A regular file (absent or existing), written atomically; `mode` of the file it replaces. */
  | { kind: 'file'; flag: string; name: string; path: string; mode: number | null };

export interface TargetRules {
  cwd: string;
  /** --force: replace an input file or a read-only file. */
  force: boolean;
  /** Files the command reads, by what they are ("scenario file"). */
  inputs: { path: string; what: string }[];
}

export const STDOUT_NAME = 'standard output';

export function stdoutTarget(flag: string): Target {
  return { kind: 'stdout', flag, name: STDOUT_NAME };
}

function statOrNull(path: string, flag: string, name: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw ioError(e, `cannot write --${flag} ${name}`);
  }
}

/** Follows a dangling symlink (chain) to the name it points at, which will be created. */
function linkEnd(path: string, flag: string, name: string): string {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let link = false;
    try {
      link = lstatSync(p).isSymbolicLink();
    } catch {
      return p;
    }
    if (!link) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new IoError(`cannot write --${flag} ${name}: too many symbolic links (ELOOP)`, 'ELOOP');
}

function kindOf(st: Stats): string {
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function readOnly(st: Stats, path: string): boolean {
  // Root may write anything, so the mode bits say what the owner meant.
  if ((st.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Resolves and checks an output flag; undefined when the flag is absent. */
export function outputTarget(flag: string, text: string | undefined, rules: TargetRules): Target | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === '') throw new CliError(`--${flag} needs a file name (or - for standard output)`);
  if (text === '-') return stdoutTarget(flag);
  const name = short(text, 120);
  const full = resolve(rules.cwd, text);
  const st = statOrNull(full, flag, name);
  if (st === null) {
    const path = linkEnd(full, flag, name);
    const dir = dirname(path);
    const dirSt = statOrNull(dir, flag, name);
    const shown = path === full ? dirname(name) : dir;
    if (dirSt === null) throw new IoError(`--${flag} ${name}: directory "${shown}" does not exist`, 'ENOENT');
    if (!dirSt.isDirectory()) throw new IoError(`--${flag} ${name}: "${shown}" is not a directory`, 'ENOTDIR');
    return { kind: 'file', flag, name, path, mode: null };
  }
  if (st.isDirectory()) throw new IoError(`--${flag} ${name} is a directory`, 'EISDIR');
  if (st.isCharacterDevice() || st.isFIFO()) return { kind: 'stream', flag, name, path: full };
  if (!st.isFile()) {
    throw new CliError(
      `--${flag} ${name} is ${kindOf(st)}; outputs go to regular files, character devices (/dev/null), FIFOs or - (standard output)`,
    );
  }
  const path = realpathSync(full);
  for (const input of rules.inputs) {
    const inSt = statOrNull(input.path, flag, name);
    if (!rules.force && inSt && inSt.dev === st.dev && inSt.ino === st.ino)
      throw new CliError(`--${flag} ${name} is the ${input.what} this command reads; write elsewhere, or add --force`);
  }
  if (!rules.force && readOnly(st, path))
    throw new CliError(`--${flag} ${name} is read-only; add --force to replace it`);
  return { kind: 'file', flag, name, path, mode: st.mode & 0o7777 };
}

/** Fails when two flags name the same file, or two would write to standard output. */
export function distinctTargets(targets: readonly (Target | undefined)[]): void {
  const seen = new Map<string, string>();
  for (const t of targets) {
    if (!t || t.kind === 'stream') continue; // /dev/null may take any number of outputs
    const key = t.kind === 'stdout' ? '-' : t.path;
    const other = seen.get(key);
    if (other) {
      throw new CliError(
        t.kind === 'stdout'
          ? `--${other} and --${t.flag} both go to standard output; give one of them a file`
          : `--${other} and --${t.flag} name the same file`,
      );
    }
    seen.set(key, t.flag);
  }
}

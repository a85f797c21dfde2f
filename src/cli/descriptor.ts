// Writes datapackage.json beside a command's output files, once they are in place. Commands
// writing to the same directory (a run, then an ensemble; the shards of a batch on a
// cluster, at the same moment) share one descriptor: each adds its resources under the
// descriptor's lock (waiting its turn), replacing an entry for the same file and dropping
// entries whose file is gone, so no command's record is lost and none is stale.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  mergePackage,
  resourceFor,
  type DataPackage,
  type FormatId,
  type OutputRole,
  type Provenance,
} from '../engine/datapackage';
import { ioError, IoError, type Io } from './io';
import { acquireLock, tempPath } from './lock';

export const DESCRIPTOR = 'datapackage.json';

/** A file a command wrote, as its descriptor entry needs it. */
export interface WrittenFile {
  path: string;
  role: OutputRole;
  format: FormatId;
  /** Table columns (absent: the file's objects keep every field, as JSON-lines events). */
  columns?: readonly string[];
  /** Role-specific provenance (the shard, the merged files…), added to the command's. */
  extra?: Record<string, unknown>;
}

export function fileDigest(path: string): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Waits for another command's hold on the descriptor (a shard finishing at the same moment); gives up after `patienceMs`. */
function lockDescriptor(path: string, command: string, patienceMs: number): () => void {
  const until = Date.now() + patienceMs;
  for (;;) {
    try {
      return acquireLock(path, 'out', `${basename(dirname(path))}/${DESCRIPTOR}`, command);
    } catch (e) {
      if (!(e instanceof IoError) || e.code !== 'ELOCKED' || Date.now() > until) throw e;
      Atomics.wait(pause, 0, 0, 20 + Math.floor(Math.random() * 80));
    }
  }
}

function readExisting(path: string, io: Io): DataPackage | null {
  if (!existsSync(path)) return null;
  try {
    const d = JSON.parse(readFileSync(path, 'utf8')) as DataPackage;
    if (d && typeof d === 'object' && Array.isArray(d.resources)) return d;
  } catch {
    // fall through
  }
  io.err(`quasimarket: ${path} was not a readable Data Package descriptor; it is replaced\n`);
  return null;
}

/**
 * Adds the files to the descriptor of each directory they are in. Called after the files
 * are in place; a failure here is reported as a file that could not be written (exit 1).
 */
export function writeDescriptors(
  files: readonly WrittenFile[],
  provenance: Provenance,
  io: Io,
  patienceMs = 120_000,
): string[] {
  const byDir = new Map<string, WrittenFile[]>();
  for (const f of files) {
    const dir = dirname(f.path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  const written: string[] = [];
  for (const [dir, list] of byDir) {
    const path = join(dir, DESCRIPTOR);
    const resources = list.map((f) => {
      const { bytes, sha256 } = fileDigest(f.path);
      return resourceFor({
        path: basename(f.path),
        role: f.role,
        format: f.format,
        columns: f.columns,
        provenance: { ...provenance, ...f.extra },
        bytes,
        sha256,
      });
    });
    let release: (() => void) | null = null;
    const tmp = tempPath(path);
    try {
      release = lockDescriptor(path, provenance.command, patienceMs);
      const pkg = mergePackage(readExisting(path, io), resources, provenance.created, (p) => existsSync(join(dir, p)));
      writeFileSync(tmp, JSON.stringify(pkg, null, 2) + '\n');
      renameSync(tmp, path);
      written.push(path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw ioError(e, `cannot write ${path}`);
    } finally {
      release?.();
    }
  }
  return written;
}

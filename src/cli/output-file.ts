// A regular file written atomically: under a temporary name beside it (or the checkpoint
// of an ensemble), renamed into place on success. A failed write is cut back to the last
// whole write, so a checkpoint never ends with half a row followed by more rows.
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  openSync,
  renameSync,
  rmSync,
  truncateSync,
} from 'node:fs';
import { basename } from 'node:path';
import { ioError, IoError, writeAll } from './io';
import { tempPath } from './lock';
import type { Target } from './targets';

/** Buffered text is written out once it passes this many characters (always after a whole write). */
export const BUFFER = 1 << 16;

/** Text, or bytes (a compressed or Parquet file). */
export type Chunk = string | Uint8Array;

const byteLength = (c: Chunk): number => (typeof c === 'string' ? Buffer.byteLength(c) : c.byteLength);

/** The chunks as one piece to write: text stays text, anything with bytes becomes one buffer. */
export function joinChunks(chunks: readonly Chunk[]): Chunk {
  if (chunks.every((c) => typeof c === 'string')) return chunks.join('');
  return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
}

export interface Output {
  readonly target: Target;
  write(text: Chunk): void;
  /** Writes what is buffered (callers flush after whole units: a year, a run). */
  flush(): void;
  commit(): void;
  /** Removes what was written where it can (a temporary file, a checkpoint). */
  abort(): void;
  /** As abort, but a checkpoint stays for --resume. */
  keep(): void;
  /** On exit by a second Ctrl-C: as keep, synchronous and never throws. */
  abandon(): void;
}

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

export class FileOutput implements Output {
  private readonly tmp: string;
  private fd: number | null;
  private buf: Chunk[] = [];
  private size = 0;
  /** Bytes safely in the temporary file (a failed write is cut back to this). */
  private written = 0;
  private failure: IoError | null = null;
  constructor(
    readonly target: Extract<Target, { kind: 'file' }>,
    private readonly release: () => void,
    /** A fixed temporary name (the checkpoint) kept on interruption, and its bytes to keep on --resume. */
    private readonly checkpoint?: { path: string; resumeBytes?: number },
  ) {
    this.tmp = checkpoint?.path ?? tempPath(target.path);
    try {
      if (checkpoint?.resumeBytes !== undefined) {
        // Cut off any run cut short, and append: the kept runs are never rewritten (nor lost to a full disk).
        truncateSync(this.tmp, checkpoint.resumeBytes);
        this.fd = openSync(this.tmp, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
        this.written = checkpoint.resumeBytes;
      } else this.fd = openSync(this.tmp, NEW_FILE, 0o666);
    } catch (e) {
      throw this.fail(e);
    }
  }
  private fail(e: unknown): IoError {
    const where = this.checkpoint ? ` (checkpoint ${basename(this.tmp)})` : '';
    return ioError(e, `cannot write --${this.target.flag} ${this.target.name}${where}`);
  }
  get bytes(): number {
    return this.written;
  }
  write(text: Chunk): void {
    if (this.failure) throw this.failure;
    this.buf.push(text);
    this.size += text.length;
    if (this.size > BUFFER) this.flush();
  }
  flush(): void {
    if (this.failure) throw this.failure;
    if (this.fd === null || this.buf.length === 0) return;
    const text = joinChunks(this.buf);
    this.buf = [];
    this.size = 0;
    try {
      writeAll(this.fd, text);
      this.written += byteLength(text);
    } catch (e) {
      this.failure = this.fail(e);
      try {
        ftruncateSync(this.fd, this.written); // no half row left in a checkpoint
      } catch {
        // the file keeps a partial row; --resume drops text after the last whole run
      }
      throw this.failure;
    }
  }
  commit(): void {
    this.flush();
    try {
      // A full disk may only show at fsync (or close) on some file systems.
      fsyncSync(this.fd!);
      closeSync(this.fd!);
      this.fd = null;
      if (this.target.mode !== null) chmodSync(this.tmp, this.target.mode);
      renameSync(this.tmp, this.target.path);
    } catch (e) {
      throw (this.failure = this.fail(e));
    }
    this.release();
  }
  /** Closes and removes the temporary file (a checkpoint too). */
  abort(): void {
    this.close();
    rmSync(this.tmp, { force: true });
    this.release();
  }
  /** Closes; a checkpoint stays for --resume (whole runs only: the buffer is dropped). */
  keep(): void {
    this.close();
    if (!this.checkpoint) rmSync(this.tmp, { force: true });
    this.release();
  }
  abandon(): void {
    try {
      this.keep();
    } catch {
      // exiting anyway
    }
  }
  private close(): void {
    this.buf = [];
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already failing
      }
    }
    this.fd = null;
  }
}

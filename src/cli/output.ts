// Writing outputs. A regular file is written under a temporary name beside it, with the
// target locked (lock.ts), and renamed into place only when the command succeeds, so a
// failed or interrupted run never clobbers an earlier file nor leaves half a file; an
// ensemble's rows go to a checkpoint that an interruption or a full disk leaves behind for
// --resume. Standard output, devices and FIFOs are written through, in whole lines, and
// nothing more is written to them once a command fails or is interrupted.
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  open as openCb,
  openSync,
  renameSync,
  rmSync,
  truncateSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ioError, IoError, writeAll, type Io } from './io';
import { acquireLock, releaseAllLocks, tempPath } from './lock';
import { STDOUT_NAME, type Target } from './targets';

export interface Sink {
  write(text: string): void;
}

/** Where an ensemble or sweep keeps its rows while running, so an interrupted one can resume. */
export function checkpointPath(path: string): string {
  return resolve(dirname(path), `.${basename(path)}.partial`);
}

/** Buffered text is written out once it passes this many characters (always after a whole write). */
const BUFFER = 1 << 16;

export interface Output extends Sink {
  readonly target: Target;
  /** Writes what is buffered (callers flush after whole units: a year, a run). */
  flush(): void;
}

/** Outputs of one command still open, so an exit by a second Ctrl-C can tidy up (see main.ts). */
const open = new Set<{ abandon(): void }>();

/** Removes every temporary file and lock this process holds; keeps checkpoints. Synchronous, never throws. */
export function abandonAll(): void {
  for (const o of [...open]) o.abandon();
  releaseAllLocks();
}

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

class FileOutput implements Output {
  private readonly tmp: string;
  private fd: number | null;
  private buf: string[] = [];
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
    open.add(this);
  }
  private fail(e: unknown): IoError {
    const where = this.checkpoint ? ` (checkpoint ${basename(this.tmp)})` : '';
    return ioError(e, `cannot write --${this.target.flag} ${this.target.name}${where}`);
  }
  get bytes(): number {
    return this.written;
  }
  write(text: string): void {
    if (this.failure) throw this.failure;
    this.buf.push(text);
    this.size += text.length;
    if (this.size > BUFFER) this.flush();
  }
  flush(): void {
    if (this.failure) throw this.failure;
    if (this.fd === null || this.buf.length === 0) return;
    const text = this.buf.join('');
    this.buf = [];
    this.size = 0;
    try {
      writeAll(this.fd, text);
      this.written += Buffer.byteLength(text);
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
    this.finish();
  }
  /** Closes and removes the temporary file (a checkpoint too). */
  abort(): void {
    this.close();
    rmSync(this.tmp, { force: true });
    this.finish();
  }
  /** Closes; a checkpoint stays for --resume (whole runs only: the buffer is dropped). */
  keep(): void {
    this.close();
    if (!this.checkpoint) rmSync(this.tmp, { force: true });
    this.finish();
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
  private finish(): void {
    this.release();
    open.delete(this);
  }
}

/** Standard output, a device or a FIFO: written through as whole lines; never truncated or replaced. */
class StreamOutput implements Output {
  private buf: string[] = [];
  private size = 0;
  private failure: IoError | null = null;
  bytes = 0;
  constructor(
    readonly target: Target,
    private readonly put: (text: string) => void,
    private readonly done: () => void = () => {},
  ) {
    open.add(this);
  }
  write(text: string): void {
    if (this.failure) throw this.failure;
    this.buf.push(text);
    this.size += text.length;
    if (this.size > BUFFER) this.flush();
  }
  flush(): void {
    if (this.failure) throw this.failure;
    if (this.buf.length === 0) return;
    const text = this.buf.join('');
    this.buf = [];
    this.size = 0;
    try {
      this.put(text);
      this.bytes += text.length;
    } catch (e) {
      const stdout = this.target.kind === 'stdout';
      throw (this.failure = ioError(
        e,
        stdout ? `cannot write ${STDOUT_NAME}` : `cannot write --${this.target.flag} ${this.target.name}`,
        stdout,
      ));
    }
  }
  commit(): void {
    this.flush();
    this.keep();
  }
  /** Stops: what is buffered is dropped, so the output ends at the last whole unit. */
  keep(): void {
    this.buf = [];
    this.done();
    open.delete(this);
  }
  abort(): void {
    this.keep();
  }
  abandon(): void {
    this.keep();
  }
}

/** Thrown when Ctrl-C comes while an output is still being opened (a FIFO waiting for its reader). */
export class StoppedWhileOpening extends Error {}

function openForWriting(path: string, stop?: AbortSignal): Promise<number> {
  // Asynchronous: opening a FIFO waits for a reader, and Ctrl-C must still be heard meanwhile.
  return new Promise((res, rej) => {
    const onStop = (): void => rej(new StoppedWhileOpening());
    if (stop?.aborted) return onStop();
    stop?.addEventListener('abort', onStop, { once: true });
    openCb(path, constants.O_WRONLY | constants.O_APPEND, (e, fd) => {
      stop?.removeEventListener('abort', onStop);
      if (stop?.aborted) {
        if (!e) closeSync(fd); // too late: the command has stopped
      } else if (e) rej(e);
      else res(fd);
    });
  });
}

type AnyOutput = FileOutput | StreamOutput;

/** The outputs of one command: all committed at the end, or all aborted. */
export class Outputs {
  private readonly list: AnyOutput[] = [];
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
    let out: AnyOutput;
    if (target.kind === 'stdout') out = new StreamOutput(target, (t) => this.io.out(t));
    else if (target.kind === 'stream') {
      let fd: number;
      try {
        fd = await openForWriting(target.path, this.stop);
      } catch (e) {
        if (e instanceof StoppedWhileOpening) throw e;
        throw ioError(e, `cannot write --${target.flag} ${target.name}`);
      }
      out = new StreamOutput(
        target,
        (t) => writeAll(fd, t),
        () => closeSync(fd),
      );
    } else {
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
    return out;
  }

  commit(): void {
    for (const o of this.list) o.commit();
    this.releaseLocks();
  }

  /** Everything removed (temporary files and checkpoints); streams stop where they are. */
  abort(): void {
    for (const o of this.list) {
      try {
        o.abort();
      } catch {
        // tidy the rest
      }
    }
    this.releaseLocks();
  }

  /** As abort, but a checkpoint with complete runs stays for --resume. */
  keep(output: Output | null): void {
    for (const o of this.list) {
      try {
        if (o === output) o.keep();
        else o.abort();
      } catch {
        // tidy the rest
      }
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

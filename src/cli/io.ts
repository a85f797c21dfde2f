// Where the CLI writes: stdout carries data only, stderr progress and messages. Injected
// so tests can call main() in-process and read what it wrote.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface Io {
  /** Writes data to standard output; throws the system error (EPIPE, ENOSPC…) if it cannot. */
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bar) or a pipe/file (one summary line). */
  errIsTTY: boolean;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** The stream a progress bar draws on, when errIsTTY. */
  errStream?: NodeJS.WritableStream;
  /** Calls `handler` on Ctrl-C (SIGINT) or SIGTERM instead of dying at once; returns the undo. */
  onInterrupt?(handler: (signal?: NodeJS.Signals) => void): () => void;
  /** Cores this machine can use (os.availableParallelism()); tests may pretend. */
  cores?: number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to a file descriptor, synchronously, so a failure (EPIPE, ENOSPC)
 * surfaces here as an exception rather than later as an unhandled stream error, and data
 * already handed over is never lost by an exit. A descriptor left non-blocking by whoever
 * opened it reports EAGAIN when the pipe is full: wait briefly for the reader and go on.
 */
export function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

export function processIo(): Io {
  const tty = isatty(2);
  return {
    out: (t) => writeAll(1, t),
    err: (t) => {
      try {
        writeAll(2, t);
      } catch {
        // stderr is gone: there is nowhere left to say anything.
      }
    },
    errIsTTY: tty,
    cwd: process.cwd(),
    errStream: tty ? process.stderr : undefined,
    onInterrupt: (handler) => {
      let first = true;
      const on = (signal: NodeJS.Signals): void => {
        if (first) {
          first = false;
          handler(signal);
          return;
        }
        // A second signal stops at once; the exit hook (output.ts) still removes partial
        // files and locks and keeps an ensemble's checkpoint.
        try {
          writeAll(2, `quasimarket: ${signal} again: stopping at once\n`);
        } catch {
          // as above
        }
        process.exit(signalExit(signal));
      };
      process.on('SIGINT', on);
      process.on('SIGTERM', on);
      return () => {
        process.removeListener('SIGINT', on);
        process.removeListener('SIGTERM', on);
      };
    },
  };
}

/** Bad input: printed as one line `quasimarket: <message>`, exit 2. */
export class CliError extends Error {}

/** A file could not be read, written or locked: one line naming the file, exit 1. */
export class IoError extends Error {
  constructor(
    message: string,
    /** The system's error code (ENOSPC, EACCES…), or ELOCKED for a lock held by another job. */
    readonly code: string,
    /** True when standard output itself failed (a closed pipe there ends the command quietly). */
    readonly stdout = false,
  ) {
    super(message);
  }
}

export const EXIT = {
  ok: 0,
  /** The model failed, or a file could not be read or written. */
  failure: 1,
  badInput: 2,
  interrupted: 130,
  /** Standard output was closed by its reader (`| head`): 128 + SIGPIPE, as a shell reports a tool killed by it. */
  closedPipe: 141,
  terminated: 143,
} as const;

export function signalExit(signal: NodeJS.Signals | undefined): number {
  return signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EPIPE: 'the reader closed it',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
  ENXIO: 'no such device',
  EBUSY: 'device or resource busy',
  ETXTBSY: 'file busy',
};

/** A system error as `<doing>: <reason> (<CODE>)`, e.g. "cannot write runs.csv: no space left on device (ENOSPC)". */
export function ioError(e: unknown, doing: string, stdout = false): IoError {
  if (e instanceof IoError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  const reason = REASONS[code] ?? ((e as Error)?.message ?? String(e)).split('\n')[0];
  return new IoError(`${doing}: ${reason} (${code})`, code, stdout);
}

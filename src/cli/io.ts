// Where the CLI writes: stdout carries data only, stderr progress and messages. Injected
// so tests can call main() in-process and read what it wrote.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bar) or a pipe/file (one summary line). */
  errIsTTY: boolean;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** The stream a progress bar draws on, when errIsTTY. */
  errStream?: NodeJS.WritableStream;
  /** Calls `handler` on Ctrl-C instead of dying at once; returns the undo. */
  onInterrupt?(handler: () => void): () => void;
}

export function processIo(): Io {
  return {
    out: (t) => {
      process.stdout.write(t);
    },
    err: (t) => {
      process.stderr.write(t);
    },
    errIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    errStream: process.stderr,
    onInterrupt: (handler) => {
      // A second Ctrl-C stops at once.
      const h = (): void => {
        process.removeListener('SIGINT', h);
        handler();
      };
      process.on('SIGINT', h);
      return () => process.removeListener('SIGINT', h);
    },
  };
}

/** Bad input: printed as one line `quasimarket: <message>` with a non-zero exit. */
export class CliError extends Error {}

export const EXIT = { ok: 0, failure: 1, badInput: 2, interrupted: 130 } as const;

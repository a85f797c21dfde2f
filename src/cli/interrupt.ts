// Ctrl-C (SIGINT) and SIGTERM during a command: the first asks it to stop cleanly (partial
// files removed, an ensemble's checkpoint kept), a second stops at once (io.ts).
import { signalExit, type Io } from './io';

export interface Interrupt {
  /** Fires on the first signal. */
  readonly stop: AbortSignal;
  /** The signal received, if any. */
  readonly signal: NodeJS.Signals | null;
  /** The exit status for that signal: 130 (SIGINT) or 143 (SIGTERM). */
  readonly exit: number;
  dispose(): void;
}

export function watchInterrupt(io: Io): Interrupt {
  const ac = new AbortController();
  let signal: NodeJS.Signals | null = null;
  const dispose =
    io.onInterrupt?.((s = 'SIGINT') => {
      signal = s;
      ac.abort();
    }) ?? (() => {});
  return {
    stop: ac.signal,
    get signal() {
      return signal;
    },
    get exit() {
      return signalExit(signal ?? undefined);
    },
    dispose,
  };
}

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word as a POSIX shell reads it back. */
export function shellWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command line to type (npm run -s sim -- …), with `extra` flags added if absent. */
export function commandLine(command: string, argv: readonly string[], extra: string[] = []): string {
  const args = [...argv, ...extra.filter((x) => !argv.includes(x))];
  return ['npm', 'run', '-s', 'sim', '--', command, ...args].map(shellWord).join(' ');
}

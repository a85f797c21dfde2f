// Progress on stderr: a bar when stderr is a terminal, otherwise one summary line at the
// end (logs stay readable), nothing with --quiet. Never touches stdout or output files.
import { SingleBar, Presets } from 'cli-progress';
import type { Io } from './io';

export interface Progress {
  update(done: number): void;
  finish(summary: string): void;
  /** Stops without a summary (on failure). */
  stop(): void;
}

export function progress(io: Io, label: string, total: number, unit: string, quiet: boolean): Progress {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(2)} s`;
  if (quiet) return { update() {}, finish() {}, stop() {} };
  if (!io.errIsTTY || !io.errStream) return { update() {}, finish: (s) => io.err(`${s} in ${elapsed()}\n`), stop() {} };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} | {duration_formatted} elapsed, ETA {eta_formatted}`,
      stream: io.errStream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (d) => bar.update(d),
    finish: (s) => {
      bar.stop();
      io.err(`${s} in ${elapsed()}\n`);
    },
    stop: () => bar.stop(),
  };
}

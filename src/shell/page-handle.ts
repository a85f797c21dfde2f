// window.quasimarket: a read-only handle on the running app for the browser tests, the render
// benchmark and curious users (positions of clickable organisations, the run, timings).
import type { Catalogue, Frame, NetworkFilter, Scenario, WeeklyPoint, YearMetrics } from '../engine/api';
import type { NetworkView } from '../render/network';
import { KIND_STYLE } from '../render/palette';
import { clickableNodes } from './visible-nodes';
import type { Runner } from './runner';
import type { Toolbar } from './toolbar';

export interface PageHandleSources {
  stage: HTMLElement;
  view: NetworkView;
  runner: Runner;
  toolbar: Toolbar;
  selected(): number | null;
  filter(): NetworkFilter;
}

/** How long `ready` waits for a first drawn organisation before giving up waiting. */
const READY_TIMEOUT_MS = 10_000;

/** Installs the handle; call whenDrawn() once the first run is playing to settle `ready`. */
export function exposePageHandle(src: PageHandleSources): { whenDrawn(): void } {
  const { stage, view, runner, toolbar } = src;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  // Year rows of the run shown, for state(); a new run (the clock going back) starts afresh.
  let years: YearMetrics[] = [];
  let lastTick = -1;
  runner.onFrame((f) => {
    if (f.tick < lastTick) years = [];
    lastTick = f.tick;
    for (const row of f.newYears) years = [...years.filter((y) => y.year !== row.year), row];
  });
  const handle = {
    ready,
    /** The run shown: its week, the regime in force and its figures (this week's, and the last year's). */
    state: (): {
      week: number;
      regime: string | null;
      metrics: { weekly: WeeklyPoint | null; lastYear: YearMetrics | null };
    } => {
      const f = runner.frame;
      return {
        week: f?.tick ?? 0,
        regime: f?.regime ?? null,
        metrics: { weekly: f ? { ...f.weekly } : null, lastYear: years.at(-1) ?? null },
      };
    },
    /** Organisations a click can hit (drawn, active, not filtered out, inside the network's box), in page pixels. */
    nodes: () => clickableNodes(stage, view),
    frame: (): Frame | null => runner.frame,
    catalogue: (): Catalogue | null => runner.catalogue,
    scenario: (): Scenario | null => runner.scenario,
    selected: src.selected,
    filter: src.filter,
    playing: (): boolean => runner.playing,
    /** This thread's frame times and the worker's ticks over time. */
    stats: () => ({
      ...view.stats,
      frameMs: view.stats.frameMs.slice(),
      updateMs: view.stats.updateMs.slice(),
      renderMs: view.stats.renderMs.slice(),
      ticks: runner.tickLog.slice(),
    }),
    /** The drawing thread's frame times and count (the render worker's when drawing there). */
    drawStats: () => view.drawStats(),
    renderMode: () => view.mode,
    setSpeed: (weeksPerSecond: number) => {
      runner.speed = weeksPerSecond;
      toolbar.speed.value = String(weeksPerSecond);
    },
    debugCrashWorker: () => runner.crash(),
    /** Test hook: kill or crash the render worker, or lose the WebGL context (back after restoreMs). */
    debugDrawingFault: (kind: 'kill-worker' | 'crash-worker' | 'lose-context', restoreMs?: number) =>
      view.debugFault(kind, restoreMs),
    /** Live changes made to the run, by week. */
    journal: () => runner.journal.slice(),
    kinds: KIND_STYLE,
  };
  Object.defineProperty(window, 'quasimarket', { value: Object.freeze(handle), writable: false, configurable: false });

  return {
    // Ready once the drawing thread has placed organisations, so nodes() has positions to click.
    whenDrawn: () => {
      const t0 = performance.now();
      const check = (): void => {
        if (handle.nodes().length > 0 || performance.now() - t0 > READY_TIMEOUT_MS) resolveReady();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
  };
}

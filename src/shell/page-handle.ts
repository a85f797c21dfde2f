// window.quasimarket: a read-only handle on the running app for the browser tests, the render
// benchmark and curious users (positions of clickable organisations, the run, timings).
import type { Catalogue, Frame, NetworkFilter, Scenario } from '../engine/api';
import type { NetworkView } from '../render/network';
import { KIND_STYLE } from '../render/palette';
import { clickableNodes } from './visible-nodes';
import type { Runner } from './runner';
import type { Toolbar } from './toolbar';
import type { Compare, PaneState } from './compare';

export interface PageHandleSources {
  stage: HTMLElement;
  view: NetworkView;
  runner: Runner;
  toolbar: Toolbar;
  compare: Compare;
  selected(): number | null;
  filter(): NetworkFilter;
}

/** Resolves once the view has drawn a frame of this week (two animation frames after it got it). */
function drawn(view: NetworkView, tick: number): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (view.frame?.tick === tick) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      else requestAnimationFrame(check);
    };
    check();
  });
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
  // The latest closed year of the run shown (a rewind's first frame brings all its years again).
  let latestYear: unknown = null;
  let epoch = -1;
  runner.onFrame((f) => {
    if (f.epoch !== epoch || f.tick === 0) latestYear = null;
    epoch = f.epoch;
    if (f.newYears.length) latestYear = f.newYears.at(-1);
  });
  const handle = {
    ready,
    /**
     * Organisations a click can hit (drawn, active, not filtered out, inside the network's box), in
     * page pixels; `area` is their footprint's ODS code (null in a fictional area).
     */
    nodes: () => clickableNodes(stage, view),
    /**
     * The run's areas with their centres on the page (CSS pixels, wherever they are, on screen or
     * not): a footprint's label point, or the middle of a fictional area's organisations.
     */
    areas: (): { code: string | null; name: string; region: string | null; x: number; y: number }[] => {
      const cat = view.catalogue;
      if (!cat || !view.frame) return [];
      const at = view.areaPagePositions();
      return cat.areaInfo.map((a, i) => ({ code: a.code, name: a.name, region: a.region, x: at[i].x, y: at[i].y }));
    },
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
    /** The decision card the run holds for, if any (play a role). */
    decision: () => runner.frame?.decision ?? null,
    /**
     * The run shown: its week, regime and latest year's metrics; in compare mode one entry per
     * pane (A, then B).
     */
    state: (): { week: number; regime: string; metrics: unknown } | PaneState[] => {
      if (src.compare.active) return src.compare.state();
      const f = runner.frame;
      return { week: f?.tick ?? 0, regime: f?.regime ?? '', metrics: latestYear };
    },
    /** Starts compare mode (the Compare control's choices); resolves whether it started. */
    compare: (spec: Parameters<Compare['start']>[0]) => src.compare.start(spec),
    stopCompare: () => src.compare.stop(),
    /**
     * Shows the run at a week (rewind or jump ahead; play pauses there). Resolves once that week
     * is drawn, with the week reached (the run's last week if asked beyond it).
     */
    seek: async (week: number): Promise<number> => {
      if (!Number.isFinite(week)) throw new Error(`seek: week must be a number, got ${String(week)}`);
      const f = await runner.seek(week);
      if (!f) throw new Error('seek: no run is loaded');
      await drawn(view, f.tick);
      return f.tick;
    },
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

// Render benchmark: in headless Chromium, at each scale, with the simulation playing as fast
// as it goes, measures frames per second, main-thread time per frame (median, p95), long
// tasks and worker ticks per second. Software WebGL here is slower than a GPU, so the
// main-thread time (JavaScript work per frame) is the figure to compare against the 8 ms aim.
// Usage: npm run bench:render [-- --seconds 8 --no-build --scales local,region,england --render-main --no-panels]
import { quantile, roundTo } from '../src/engine/stats';
import { buildAndServe, launch, openApp } from '../test/e2e/harness';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const seconds = Number(opt('seconds', '8'));
const scales = opt('scales', 'local,region,england').split(',');
const scenario = opt('scenario', 'ccg-2013');
/** --no-panels: the network alone, without the side panels' DOM work. */
const extra =
  (args.includes('--no-panels') ? '&debug=no-panels' : '') + (args.includes('--render-main') ? '&render=main' : '');
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`--seconds must be a positive number, got ${opt('seconds', '')}`);
  process.exit(2);
}

interface Stats {
  frameMs: number[];
  updateMs: number[];
  renderMs: number[];
  frames: number;
  ticks: { t: number; tick: number }[];
}
type Q = {
  quasimarket: {
    stats(): Stats;
    drawStats(): Promise<Stats>;
    renderMode(): string;
    setSpeed(n: number): void;
    catalogue(): { nodes: unknown[] } | null;
    frame(): { edgeCount: number; finished: boolean } | null;
  };
};

const percentile = (xs: number[], p: number): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    p,
  );

const served = await buildAndServe(!args.includes('--no-build'));
const browser = await launch();
const rows: Record<string, string | number>[] = [];
try {
  for (const scale of scales) {
    // Long tasks are observed from the page's first script on.
    const { page: p } = await openApp(
      browser,
      served.url,
      `?scenario=${scenario}&scale=${scale}&seed=1&years=100${extra}`,
      () => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__long.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      },
    );
    const started = await p.evaluate(() => {
      (window as unknown as Q).quasimarket.setSpeed(0);
      return performance.now();
    });
    await p.waitForTimeout(2000); // warm-up at full speed
    const before = await p.evaluate(async () => ({
      s: (window as unknown as Q).quasimarket.stats(),
      d: await (window as unknown as Q).quasimarket.drawStats(),
      t: performance.now(),
    }));
    await p.evaluate(() => {
      (window as unknown as { __long: number[] }).__long = [];
    });
    // Small runs finish within seconds at full speed: start them again so it keeps playing.
    const until = Date.now() + seconds * 1000;
    let restarts = 0;
    while (Date.now() < until) {
      await p.waitForTimeout(200);
      if (await p.evaluate(() => (window as unknown as Q).quasimarket.frame()?.finished ?? false)) {
        restarts++;
        await p.click('[data-testid=reset]');
        await p.click('[data-testid=play]');
      }
    }
    const after = await p.evaluate(async () => ({
      s: (window as unknown as Q).quasimarket.stats(),
      d: await (window as unknown as Q).quasimarket.drawStats(),
      mode: (window as unknown as Q).quasimarket.renderMode(),
      t: performance.now(),
      long: (window as unknown as { __long: number[] }).__long,
      nodes: (window as unknown as Q).quasimarket.catalogue()?.nodes.length ?? 0,
      edges: (window as unknown as Q).quasimarket.frame()?.edgeCount ?? 0,
    }));
    // Main thread: its own work per animation frame. Drawing thread (the render worker, or the
    // main thread itself with render=main): frames drawn and time per frame.
    const frames = after.s.frames - before.s.frames;
    const ms = after.s.frameMs.slice(-frames);
    const drawn = after.d.frames - before.d.frames;
    const upd = after.d.updateMs.slice(-drawn),
      ren = after.d.renderMs.slice(-drawn);
    const secs = (after.t - before.t) / 1000;
    // Worker speed over the whole time at full speed (a small run may finish early).
    // (Positive steps only: a restart sets the clock back to 0.)
    const log = after.s.ticks.filter((x) => x.t >= started);
    let weeks = 0,
      busy = 0;
    for (let i = 1; i < log.length; i++) {
      const d = log[i].tick - log[i - 1].tick;
      if (d > 0) {
        weeks += d;
        busy += log[i].t - log[i - 1].t;
      }
    }
    const ticksPerSec = busy > 0 ? (weeks / busy) * 1000 : NaN;
    rows.push({
      scale,
      mode: after.mode,
      nodes: after.nodes,
      edges: after.edges,
      fps: roundTo(drawn / secs, 1),
      'main ms median': roundTo(percentile(ms, 0.5), 2),
      'main ms p95': roundTo(percentile(ms, 0.95), 2),
      'draw: update p95': roundTo(percentile(upd, 0.95), 2),
      'draw: render p95': roundTo(percentile(ren, 0.95), 2),
      'long tasks': after.long.length,
      'longest ms': after.long.length ? Math.round(Math.max(...after.long)) : 0,
      'worker ticks/s': roundTo(ticksPerSec, 1),
      restarts,
    });
    await p.screenshot({ path: `test-results/bench-${scale}.png` });
    await p.close();
  }
} finally {
  await browser.close();
  served.stop();
}
console.log(
  `\nRender benchmark (${scenario}${extra.includes('no-panels') ? ', network only' : ', with panels'}, ${seconds} s per scale at full speed, headless Chromium, software WebGL)`,
);
console.table(rows);
console.log(
  "main ms = main-thread work per animation frame (with mode \"main\" this includes easing, buffer writes and render submission); fps and draw times are the drawing thread's; long tasks are the main thread's, including the browser's own work.",
);

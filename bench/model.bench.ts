// Benchmark (not a test): wall and CPU time for 10 simulated years at each scale, and memory;
// then the history run (1991/92-2025/26, 35 years on the real timeline) at each scale, against
// the 10-year run (issue 8 asks England's 35 years to take no more than about 4x its 10).
// Each run goes through runToEnd (src/engine/run.ts) as `npm run sim` does: events streamed out
// each week, the log keeping a short window. The engine and model are bundled with esbuild
// first, as Vite bundles them for the browser, so module loader overheads do not count. Each scale runs in its own child process so memory is its own.
// Usage: npm run bench [-- --regime ccg-2013 --runs 3 --years 10]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { quantile } from '../src/engine/stats';

const { values } = parseArgs({
  options: {
    regime: { type: 'string', default: 'ccg-2013' },
    runs: { type: 'string', default: '3' },
    years: { type: 'string', default: '10' },
    scale: { type: 'string' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'qm-bench-'));
const bundle = join(dir, 'model.mjs');
await build({
  stdin: {
    contents: "export { runToEnd } from './src/engine/run.ts'; export { parseScenario } from './src/model/index.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: bundle,
  logLevel: 'error',
});

const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `
const { runToEnd, parseScenario } = await import(${JSON.stringify(bundle)});
const { readFileSync } = await import('node:fs');
const [regime, scale, runs, years, preset] = process.argv.slice(2);
const scenarioFor = (seed) => {
  if (!preset) return { regime, scale, seed, years: Number(years) };
  const p = parseScenario({ ...JSON.parse(readFileSync(preset, 'utf8')), scale, seed });
  if (!p.ok) throw new Error(p.errors.join('; '));
  return p.scenario;
};
const out = [];
for (let i = 0; i <= Number(runs); i++) {
  const u0 = process.cpuUsage(); const t0 = performance.now();
  let drained = 0;
  const { model: m } = runToEnd(scenarioFor(1 + i), { onEvents: (e) => { drained += e.length; } });
  const wall = performance.now() - t0; const cpu = process.cpuUsage(u0).user / 1000;
  if (i > 0) out.push({ wall, cpu, events: drained, contracts: m.world.contracts.filter(c => c.state !== 'ended').length,
    nodes: m.world.commissioners.filter(c => c.active).length + m.world.providers.filter(p => p.status === 'active').length + m.world.practices.filter(p => p.active).length });
}
const mem = process.memoryUsage();
console.log(JSON.stringify({ out, rss: mem.rss, heap: mem.heapUsed }));
`,
);

const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const scales = values.scale ? [values.scale] : ['local', 'region', 'england'];
const HEAD =
  'scale    | wall ms (median) | cpu ms (median) | organisations | live contracts | events | peak RSS MB | heap MB';
console.log(
  `Quasimarket model benchmark: ${values.regime}, ${values.years} years, median of ${values.runs} runs after one warm-up (node ${process.version}, load ${(await import('node:os')).loadavg()[0].toFixed(2)})`,
);
console.log(HEAD);
const tenYears = new Map<string, number>();
for (const scale of scales) tenYears.set(scale, row(scale));
const HISTORY = 'public/scenarios/history-1991-2025.json';
console.log(`\nThe history run: history-1991-2025, 35 years (1991/92-2025/26), median of ${values.runs} runs`);
console.log(`${HEAD} | × the ${values.years}-year run`);
for (const scale of scales) row(scale, HISTORY, (w) => ` | ${(w / tenYears.get(scale)!).toFixed(2).padStart(6)}`);

/** Runs one scale in its own process, prints its row, returns its median wall time. */
function row(scale: string, preset?: string, tail: (wall: number) => string = () => ''): number {
  const r = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', child, values.regime!, scale, values.runs!, values.years!, ...(preset ? [preset] : [])],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    ),
  );
  const o = r.out;
  const wall = median(o.map((x: { wall: number }) => x.wall));
  console.log(
    `${scale.padEnd(8)} | ${median(o.map((x: { wall: number }) => x.wall))
      .toFixed(0)
      .padStart(16)} | ${median(o.map((x: { cpu: number }) => x.cpu))
      .toFixed(0)
      .padStart(
        15,
      )} | ${String(o[0].nodes).padStart(13)} | ${String(o[0].contracts).padStart(14)} | ${String(o[0].events).padStart(6)} | ${(r.rss / 1e6).toFixed(0).padStart(11)} | ${(r.heap / 1e6).toFixed(0).padStart(7)}${tail(wall)}`,
  );
  return wall;
}

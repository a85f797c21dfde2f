// Benchmark (not a test): wall and CPU time for 10 simulated years at each scale, and memory.
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
  entryPoints: ['src/engine/run.ts'],
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
const { runToEnd } = await import(${JSON.stringify(bundle)});
const [regime, scale, runs, years] = process.argv.slice(2);
const out = [];
for (let i = 0; i <= Number(runs); i++) {
  const u0 = process.cpuUsage(); const t0 = performance.now();
  let drained = 0;
  const { model: m } = runToEnd({ regime, scale, seed: 1 + i, years: Number(years) }, { onEvents: (e) => { drained += e.length; } });
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
console.log(
  `Quasimarket model benchmark: ${values.regime}, ${values.years} years, median of ${values.runs} runs after one warm-up (node ${process.version}, load ${(await import('node:os')).loadavg()[0].toFixed(2)})`,
);
console.log(
  'scale    | wall ms (median) | cpu ms (median) | organisations | live contracts | events | peak RSS MB | heap MB',
);
for (const scale of scales) {
  const r = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', child, values.regime!, scale, values.runs!, values.years!], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
  const o = r.out;
  console.log(
    `${scale.padEnd(8)} | ${median(o.map((x: { wall: number }) => x.wall))
      .toFixed(0)
      .padStart(16)} | ${median(o.map((x: { cpu: number }) => x.cpu))
      .toFixed(0)
      .padStart(
        15,
      )} | ${String(o[0].nodes).padStart(13)} | ${String(o[0].contracts).padStart(14)} | ${String(o[0].events).padStart(6)} | ${(r.rss / 1e6).toFixed(0).padStart(11)} | ${(r.heap / 1e6).toFixed(0).padStart(7)}`,
  );
}

// Benchmark (not a test): rewind. Plays a run to its end as the app does (checkpoints at year
// starts within the memory budget), then seeks to weeks spread over the run and reports the
// time of each seek, the checkpoints kept and their memory. The engine is bundled with esbuild
// as Vite bundles it. Usage: npm run bench:seek [-- --scale england --seeks 12]
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Session as SessionType } from '../src/engine/session';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'england' },
    seeks: { type: 'string', default: '12' },
    scenario: { type: 'string', default: 'history-1991-2025' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'qm-bench-seek-'));
const bundle = join(dir, 'session.mjs');
await build({
  entryPoints: ['src/engine/session.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: bundle,
  logLevel: 'error',
});
const { Session } = (await import(bundle)) as { Session: typeof SessionType };
const { readFileSync } = await import('node:fs');
const preset = JSON.parse(readFileSync(`public/scenarios/${values.scenario}.json`, 'utf8'));
const scenario = { ...preset, scale: values.scale };

const s = new Session(() => performance.now());
s.load(scenario);
const t0 = performance.now();
while (!s.step(52).finished);
const playMs = performance.now() - t0;
const weeks = scenario.years * 52;
const n = Number(values.seeks);
// Spread over the run, each just before a year's end (the most weeks from a checkpoint), in an
// order that goes back and forth.
const targets = Array.from({ length: n }, (_, i) => Math.round(((i * 7) % n) * (weeks / n) + 51) % weeks);
const times: number[] = [];
for (const week of targets) {
  const t = performance.now();
  const f = s.seek(week);
  times.push(performance.now() - t);
  if (f.tick !== week) throw new Error(`seek to ${week} landed on ${f.tick}`);
}
const sorted = [...times].sort((a, b) => a - b);
const cps = s.checkpointWeeks();
console.log(`seek · ${values.scenario} at ${values.scale}, ${scenario.years} years`);
console.log(`  play to the end        ${(playMs / 1000).toFixed(1)} s`);
console.log(`  checkpoints            ${cps.length} (every ${cps.length > 1 ? (cps[1] - cps[0]) / 52 : '-'} years)`);
console.log(`  seek, ${n} weeks         median ${sorted[n >> 1].toFixed(0)} ms, max ${sorted[n - 1].toFixed(0)} ms`);
console.log(`  heap after             ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

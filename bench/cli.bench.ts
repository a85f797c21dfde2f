// Benchmark (not a test) of the command line as a researcher starts it: start-up time from
// source through tsx (as `npm run sim` started before the bundle) against the bundle
// (src/cli/sim.mjs), a cold England run with and without its events built, and the CPU of a
// batch on 2 worker threads against 1. Each measurement is a fresh process; CPU is the
// process's own (worker threads included), reported by a small wrapper around the bundle.
// Usage: npm run bench:cli [-- --repeat 5 --england-years 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { quantile } from '../src/engine/stats';

const { values } = parseArgs({
  options: { repeat: { type: 'string', default: '5' }, 'england-years': { type: 'string', default: '3' } },
});
const repeat = Number(values.repeat);
const years = values['england-years']!;
const root = join(import.meta.dirname, '..');
const node = process.execPath;
const median = (xs: number[]): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const f = (x: number, d = 2): string => x.toFixed(d);

// The bundle is built (or found fresh) once, so no measurement includes building it.
const built = execFileSync(
  node,
  ['-e', `import('./src/cli/bundle.mjs').then(async (b) => console.log(b.freshBuild() ?? (await b.build())))`],
  {
    cwd: root,
    encoding: 'utf8',
  },
).trim();
const dir = mkdtempSync(join(tmpdir(), 'qm-cli-bench-'));
const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `const { main } = await import(${JSON.stringify(pathToFileURL(join(built, 'main.mjs')).href)});
const t0 = performance.now();
const io = { out() {}, err: (t) => process.stderr.write(t), errIsTTY: false, cwd: process.cwd() };
const code = await main(process.argv.slice(2), io);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ code, wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }) + '\\n');
process.exit(0);
`,
);

function wall(cmd: string[], n = repeat * 2): number {
  const times: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed`);
    if (i > 0) times.push((performance.now() - t0) / 1000); // the first warms the file cache
  }
  return median(times);
}

function measure(args: string[], n = repeat): { wall: number; cpu: number } {
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < n; i++) {
    const out = execFileSync(node, [child, ...args, '--quiet'], { cwd: root, encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { code: number; wall: number; cpu: number };
    if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}`);
    runs.push(r);
  }
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

console.log(`Command line (${repeat} runs each, medians; this machine: ${availableParallelism()} cores)`);
const tsx = wall([node, '--import', 'tsx', 'src/cli/main.ts', 'presets']);
const bundle = wall([node, 'src/cli/sim.mjs', 'presets']);
const npm = wall(['npm', 'run', '-s', 'sim', '--', 'presets']);
console.log(`start-up (presets): tsx from source ${f(tsx)} s, bundle ${f(bundle)} s, npm run -s sim ${f(npm)} s`);

const england = ['run', '--scenario', 'ccg-2013', '--scale', 'england', '--years', years, '--out', '/dev/null'];
const lazy = measure(england, Math.max(1, Math.ceil(repeat / 2)));
const all = measure([...england, '--events', '/dev/null'], Math.max(1, Math.ceil(repeat / 2)));
console.log(
  `cold England run, ccg-2013, ${years} years: ${f(lazy.cpu)} s CPU without events (none built), ${f(all.cpu)} s with --events (all built and written): ${f((1 - lazy.cpu / all.cpu) * 100, 0)}% less`,
);

for (const [label, batch] of [
  [
    'local, 32 runs × 20 years',
    ['ensemble', '--scenario', 'ccg-2013', '--runs', '32', '--years', '20', '--out', '/dev/null'],
  ],
  // The first is below the size from which the default is 2 workers, the second above it.
  [
    'local, 256 runs × 20 years',
    ['ensemble', '--scenario', 'ccg-2013', '--runs', '256', '--years', '20', '--out', '/dev/null'],
  ],
] as const) {
  const one = measure([...batch, '--workers', '1'], Math.max(1, Math.ceil(repeat / 2)));
  const two = measure([...batch, '--workers', '2'], Math.max(1, Math.ceil(repeat / 2)));
  console.log(
    `batch ${label}: 1 worker ${f(one.cpu)} s CPU ${f(one.wall)} s wall; 2 workers ${f(two.cpu)} s CPU ${f(two.wall)} s wall: CPU ×${f(two.cpu / one.cpu)}`,
  );
}

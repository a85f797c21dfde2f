// Developer aid: a Chrome trace of the app playing at full speed; prints what the main
// thread's long tasks (> 50 ms) spend their time on. Usage: npx tsx scripts/e2e-trace.ts [query]
import { readFileSync } from 'node:fs';
import { buildAndServe, launch, openApp } from '../test/e2e/harness';
const query = process.argv[2] ?? '?scenario=ccg-2013&scale=england&seed=1&years=100';
const served = await buildAndServe(false);
const browser = await launch();
const { page } = await openApp(browser, served.url, query);
await page.evaluate(() =>
  (window as unknown as { quasimarket: { setSpeed(n: number): void } }).quasimarket.setSpeed(0),
);
await page.waitForTimeout(1500);
await browser.startTracing(page, {
  path: 'test-results/trace.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'gpu', 'cc', 'blink'],
});
await page.waitForTimeout(3000);
await browser.stopTracing();
await browser.close();
served.stop();
type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };
const evs = (JSON.parse(readFileSync('test-results/trace.json', 'utf8')) as { traceEvents: Ev[] }).traceEvents;
const main = evs.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const on = evs.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
const long = on.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
console.log('long tasks', long.length, long.map((e) => Math.round(e.dur! / 1000)).join(' '));
const inside = new Map<string, number>();
for (const t of long)
  for (const e of on)
    if (e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
console.log(
  [...inside]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${k}`)
    .join('\n'),
);

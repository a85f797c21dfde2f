// Developer aid: CPU profile of the app's main thread while it plays at full speed.
// Usage: npx tsx scripts/e2e-profile.ts [query] (after a build into test-results/e2e-dist)
import { buildAndServe, launch, openApp } from '../test/e2e/harness';

const query = process.argv[2] ?? '?scenario=ccg-2013&scale=england&seed=1&years=100';
const served = await buildAndServe(false);
const browser = await launch();
const { page } = await openApp(browser, served.url, query);
await page.evaluate(() =>
  (window as unknown as { quasimarket: { setSpeed(n: number): void } }).quasimarket.setSpeed(0),
);
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
await page.waitForTimeout(4000);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const idToNode = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const n = idToNode.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n'),
);
await browser.close();
served.stop();

import { buildAndServe, launch, openApp } from '../test/e2e/harness';
const served = await buildAndServe(false);
const browser = await launch();
const { page, errors } = await openApp(browser, served.url, '?scenario=icb-2022&scale=local&seed=6');
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.evaluate(() => (window as any).quasimarket.debugCrashWorker());
await page.waitForTimeout(1000);
console.log('crash visible', await page.locator('[data-testid=worker-error]').count());
await page.click('[data-testid=restart]');
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(700);
  console.log(await page.getAttribute('[data-testid=clock]', 'data-week'), await page.evaluate(() => (window as any).quasimarket.playing()), await page.locator('[data-testid=worker-error]').count());
}
console.log(errors);
await page.screenshot({ path: 'test-results/debug.png' });
await browser.close(); served.stop();

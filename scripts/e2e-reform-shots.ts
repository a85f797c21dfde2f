// Developer aid: screenshots of a reform as it happens (before, mid-animation, settled).
// Usage: npx tsx scripts/e2e-reform-shots.ts [scale] (after a build into test-results/e2e-dist)
import { buildAndServe, launch, openApp } from '../test/e2e/harness';
const scale = process.argv[2] ?? 'region';
const served = await buildAndServe(false);
const browser = await launch();
const { page } = await openApp(browser, served.url, `?scenario=ccg-2013&scale=${scale}&seed=5`);
await page.click('[data-testid=pause]');
await page.waitForTimeout(800);
await page.screenshot({ path: `test-results/reform-0-${scale}.png` });
await page.selectOption('[data-testid=reform]', 'icb-2022');
await page.waitForTimeout(250);
await page.screenshot({ path: `test-results/reform-1-${scale}.png` });
await page.waitForTimeout(1500);
await page.screenshot({ path: `test-results/reform-2-${scale}.png` });
await browser.close();
served.stop();

#!/usr/bin/env node
// Developer aid: opens a URL of the app in headless Chromium, waits, saves a screenshot and
// prints the page's console (Playwright gives each launch a fresh temporary profile). Usage: node scripts/e2e-shot.mjs URL [out.png] [waitMs]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [url, out = 'test-results/shot.png', wait = '4000'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/e2e-shot.mjs URL [out.png] [waitMs]');
  process.exit(2);
}
mkdirSync('test-results', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
console.log(
  'saved',
  out,
  await page.evaluate(() =>
    JSON.stringify({
      week: document.querySelector('[data-testid=clock]')?.getAttribute('data-week'),
      nodes: window.quasimarket?.nodes().length,
    }),
  ),
);
await browser.close();

// "Why?" in the browser: a decision says what it compared, and its causes walk back to the root.
import { describe, expect, it } from 'vitest';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';

const app = appUnderTest();

describe('why', () => {
  it('a mediation says what the offers were and walks back to the negotiation', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=3&years=4');
    await page.evaluate(`window.quasimarket.setSpeed(13)`);
    const item = page.locator('[data-testid=event-feed] li[data-type="mediation.opened"]').first();
    await item.waitFor({ timeout: 120_000 });
    await page.click('[data-testid=pause]');
    await expect
      .poll(() => item.locator('.qm-why-line').textContent())
      .toMatch(/At the deadline the commissioner offered £[\d.]+[mk]? and the provider asked/);
    await item.locator('[data-testid=why]').click();
    const chain = item.locator('[data-testid=why-chain] li');
    await expect.poll(() => chain.count()).toBeGreaterThanOrEqual(2);
    const text = (await chain.allTextContents()).join('\n');
    expect(text).toMatch(/missed the signing deadline/);
    expect(text).toMatch(/opened negotiations/);
    await page.screenshot({ path: `${OUT_DIR}/why.png` });
    expect(errors).toEqual([]);
  });
});

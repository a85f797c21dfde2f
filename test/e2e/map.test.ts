// England as a map in real Chromium: the outline and borders drawn under the network, each
// footprint's organisations inside it on the page, the search flying to a footprint, an
// address anchored on one, the region filter, and the attribution. Screenshots go to test-results/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';
import { pointInShape } from '../../src/engine/geo/polygon';
import { englandMap } from '../../src/engine/geo/england';
import { WORLD_PER_KM } from '../../src/engine/area-placement';
import type { MultiPolygon } from '../../src/engine/geo/types';

const app = appUnderTest();

interface Area {
  code: string | null;
  name: string;
  region: string | null;
  x: number;
  y: number;
}
interface Node {
  id: string;
  type: string;
  x: number;
  y: number;
  area: string | null;
  region: string | null;
}
type Handle = { quasimarket: { areas(): Area[]; nodes(): Node[]; scenario(): { scale: string; area?: string } } };

const areas = (page: Page): Promise<Area[]> => page.evaluate(() => (window as unknown as Handle).quasimarket.areas());
const nodes = (page: Page): Promise<Node[]> => page.evaluate(() => (window as unknown as Handle).quasimarket.nodes());
const stageBox = async (page: Page) => (await page.locator('[data-testid=network]').boundingBox())!;
const errorsShown = (page: Page): Promise<string[]> => page.locator('[data-testid=toast-error]').allTextContents();

/** Pixels within `tol` (sum of channel differences) of a colour. */
function pixelsNear(png: Buffer, rgb: [number, number, number], tol: number): number {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4)
    if (Math.abs(img.data[i] - rgb[0]) + Math.abs(img.data[i + 1] - rgb[1]) + Math.abs(img.data[i + 2] - rgb[2]) <= tol)
      n++;
  return n;
}

/**
 * Page ↔ world for the view now, from two areas' label points (the page gives their centres,
 * the map their places in km): page = world × scale + offset.
 */
function viewFrom(list: Area[]): { scale: number; ox: number; oy: number } {
  const map = englandMap();
  const at = (code: string) => map.footprints.find((f) => f.code === code)!.label.map((v) => v * WORLD_PER_KM);
  const [a, b] = [list[0], list[list.length - 1]];
  const [wa, wb] = [at(a.code!), at(b.code!)];
  const scale = Math.hypot(b.x - a.x, b.y - a.y) / Math.hypot(wb[0] - wa[0], wb[1] - wa[1]);
  return { scale, ox: a.x - wa[0] * scale, oy: a.y - wa[1] * scale };
}

const LAND: [number, number, number] = [0x20, 0x26, 0x2e];

describe('England as a map', () => {
  it('draws England’s outline and borders under the network, and only for real footprints', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=england&seed=4');
    await page.click('[data-testid=pause]');
    await page.evaluate(() => document.querySelector<HTMLElement>('.legend')!.style.setProperty('display', 'none'));
    await page.waitForTimeout(800);
    const shot = await page
      .locator('[data-testid=network] canvas')
      .screenshot({ path: `${OUT_DIR}/e2e-map-england.png` });
    const img = PNG.sync.read(shot);
    // England's land (where the network leaves it bare) is a tenth or more of the canvas; its region borders show as lines.
    expect(pixelsNear(shot, LAND, 6) / (img.width * img.height)).toBeGreaterThan(0.1);
    expect(pixelsNear(shot, [0x66, 0x71, 0x7e], 20)).toBeGreaterThan(400);
    await expect.poll(() => page.locator('[data-testid=map-credit]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();

    // Fictional areas: no land, no credit line.
    const plain = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=4');
    await plain.page.click('[data-testid=pause]');
    await plain.page.waitForTimeout(500);
    const none = await plain.page.locator('[data-testid=network] canvas').screenshot();
    const im = PNG.sync.read(none);
    expect(pixelsNear(none, LAND, 6) / (im.width * im.height)).toBeLessThan(0.01);
    expect(await plain.page.locator('[data-testid=map-credit]').isVisible()).toBe(false);
    await plain.page.close();
  });

  it('lays each footprint’s organisations inside it on the page, and names their footprint', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=england&seed=2');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(800);
    const list = await areas(page);
    expect(list.map((a) => a.code)).toEqual(englandMap().footprints.map((f) => f.code));
    expect(new Set(list.map((a) => a.region)).size).toBe(7);
    const v = viewFrom(list);
    const shapes = new Map<string, MultiPolygon>(
      englandMap().footprints.map((f) => [
        f.code,
        f.shape.map((poly) =>
          poly.map((ring) => ring.map((c, i) => c * WORLD_PER_KM * v.scale + (i % 2 ? v.oy : v.ox))),
        ),
      ]),
    );
    const all = await nodes(page);
    expect(all.length).toBeGreaterThan(300);
    // Inside, or within a pixel of the border (the view is read back from rounded positions).
    const near = (n: Node): boolean =>
      [0, -1, 1].some((dx) => [0, -1, 1].some((dy) => pointInShape(shapes.get(n.area!)!, n.x + dx, n.y + dy)));
    const strays = all.filter((n) => n.area === null || !near(n)).map((n) => `${n.area} ${n.type} ${n.id}`);
    expect(strays).toEqual([]);
    expect(all.every((n) => n.region === list.find((a) => a.code === n.area)!.region)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search finds Cheshire and Merseyside and flies there', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=england&seed=4');
    await page.click('[data-testid=pause]');
    const before = await areas(page);
    const span = (l: Area[]) => {
      const [a, b] = [l.find((x) => x.code === 'QYG')!, l.find((x) => x.code === 'QKS')!];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    await page.fill('[data-testid=search]', 'Cheshire and Merseyside');
    const hit = page.locator('[data-testid=search-area]', { hasText: 'Cheshire and Merseyside' });
    await expect.poll(() => hit.isVisible()).toBe(true);
    expect(await hit.textContent()).toContain('QYG');
    await hit.click();
    await page.waitForTimeout(1400); // the flight
    await page.screenshot({ path: `${OUT_DIR}/e2e-map-search.png` });
    const after = await areas(page);
    const box = await stageBox(page);
    expect(span(after)).toBeGreaterThan(3 * span(before));
    // Its footprint fills the view: its box, on the page, is inside the network's and spans most of it.
    const v = viewFrom(after);
    const b = englandMap()
      .footprints.find((f) => f.code === 'QYG')!
      .bbox.map((c, i) => c * WORLD_PER_KM * v.scale + (i % 2 ? v.oy : v.ox));
    expect(b[0]).toBeGreaterThanOrEqual(box.x - 1);
    expect(b[1]).toBeGreaterThanOrEqual(box.y - 1);
    expect(b[2]).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(b[3]).toBeLessThanOrEqual(box.y + box.height + 1);
    expect(Math.max((b[2] - b[0]) / box.width, (b[3] - b[1]) / box.height)).toBeGreaterThan(0.6);
    // A code finds it too.
    await page.fill('[data-testid=search]', 'qyg');
    await expect.poll(() => page.locator('[data-testid=search-area]').first().textContent()).toContain('Cheshire');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?scale=region&area=QYG opens Cheshire and Merseyside’s region centred on it', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=region&area=QYG&seed=1');
    await page.click('[data-testid=pause]');
    expect(await page.evaluate(() => (window as unknown as Handle).quasimarket.scenario())).toMatchObject({
      scale: 'region',
      area: 'QYG',
    });
    await expect.poll(() => page.url()).toContain('area=QYG');
    const list = await areas(page);
    expect(list.map((a) => `${a.code} ${a.region}`)).toEqual(['QE1 North West', 'QOP North West', 'QYG North West']);
    const box = await stageBox(page);
    const qyg = list.find((a) => a.code === 'QYG')!;
    // Fitted symmetric about QYG's label point: in the middle of the network, or of the part
    // the open legend leaves clear when the region fits there at little cost (the margins
    // differ a little top and bottom).
    const legend = (await page.locator('[data-testid=legend]').boundingBox())!;
    const clear = (legend.x + legend.width + box.x + box.width) / 2;
    expect(Math.min(Math.abs(qyg.x - (box.x + box.width / 2)), Math.abs(qyg.x - clear))).toBeLessThan(24);
    expect(Math.abs(qyg.y - (box.y + box.height / 2))).toBeLessThan(24);
    for (const a of list) {
      expect(a.x).toBeGreaterThan(box.x);
      expect(a.x).toBeLessThan(box.x + box.width);
      expect(a.y).toBeGreaterThan(box.y);
      expect(a.y).toBeLessThan(box.y + box.height);
    }
    await page.screenshot({ path: `${OUT_DIR}/e2e-map-region-qyg.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a bad area in the address and shows the scale without it', async () => {
    const { page } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=region&area=XYZ&seed=1');
    await expect
      .poll(() => errorsShown(page))
      .toEqual([
        expect.stringMatching(
          /^Unknown area "XYZ" in the address; expected an ICB or NHS region ODS code, such as QYG/,
        ),
      ]);
    expect(await page.evaluate(() => (window as unknown as Handle).quasimarket.scenario())).toMatchObject({
      scale: 'region',
    });
    expect((await areas(page)).every((a) => a.code === null)).toBe(true);
    await page.close();

    // An area the scale cannot take: said, and the rest of the address still counts.
    const eng = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=england&area=QYG&seed=6');
    await expect
      .poll(() => errorsShown(eng.page))
      .toEqual([expect.stringContaining('area: the england scale has every footprint')]);
    expect(await eng.page.evaluate(() => (window as unknown as Handle).quasimarket.scenario())).toMatchObject({
      scale: 'england',
      seed: 6,
    });
    await eng.page.close();
  });

  it('Show filters by region, and About carries the attribution', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=england&seed=3');
    await page.click('[data-testid=pause]');
    await page.getByRole('tab', { name: 'Show' }).click();
    await page.selectOption('[data-testid=region-filter]', { label: 'London' });
    await expect
      .poll(async () => [...new Set((await nodes(page)).map((n) => n.area))].sort())
      .toEqual(['QKK', 'QMF', 'QMJ', 'QRV', 'QWE']);
    expect(await page.locator('input[data-region=Y56]').isChecked()).toBe(true);
    expect(await page.locator('input[data-region=Y62]').isChecked()).toBe(false);
    await page.locator('input[data-region=Y62]').check();
    await expect
      .poll(async () => new Set((await nodes(page)).map((n) => n.region)))
      .toEqual(new Set(['London', 'North West']));

    // The organisation table names each organisation's footprint (with its code) and region.
    await page.getByRole('tab', { name: 'Table' }).click();
    const regionHead = page.locator('[data-testid=table] th[data-key=region]');
    await expect.poll(() => regionHead.isVisible()).toBe(true);
    await expect
      .poll(async () => new Set(await page.locator('[data-testid=table] tbody td[data-key=region]').allTextContents()))
      .toContain('London');
    const areaCell = (await page.locator('[data-testid=table] tbody td[data-key=area]').first().textContent())!;
    expect(areaCell).toMatch(/\([A-Z0-9]{3}\)$/);
    await page.getByRole('tab', { name: 'Events' }).click();

    await page.click('[data-testid=about-open]');
    const about = page.locator('[data-testid=about]');
    await expect.poll(() => about.isVisible()).toBe(true);
    const text = await about.textContent();
    expect(text).toContain(
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right',
    );
    expect(text).toContain('is fictional');
    expect(text).toContain('no real trust or CCG is ever shown failing');
    await page.click('[data-testid=about-close]');
    await expect.poll(() => about.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Room mode in the browser: the room server (started here, serving the built app) relays a
// facilitator's run to two players in their own browser contexts, each holding an organisation.
// A round runs: cards reach the players and their answers come back; a second claim on a held
// seat and a stale answer are refused with messages; players leave mid-decision and the card's
// time limit takes the suggestion; the played run then replays to the same run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildApp, launch, openApp, OUT_DIR } from './harness';
import { lastYear, qm } from './play-role';
import { startRoomServer, type RoomServer } from '../../src/room/server';

let browser: Browser;
let room: RoomServer;
let base: string;

beforeAll(async () => {
  if (!process.env.E2E_NO_BUILD) buildApp();
  room = await startRoomServer({ dist: 'test-results/e2e-dist', host: '127.0.0.1', port: 0, room: 'TEST' });
  base = `http://127.0.0.1:${room.port}/`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await room?.close();
});

type Player = { seat(): string | null; card(): string | null; sendAnswer(key: string, value: number | string): void };
const player = <T>(page: Page, f: (p: Player) => T): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.quasimarketPlayer)`) as Promise<T>;

/** Joins the room in a browser context of its own. */
async function join(query: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 900, height: 800 } })).newPage();
  await page.goto(`${base}?room=TEST${query}`);
  await page.waitForFunction(() => 'quasimarketPlayer' in window);
  return page;
}

/**
 * Both players take the suggestion on each card as it comes, until each has answered at least
 * `n` (one player's unanswered card would hold the room). Returns the keys each answered.
 */
async function answerCards(pages: Page[], n: number[]): Promise<string[][]> {
  const keys = pages.map(() => [] as string[]);
  for (let guard = 0; guard < 2000 && keys.some((k, i) => k.length < n[i]); guard++) {
    for (const [i, page] of pages.entries()) {
      const key = await page.evaluate(() => {
        const card = document.querySelector<HTMLElement>('[data-testid=decision-card]')!;
        const k = card.dataset.key;
        if (card.hidden || !k || card.hasAttribute('aria-busy') || card.dataset.clicked === k) return null;
        card.dataset.clicked = k;
        card.querySelector<HTMLButtonElement>('[data-testid=decision-accept-suggestion]')!.click();
        return k;
      });
      if (key) keys[i].push(key);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return keys;
}

describe('room mode', () => {
  it('two players hold organisations in one room and a round runs', async () => {
    const host = await openApp(browser, base, '?room=TEST&host=1&scenario=ccg-2013&scale=local&seed=7&years=2');
    await host.page.click('[data-testid=pause]');
    // A short card limit keeps the test quick once players leave mid-decision.
    await host.page.click('[data-tab=play]');
    await host.page.selectOption('[data-testid=card-time-limit]', '15');
    const nodes = await qm(
      host.page,
      (q) => (q as never as { catalogue(): { nodes: { id: string; kind: string }[] } }).catalogue().nodes,
    );
    const commissioner = nodes.find((n) => n.kind === 'commissioner')!.id;
    const trust = nodes.find((n) => n.kind === 'acute')!.id;

    const a = await join(`&seat=${commissioner}`);
    await expect.poll(() => a.locator('[data-testid=room-seat]').textContent()).toContain('You hold');
    // The second player chooses from the list.
    const b = await join('');
    await b.fill('[data-testid=room-name]', 'Bea');
    await b.selectOption('[data-testid=room-organisation]', trust);
    await b.click('[data-testid=room-join]');
    await expect.poll(() => b.locator('[data-testid=room-seat]').textContent()).toContain('You hold');
    // A third asks for a held seat: refused, with a message.
    const c = await join(`&seat=${commissioner}`);
    await expect.poll(() => c.locator('[data-testid=room-message]').textContent()).toContain('already held');
    expect(await player(c, (p) => p.seat())).toBeNull();
    await expect.poll(() => host.page.getAttribute('[data-testid=room-badge]', 'data-players')).toBe('2');
    await expect.poll(() => host.page.locator('[data-testid=seats-held] li[data-code]').count()).toBe(2);

    // A round: the host plays; each player's cards reach them and their answers come back.
    await qm(host.page, (q) => q.setSpeed(0));
    await host.page.click('[data-testid=play]');
    const [keysA, keysB] = await answerCards([a, b], [4, 2]);
    expect(keysA.length).toBeGreaterThanOrEqual(4);
    expect(keysB.length).toBeGreaterThanOrEqual(2);
    expect(keysA.every((k) => k.split('/')[1].startsWith('negotiation.') || k.includes('tender'))).toBe(true);
    await a.screenshot({ path: `${OUT_DIR}/e2e-room-player.png` });
    await host.page.screenshot({ path: `${OUT_DIR}/e2e-room-host.png` });
    // A stale answer (a card already decided) is refused with a message to that player only.
    await player(a, (p) => p.sendAnswer('1/negotiation.offer/ct0', 1));
    await expect
      .poll(
        async () =>
          (await a.locator('[data-testid=room-message]').textContent()) +
          ((await a.locator('.qm-card-status').textContent()) ?? ''),
      )
      .toContain('no longer waiting');
    // Both leave (one perhaps mid-decision): the time limit takes the model's suggestion, the
    // seats go back to the model and the run reaches its end.
    await Promise.all([a.context().close(), b.context().close(), c.context().close()]);
    await host.page.waitForFunction(
      () => (window as never as { quasimarket: { frame(): { finished: boolean } } }).quasimarket.frame()?.finished,
      null,
      { timeout: 120_000 },
    );
    const journal = await qm(host.page, (q) => q.journal() as { kind: string; code?: string; held?: boolean }[]);
    expect(
      journal
        .filter((j) => j.kind === 'seat')
        .map((j) => [j.code, j.held])
        .sort(),
    ).toEqual(
      [
        [commissioner, true],
        [commissioner, false],
        [trust, true],
        [trust, false],
      ].sort(),
    );
    // The played run (answers, seats) replays to the same run.
    const played = JSON.stringify(await lastYear(host.page));
    // The debrief opens at the end of a run in which seats were held.
    await expect.poll(() => host.page.locator('[data-testid=debrief]').isVisible()).toBe(true);
    await host.page.screenshot({ path: `${OUT_DIR}/e2e-room-debrief.png` });
    await host.page.keyboard.press('Escape');
    const [saved] = await Promise.all([
      host.page.waitForEvent('download'),
      host.page.click('[data-testid=save-played]'),
    ]);
    const again = await openApp(browser, base, '?scenario=ccg-2013&scale=local&seed=7&years=2');
    await again.page.click('[data-testid=pause]');
    await again.page.click('[data-tab=play]');
    await again.page.setInputFiles('[data-testid=replay-file]', (await saved.path())!);
    await expect.poll(() => qm(again.page, (q) => q.frame()?.tick)).toBe(0);
    await qm(again.page, (q) => q.setSpeed(0));
    await again.page.click('[data-testid=play]');
    await again.page.waitForFunction(
      () => (window as never as { quasimarket: { frame(): { finished: boolean } } }).quasimarket.frame()?.finished,
      null,
      { timeout: 120_000 },
    );
    expect(await qm(again.page, (q) => q.decision())).toBeNull();
    expect(JSON.stringify(await lastYear(again.page))).toBe(played);
    expect(host.errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});

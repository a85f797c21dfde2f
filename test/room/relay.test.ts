// The room server: static files with the app's security headers, and the relay's rules (a held
// seat refused, answers stamped with the player's seat, the host told when a player leaves).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startRoomServer, type RoomServer } from '../../src/room/server';

let server: RoomServer;
let base: string;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'qm-room-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Quasimarket</title>');
  server = await startRoomServer({ dist, host: '127.0.0.1', port: 0, room: 'ABCD' });
  base = `127.0.0.1:${server.port}`;
});
afterAll(() => server?.close());

/** A client that keeps every message it receives. */
async function client(
  query: string,
): Promise<{ ws: WebSocket; got: Record<string, unknown>[]; next(type: string): Promise<Record<string, unknown>> }> {
  const ws = new WebSocket(`ws://${base}/room?${query}`);
  const got: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (d) => {
    got.push(JSON.parse(String(d)));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise((ok) => ws.once('open', ok));
  const next = async (type: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const i = got.findIndex((m) => m.type === type);
      if (i >= 0) return got.splice(i, 1)[0];
      await new Promise<void>((ok) => waiters.push(ok));
    }
  };
  return { ws, got, next };
}

describe('room server', () => {
  it('serves the app with the app’s security headers, and nothing outside it', async () => {
    const r = await fetch(`http://${base}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect((await fetch(`http://${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`http://${base}/missing.js`)).status).toBe(404);
  });

  it('relays seats, cards and answers; refuses a held seat and a second facilitator', async () => {
    const host = await client('room=ABCD&role=host');
    expect(await host.next('hello')).toEqual({ type: 'hello', room: 'ABCD' });
    host.ws.send(
      JSON.stringify({
        type: 'organisations',
        list: [
          { code: 'C1', name: 'Northfield CCG', kind: 'commissioner' },
          { code: 'P1', name: 'Riverside', kind: 'acute' },
        ],
      }),
    );
    const other = await client('room=ABCD&role=host');
    expect((await other.next('refused')).text).toMatch(/already has a facilitator/);

    const a = await client('room=ABCD&role=player');
    expect((await a.next('organisations')).list).toHaveLength(2);
    a.ws.send(JSON.stringify({ type: 'claim', seat: 'C1', name: 'Sam' }));
    expect(await a.next('claimed')).toEqual({ type: 'claimed', seat: 'C1' });
    expect(await host.next('joined')).toEqual({ type: 'joined', seat: 'C1', name: 'Sam' });

    const b = await client('room=ABCD&role=player');
    b.ws.send(JSON.stringify({ type: 'claim', seat: 'C1', name: 'Bea' }));
    expect((await b.next('refused')).text).toBe('C1 is already held by Sam. Choose another organisation.');
    b.ws.send(JSON.stringify({ type: 'claim', seat: 'X9', name: 'Bea' }));
    expect((await b.next('refused')).text).toBe('No organisation in this run has the code X9.');
    b.ws.send(JSON.stringify({ type: 'answer', key: '1/negotiation.offer/ct0', value: 1 }));
    expect((await b.next('notice')).text).toBe('Take a seat before answering.');

    // A card for C1 reaches Sam only; Sam's answer reaches the host stamped with C1.
    host.ws.send(
      JSON.stringify({
        type: 'send',
        to: 'C1',
        message: { type: 'card', card: { key: 'k' }, deadline: null, startYear: 2013, names: {} },
      }),
    );
    expect((await a.next('card')).card).toEqual({ key: 'k' });
    a.ws.send(JSON.stringify({ type: 'answer', key: 'k', value: 5, seat: 'P1' }));
    expect(await host.next('answer')).toEqual({ type: 'answer', seat: 'C1', key: 'k', value: 5 });
    expect(b.got.some((m) => m.type === 'card')).toBe(false);

    a.ws.close();
    expect(await host.next('left')).toEqual({ type: 'left', seat: 'C1' });
    // The seat is free again.
    b.ws.send(JSON.stringify({ type: 'claim', seat: 'C1', name: 'Bea' }));
    expect(await b.next('claimed')).toEqual({ type: 'claimed', seat: 'C1' });
    host.ws.close();
    expect(await b.next('host-left')).toEqual({ type: 'host-left' });
    b.ws.close();
  });

  it('names an unknown room', async () => {
    const c = await client('room=NOPE&role=player');
    expect((await c.next('refused')).text).toBe('There is no room “NOPE” here (this one is ABCD).');
  });
});

// A run carried in the address: the scenario (edited parameters, reforms, a loaded file) and
// the live changes made to it, as JSON compressed with the platform's deflate and written in
// base64url. Reading is bounded at every step, so a hostile link cannot stall the page.
import { parseScenario, type Scenario } from '../model/index';
import { parseJournal, type Intervention } from './journal';
import { quoted } from './text';

/** Longest `run=` value written to, or read from, an address (characters). */
export const MAX_RUN_PARAM = 4000;
/** Most bytes a `run=` value may inflate to. */
const MAX_INFLATED = 256 * 1024;
const VERSION = 1;

export interface SharedRun {
  scenario: Scenario;
  journal: Intervention[];
}

export async function encodeRun(run: SharedRun): Promise<string> {
  const json = JSON.stringify({ v: VERSION, scenario: run.scenario, journal: run.journal });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  return toBase64Url(packed);
}

export type DecodedRun = { ok: true; run: SharedRun } | { ok: false; message: string };

export async function decodeRun(text: string): Promise<DecodedRun> {
  const fail = (why: string): DecodedRun => ({
    ok: false,
    message: `The run in the address (run=${quoted(text, 24)}) cannot be read: ${why}.`,
  });
  if (text.length > MAX_RUN_PARAM) return fail(`it is too long (${text.length} characters; at most ${MAX_RUN_PARAM})`);
  const bytes = fromBase64Url(text);
  if (!bytes) return fail('it is not base64url text');
  let json: unknown;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (e) {
    return fail(e instanceof RangeError ? e.message : 'it is damaged (not compressed JSON)');
  }
  if (typeof json !== 'object' || json === null || (json as { v?: unknown }).v !== VERSION)
    return fail('it was made by another version of Quasimarket');
  const o = json as { scenario?: unknown; journal?: unknown };
  const s = parseScenario(o.scenario);
  if (!s.ok) return fail(`its scenario is not valid (${s.errors.slice(0, 2).join('; ')})`);
  const j = parseJournal(o.journal ?? []);
  if (!j.ok) return fail(j.message);
  return { ok: true, run: { scenario: s.scenario, journal: j.journal } };
}

/** Runs bytes through a (de)compression stream, refusing output past `limit` bytes. */
async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises are only settled here.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`it unpacks to more than ${limit / 1024} KB`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

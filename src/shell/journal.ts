// What a person did to a run after it started: a reform now, a parameter changed live. Each
// is stamped with the week it took effect, so the same scenario, seed and journal replayed
// week by week give the same run again (a restored session, a shared link).
import { checkParam, isRegimeId, MAX_YEARS, type RegimeId } from '../model/index';

export type Intervention =
  { tick: number; kind: 'reform'; regime: RegimeId } | { tick: number; kind: 'param'; id: string; value: number };

/** Most interventions a journal keeps (a slider dragged for minutes sends many). */
export const MAX_JOURNAL = 2000;
/** Latest week any run can reach. */
const MAX_TICK = MAX_YEARS * 52;

/** Reads a journal from untrusted JSON (storage, an address): the list, or why it is refused. */
export function parseJournal(json: unknown): { ok: true; journal: Intervention[] } | { ok: false; message: string } {
  if (!Array.isArray(json)) return { ok: false, message: 'the live changes are not a list' };
  if (json.length > MAX_JOURNAL)
    return { ok: false, message: `too many live changes (${json.length}; at most ${MAX_JOURNAL})` };
  const out: Intervention[] = [];
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    const e: unknown = json[i];
    const bad = (why: string) => ({ ok: false as const, message: `live change ${i + 1}: ${why}` });
    if (typeof e !== 'object' || e === null) return bad('not an object');
    const r = e as Record<string, unknown>;
    const tick = r.tick;
    if (typeof tick !== 'number' || !Number.isInteger(tick) || tick < 0 || tick > MAX_TICK)
      return bad('its week is not a whole number in range');
    if (tick < last) return bad('out of order');
    last = tick;
    if (r.kind === 'reform') {
      if (typeof r.regime !== 'string' || !isRegimeId(r.regime)) return bad('unknown regime');
      out.push({ tick, kind: 'reform', regime: r.regime });
    } else if (r.kind === 'param') {
      if (typeof r.id !== 'string' || !Object.hasOwn(r, 'value')) return bad('no parameter');
      const err = checkParam(r.id, r.value);
      if (err) return bad(err);
      out.push({ tick, kind: 'param', id: r.id, value: r.value as number });
    } else return bad('unknown kind');
  }
  return { ok: true, journal: out };
}

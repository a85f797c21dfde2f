// What a person did to a run after it started: a reform now, a parameter changed live, a seat
// taken or handed back, a facilitator's inject. Each is stamped with the week it took effect, so
// the same scenario, seed and journal replayed week by week give the same run again (a restored
// session, a shared link). The kinds are the engine's own (src/engine/interventions.ts).
import { checkParam, isRegimeId, MAX_YEARS, scenarioSchema } from '../model/index';
import type { Intervention } from '../engine/api';

export type { Intervention };

/** Most interventions a journal keeps (a slider dragged for minutes sends many). */
export const MAX_JOURNAL = 2000;
/** Latest week any run can reach. */
const MAX_TICK = MAX_YEARS * 52;
/** The scenario file's inject schema (the same one the engine checks with). */
const injectSchema = scenarioSchema.shape.injects.unwrap().element.shape.inject;
/** Organisation codes as the model writes them ("C0012", "P0045"). */
const CODE = /^[A-Za-z0-9_-]{1,20}$/;

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
    } else if (r.kind === 'seat') {
      if (typeof r.code !== 'string' || !CODE.test(r.code)) return bad('the seat has no organisation code');
      if (typeof r.held !== 'boolean') return bad('the seat is neither taken nor handed back');
      out.push({ tick, kind: 'seat', code: r.code, held: r.held });
    } else if (r.kind === 'inject') {
      const p = injectSchema.safeParse(r.inject);
      if (!p.success) {
        const issue = p.error.issues[0];
        return bad(`bad inject (${[...issue.path].join('.') || 'kind'}: ${issue.message})`);
      }
      out.push({ tick, kind: 'inject', inject: p.data });
    } else return bad('unknown kind');
  }
  return { ok: true, journal: out };
}

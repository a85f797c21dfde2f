// Where the user was, kept on this computer so a reload loses nothing: the run (scenario,
// live changes, week) and the edits with their undo history. One localStorage entry with a
// schema version and a size bound; anything that does not read back cleanly is dropped.
import { MAX_YEARS, parseScenario, type Scenario } from '../model/index';
import type { SavedHistory } from '../ui/undo';
import { MAX_JOURNAL, parseJournal, type Intervention } from './journal';

const KEY = 'quasimarket.session';
const VERSION = 1;
/** Largest entry written (characters); the undo history is trimmed to fit. */
export const MAX_STORED = 1_000_000;

export interface SavedSession {
  savedAt: number;
  /** The scenario the run started from, the preset it came from (if any) and its live changes. */
  scenario: Scenario;
  presetId: string | null;
  journal: Intervention[];
  /** The week the run had reached. */
  tick: number;
  /** The scenario being edited with its undo history (null: no panels, or nothing kept). */
  edits: SavedHistory<Scenario> | null;
}

/** Stores the session; trims the undo history (oldest first) and then the edits to fit. */
export function saveSession(s: SavedSession, storage: Storage = localStorage): boolean {
  // More live changes than a journal may hold: the week cannot be replayed, keep the rest.
  let session = s.journal.length > MAX_JOURNAL ? { ...s, journal: [], tick: 0 } : s;
  for (;;) {
    const text = JSON.stringify({ v: VERSION, ...session });
    if (text.length <= MAX_STORED) {
      try {
        storage.setItem(KEY, text);
        return true;
      } catch {
        /* full or private mode: trim and try again */
      }
    }
    const e = session.edits;
    if (e && e.past.length + e.future.length > 0) {
      const drop = Math.max(1, Math.ceil((e.past.length + e.future.length) / 2));
      const past = e.past.slice(Math.min(drop, e.past.length));
      const future = e.future.slice(Math.max(0, drop - e.past.length));
      session = { ...session, edits: { ...e, past, future } };
    } else if (e) session = { ...session, edits: null };
    else if (session.journal.length) session = { ...session, journal: [], tick: 0 };
    else return false;
  }
}

export function clearSession(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    /* private mode */
  }
}

/** The stored session, or null (none, too large, another version, or damaged). */
export function loadSession(storage: Storage = localStorage): SavedSession | null {
  let text: string | null = null;
  try {
    text = storage.getItem(KEY);
  } catch {
    return null;
  }
  if (!text || text.length > MAX_STORED) return null;
  let o: Record<string, unknown>;
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
    o = json as Record<string, unknown>;
  } catch {
    return null;
  }
  if (o.v !== VERSION) return null;
  const scenario = parseScenario(o.scenario);
  const journal = parseJournal(o.journal);
  const tick = o.tick;
  if (!scenario.ok || !journal.ok) return null;
  if (typeof tick !== 'number' || !Number.isInteger(tick) || tick < 0 || tick > MAX_YEARS * 52) return null;
  const presetId = typeof o.presetId === 'string' && o.presetId.length <= 80 ? o.presetId : null;
  const savedAt = typeof o.savedAt === 'number' ? o.savedAt : 0;
  const e = o.edits as Record<string, unknown> | null | undefined;
  const edits =
    e && typeof e === 'object' && Array.isArray(e.past) && Array.isArray(e.future) && 'state' in e
      ? (e as unknown as SavedHistory<Scenario>)
      : null;
  return { savedAt, scenario: scenario.scenario, presetId, journal: journal.journal, tick, edits };
}

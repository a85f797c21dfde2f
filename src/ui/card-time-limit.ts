// The time limit on a decision card (off by default): when it runs out the model's suggestion is
// taken, which keeps a room moving. Remembered on this computer; room mode has its own default.
import { h } from './dom';

const KEY = 'quasimarket.cardSeconds';
export const TIME_LIMITS: { seconds: number; label: string }[] = [
  { seconds: 0, label: 'No time limit' },
  { seconds: 15, label: '15 seconds' },
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 300, label: '5 minutes' },
];
/** Room mode: a player who leaves mid-decision must not hold the room for ever. */
export const ROOM_TIME_LIMIT = 60;

const listeners = new Set<() => void>();

/** Seconds a card waits before the suggestion is taken (0: no limit); `fallback` when never set. */
export function cardTimeLimit(fallback = 0): number {
  try {
    const v = localStorage.getItem(KEY);
    if (v === null) return fallback;
    const n = Number(v);
    return TIME_LIMITS.some((t) => t.seconds === n) ? n : fallback;
  } catch {
    return fallback;
  }
}

export function setCardTimeLimit(seconds: number): void {
  try {
    localStorage.setItem(KEY, String(seconds));
  } catch {
    /* private mode: this page only */
  }
  for (const cb of listeners) cb();
}

/** A labelled select of the limits (the Play tab). */
export function timeLimitField(fallback = 0): HTMLElement {
  const select = h(
    'select',
    { id: 'qm-card-limit', 'data-testid': 'card-time-limit' },
    ...TIME_LIMITS.map((t) => h('option', { value: t.seconds, text: t.label })),
  );
  const sync = (): void => {
    select.value = String(cardTimeLimit(fallback));
  };
  select.addEventListener('change', () => setCardTimeLimit(Number(select.value)));
  listeners.add(sync);
  sync();
  return h(
    'div',
    { class: 'qm-field' },
    h('label', { for: 'qm-card-limit', text: 'Time for each decision' }),
    select,
    h('p', { class: 'qm-help', text: 'When the time runs out, the model’s suggestion is taken.' }),
  );
}

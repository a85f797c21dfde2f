// The event feed's buffer: events arrive with every frame (possibly hundreds a second at full
// speed); the view flushes a few times a second and only ever shows the newest `cap`.
import { TONES, type FeedItem, type Tone } from '../engine/api';

export interface Flush {
  /** New items, newest first, to put at the top. */
  added: FeedItem[];
  /** How many of the oldest shown items to remove from the bottom. */
  dropped: number;
  /** Events that arrived since the last flush but were too many to show. */
  skipped: number;
}

export class FeedBuffer {
  /** Shown items, newest first. */
  items: FeedItem[] = [];
  private pending: FeedItem[] = [];
  private maxId = -1;
  private skippedInQueue = 0;

  constructor(readonly cap = 300) {}

  /** Queues a frame's events (oldest first); events seen before are ignored. */
  add(events: readonly FeedItem[]): void {
    for (const e of events) {
      if (e.id <= this.maxId) continue;
      this.maxId = e.id;
      this.pending.push(e);
    }
    if (this.pending.length > this.cap * 2) {
      this.skippedInQueue += this.pending.length - this.cap;
      this.pending.splice(0, this.pending.length - this.cap);
    }
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Moves queued events to the shown list; at most `maxAdd` of the newest (fewer DOM changes at full speed). */
  flush(maxAdd = this.cap): Flush {
    const take = Math.min(this.cap, maxAdd);
    const skipped = this.skippedInQueue + Math.max(0, this.pending.length - take);
    const fresh = this.pending.slice(-take).reverse();
    this.pending = [];
    this.skippedInQueue = 0;
    if (fresh.length === 0) return { added: [], dropped: 0, skipped };
    const before = this.items.length;
    this.items = fresh.concat(this.items).slice(0, this.cap);
    const dropped = before + fresh.length - this.items.length;
    return { added: fresh, dropped, skipped };
  }

  /** The run went back to `tick`: later events go (they will come again as it plays on). */
  rewind(tick: number): void {
    this.items = this.items.filter((e) => e.tick <= tick);
    this.pending = this.pending.filter((e) => e.tick <= tick);
    this.maxId = Math.max(-1, ...this.items.map((e) => e.id), ...this.pending.map((e) => e.id));
  }

  clear(): void {
    this.items = [];
    this.pending = [];
    this.maxId = -1;
    this.skippedInQueue = 0;
  }

  counts(): Record<Tone, number> {
    const c = Object.fromEntries(TONES.map((t) => [t, 0])) as Record<Tone, number>;
    for (const i of this.items) c[i.tone]++;
    return c;
  }
}

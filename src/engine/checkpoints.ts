// Checkpoints along a run, for rewind: one at the start of every year while they fit in a
// memory budget; when they no longer fit, every other one goes and the spacing doubles, so a
// seek re-simulates at most a few years whatever the run's length and scale.
import { checkpoint, restore, type Checkpoint } from '../model/snapshot';
import type { Model } from '../model/model';

/**
 * Default memory for one run's checkpoints (estimated; the heap holds ~1.2× this). A 35-year
 * England history run's yearly checkpoints grow from ~17 MB to ~70 MB, so it ends with one every
 * two years; every year of a local or region run fits.
 */
export const CHECKPOINT_BUDGET_BYTES = 1e9;

const WEEKS = 52;

export class Checkpoints {
  private list: Checkpoint[] = [];
  /** Years between checkpoints. */
  private every = 1;

  constructor(private readonly budget = CHECKPOINT_BUDGET_BYTES) {}

  /** Takes a checkpoint if the model stands at the start of a year this spacing keeps (and none is there). */
  offer(m: Model): void {
    if (m.tick % WEEKS !== 0 || (m.tick / WEEKS) % this.every !== 0) return;
    if (this.list.some((c) => c.tick === m.tick)) return;
    const cp = checkpoint(m);
    const at = this.list.findIndex((c) => c.tick > cp.tick);
    if (at < 0) this.list.push(cp);
    else this.list.splice(at, 0, cp);
    while (this.bytes > this.budget && this.list.length > 2) this.thin();
  }

  /** The latest checkpoint at or before a week, restored as a fresh model. */
  restoreAtOrBefore(tick: number): Model | null {
    const cp = this.latest(tick);
    return cp ? restore(cp) : null;
  }

  latest(tick: number): Checkpoint | null {
    let best: Checkpoint | null = null;
    for (const c of this.list) if (c.tick <= tick) best = c;
    return best;
  }

  /** Forgets checkpoints after a week (the run took another course from there). */
  dropAfter(tick: number): void {
    this.list = this.list.filter((c) => c.tick <= tick);
  }

  /** Another run's store starting from the same checkpoints (they are never changed, so shared). */
  copy(): Checkpoints {
    const c = new Checkpoints(this.budget);
    c.list = this.list.slice();
    c.every = this.every;
    return c;
  }

  get bytes(): number {
    return this.list.reduce((s, c) => s + c.bytes, 0);
  }

  get ticks(): number[] {
    return this.list.map((c) => c.tick);
  }

  private thin(): void {
    this.every *= 2;
    this.list = this.list.filter((c) => c.tick === 0 || (c.tick / WEEKS) % this.every === 0);
  }
}

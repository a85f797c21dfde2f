// The headlines view: at high speed the bargaining steps (offers, counter-offers, bids) swamp
// the feed and the inspector, so decisions scroll away before anyone reads them. Headlines
// leave those steps out; it is the default above a quarter a second, and a toggle overrides it.

/** Bargaining steps the headlines view leaves out. */
export const BARGAINING_TYPES: ReadonlySet<string> = new Set([
  'negotiation.offer',
  'negotiation.counter-offer',
  'tender.bid',
]);

/** Weeks per second of "1 quarter/s"; faster speeds (and "as fast as it goes", 0) show headlines. */
const QUARTER_PER_SECOND = 13;

export function headlinesByDefault(weeksPerSecond: number): boolean {
  return weeksPerSecond === 0 || weeksPerSecond > QUARTER_PER_SECOND;
}

export type HeadlinesChoice = 'auto' | 'headlines' | 'all';

/** Whether headlines are on: the person's choice, or the speed's default. */
export class HeadlinesMode {
  private choice: HeadlinesChoice = 'auto';
  private speed = QUARTER_PER_SECOND;
  private listeners = new Set<() => void>();

  get on(): boolean {
    return this.choice === 'auto' ? headlinesByDefault(this.speed) : this.choice === 'headlines';
  }

  /** Whether an event of this type is listed in the current view. */
  shows(type: string): boolean {
    return !this.on || !BARGAINING_TYPES.has(type);
  }

  setSpeed(weeksPerSecond: number): void {
    const was = this.on;
    this.speed = weeksPerSecond;
    if (this.on !== was) this.emit();
  }

  choose(choice: HeadlinesChoice): void {
    const was = this.on;
    this.choice = choice;
    if (this.on !== was) this.emit();
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit(): void {
    for (const cb of this.listeners) cb();
  }
}

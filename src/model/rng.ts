// Seeded randomness: one root seed, one independent stream per purpose. Streams are
// derived by hashing (seed, name), so adding a stream never shifts another's draws,
// and results never depend on which worker ran them.

/** sfc32: small, fast, 128-bit state, passes PractRand to 2^40+. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < 12; i++) this.nextU32();
  }
  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  private spare = NaN;
  /** Standard normal by Box–Muller, using both values of each pair. */
  normal(mean = 0, sd = 1): number {
    let z = this.spare;
    if (z === z) {
      this.spare = NaN;
    } else {
      const r = Math.sqrt(-2 * Math.log(1 - this.next()));
      const a = 2 * Math.PI * this.next();
      z = r * Math.cos(a);
      this.spare = r * Math.sin(a);
    }
    return mean + sd * z;
  }
  logNormal(sdLog: number): number {
    return Math.exp(this.normal(-0.5 * sdLog * sdLog, sdLog));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
    }
    return xs;
  }
  state(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }
}

/** 32-bit FNV-1a of a string, mixed with splitmix-style finalisation. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const STREAMS = [
  'init',
  'demand',
  'referral',
  'bargaining',
  'dispute',
  'tender',
  'evaluation',
  'alliance',
  'finance',
  'quality',
  'practice',
] as const;
export type StreamName = (typeof STREAMS)[number];

export function streamFor(seed: number, name: string): Rng {
  const s = String(seed);
  return new Rng(
    hash32(s + ':a:' + name),
    hash32(s + ':b:' + name),
    hash32(s + ':c:' + name),
    hash32(s + ':d:' + name),
  );
}

export type Streams = Record<StreamName, Rng>;

export function makeStreams(seed: number): Streams {
  const out = {} as Streams;
  for (const n of STREAMS) out[n] = streamFor(seed, n);
  return out;
}

/** Seed of run `index` in an ensemble rooted at `seed`: independent of worker count. */
export function runSeed(seed: number, index: number): number {
  return hash32(`${seed}/run/${index}`) % 2147483647;
}

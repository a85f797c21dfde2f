// The Sobol' low-discrepancy sequence (Sobol' 1967) in up to 161 dimensions, with Joe & Kuo's
// (2008) direction numbers and Antonov & Saleev's (1979) Gray-code order, as Bratley & Fox (1988,
// ACM TOMS algorithm 659) and Joe & Kuo's own generator compute it: point n is the XOR of the
// direction numbers V_j of the bits set in n's Gray code. Unscrambled and starting at the
// origin (point 0), as Owen (2020, "On dropping the first Sobol' point") recommends: the first
// 2^m points are then a (t, m, s)-net, which is why Saltelli sampling prefers N a power of 2.
// No npm package implements it (the registry has none for "sobol" or "quasi-random"); this is
// tested against the net property and the published first points.
import { JOE_KUO, MAX_SOBOL_DIMENSIONS } from './joe-kuo';

/** Bits of each coordinate: up to 2^32 points. */
const BITS = 32;
const SCALE = 2 ** BITS;

export { MAX_SOBOL_DIMENSIONS };

/** The 32 direction numbers V_1..V_32 of one dimension (V_j = m_j / 2^j, as a 32-bit fraction). */
function directions(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dimension === 0) {
    for (let j = 0; j < BITS; j++) v[j] = 1 << (BITS - 1 - j);
    return v;
  }
  const { s, a, m } = JOE_KUO[dimension - 1];
  for (let j = 0; j < Math.min(s, BITS); j++) v[j] = (m[j] << (BITS - 1 - j)) >>> 0;
  // The recurrence of the primitive polynomial x^s + a_1 x^(s-1) + … + a_(s-1) x + 1.
  for (let j = s; j < BITS; j++) {
    let x = v[j - s] ^ (v[j - s] >>> s);
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k];
    v[j] = x >>> 0;
  }
  return v;
}

export class SobolSequence {
  private readonly v: Uint32Array[];
  private readonly x: Uint32Array;
  /** Index of the next point. */
  private n = 0;

  constructor(readonly dimensions: number) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS)
      throw new Error(`the Sobol' sequence here has 1 to ${MAX_SOBOL_DIMENSIONS} dimensions, not ${dimensions}`);
    this.v = Array.from({ length: dimensions }, (_, d) => directions(d));
    this.x = new Uint32Array(dimensions);
  }

  /** The next point in [0, 1)^d (the first is the origin). */
  next(): number[] {
    if (this.n >= SCALE) throw new Error(`the Sobol' sequence here has at most 2^${BITS} points`);
    if (this.n > 0) {
      // Gray code: point n differs from point n − 1 by V_c, c = the lowest zero bit of n − 1.
      let c = 0;
      for (let k = this.n - 1; k & 1; k >>>= 1) c++;
      for (let d = 0; d < this.dimensions; d++) this.x[d] = (this.x[d] ^ this.v[d][c]) >>> 0;
    }
    this.n++;
    return Array.from(this.x, (x) => x / SCALE);
  }
}

/** The first `n` points of the `dimensions`-dimensional sequence. */
export function sobolPoints(n: number, dimensions: number): number[][] {
  const seq = new SobolSequence(dimensions);
  return Array.from({ length: n }, () => seq.next());
}

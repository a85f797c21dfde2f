// Contract values and the integer keys that index pairs and lines. A leaf module: protocol
// files import these values from here and only the Model's type from model.ts, so there is
// no import cycle at run time.
import type { Contract } from './types';
import { LINE_COUNT } from './types';

/** Annual agreed value of a contract's current terms, £ (sum over its lines). */
export function contractValue(ct: Pick<Contract, 'lineValue'>): number {
  let v = 0;
  for (let l = 0; l < LINE_COUNT; l++) v += ct.lineValue[l];
  return v;
}

/** Providers per commissioner that a pair key can tell apart (ids are array indices). */
const PAIR_STRIDE = 100000;

/** One integer per commissioner–provider pair, for maps of contracts and relationships. */
export function pairKey(commissioner: number, provider: number): number {
  return commissioner * PAIR_STRIDE + provider;
}

/** One integer per commissioner and service line (e.g. the tenders a commissioner has running). */
export function lineKey(commissioner: number, line: number): number {
  return commissioner * LINE_COUNT + line;
}

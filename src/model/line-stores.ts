// Per-line state of contracts and providers in contiguous arrays indexed by
// [id * LINE_COUNT + line] (struct of arrays); each organisation's Float64Array fields are
// views into them. The weekly loop reads these arrays directly, walking memory in order.
import type { Contract, Provider } from './types';
import { LINE_COUNT } from './types';

/** Placeholder until a contract's lines are bound to the stores. */
export const EMPTY_LINES = new Float64Array(0);

function grow(a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> {
  if (a.length >= n) return a;
  const b = new Float64Array(Math.max(n, a.length * 2, 256 * LINE_COUNT));
  b.set(a);
  return b;
}

export class LineStores {
  /** Contracts: agreed value, planned volume, activity this year, expected weekly referrals, patients waiting. */
  ctValue = new Float64Array(0);
  ctVolume = new Float64Array(0);
  ctActivity = new Float64Array(0);
  ctReferrals = new Float64Array(0);
  ctWaiting = new Float64Array(0);
  /** Providers: capacity and unit cost per line. */
  pvCapacity = new Float64Array(0);
  pvUnitCost = new Float64Array(0);

  /** Binds a new contract's line arrays, growing the stores (and rebinding every view) when full. */
  bindContract(ct: Contract, all: readonly Contract[]): void {
    const need = (ct.id + 1) * LINE_COUNT;
    if (need > this.ctValue.length) {
      this.ctValue = grow(this.ctValue, need);
      this.ctVolume = grow(this.ctVolume, need);
      this.ctActivity = grow(this.ctActivity, need);
      this.ctReferrals = grow(this.ctReferrals, need);
      this.ctWaiting = grow(this.ctWaiting, need);
      for (const k of all) if (k !== ct) this.viewContract(k);
    }
    this.viewContract(ct);
  }

  /** Binds a new provider's capacity and unit cost to the stores (values it already has are kept). */
  bindProvider(p: Provider, all: readonly Provider[]): void {
    const need = (p.id + 1) * LINE_COUNT;
    if (need > this.pvCapacity.length) {
      this.pvCapacity = grow(this.pvCapacity, need);
      this.pvUnitCost = grow(this.pvUnitCost, need);
      for (const q of all) if (q !== p) this.viewProvider(q);
    }
    const cap = Float64Array.from(p.capacity);
    const cost = Float64Array.from(p.unitCost);
    this.viewProvider(p);
    p.capacity.set(cap);
    p.unitCost.set(cost);
  }

  private viewContract(ct: Contract): void {
    const a = ct.id * LINE_COUNT;
    const b = a + LINE_COUNT;
    ct.lineValue = this.ctValue.subarray(a, b);
    ct.lineVolume = this.ctVolume.subarray(a, b);
    ct.activityYtd = this.ctActivity.subarray(a, b);
    ct.weeklyReferrals = this.ctReferrals.subarray(a, b);
    ct.waiting = this.ctWaiting.subarray(a, b);
  }

  private viewProvider(p: Provider): void {
    const a = p.id * LINE_COUNT;
    const b = a + LINE_COUNT;
    p.capacity = this.pvCapacity.subarray(a, b);
    p.unitCost = this.pvUnitCost.subarray(a, b);
  }
}

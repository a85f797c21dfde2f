// Double-entry money: every £ moves from one account to another, so the sum of all
// balances is always zero. The centre (NHS England / DHSC) funds allocations and bail-outs;
// "external" is staff, suppliers and advisers (costs leave the NHS accounts there).

export const CENTRE = 0;
export const EXTERNAL = 1;
export const PRACTICES = 2;

export class Ledger {
  readonly balances: number[] = [0, 0, 0];
  readonly names: string[] = ['centre', 'external', 'practices'];

  open(name: string): number {
    this.balances.push(0);
    this.names.push(name);
    return this.balances.length - 1;
  }

  transfer(from: number, to: number, amount: number): void {
    if (!(amount === amount) || amount === Infinity || amount === -Infinity) {
      throw new Error(`ledger: non-finite transfer ${amount} from ${this.names[from]} to ${this.names[to]}`);
    }
    this.balances[from] -= amount;
    this.balances[to] += amount;
  }

  balance(account: number): number {
    return this.balances[account];
  }

  /** Sum of all balances (zero up to rounding). */
  total(): number {
    let s = 0;
    for (const b of this.balances) s += b;
    return s;
  }

  /** Largest absolute balance, to scale the rounding tolerance. */
  scale(): number {
    let m = 1;
    for (const b of this.balances) m = Math.max(m, Math.abs(b));
    return m;
  }
}

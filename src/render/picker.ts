// Which organisation is under the pointer: a k-d tree (kdbush) over displayed positions,
// rebuilt lazily after nodes have moved, then the nearest node whose disc covers the point.
import KDBush from 'kdbush';

/** Nodes drawn smaller than this (world units) are not on screen and cannot be picked. */
export const MIN_PICK_RADIUS = 0.05;
/** Shapes reach a little beyond their radius (squares' corners, triangles' points). */
const SHAPE_REACH = 1.25;

export class Picker {
  private index: KDBush | null = null;
  private ids = new Uint32Array(0);
  private maxR = 0;

  invalidate(): void {
    this.index = null;
  }

  private build(x: Float32Array, y: Float32Array, r: Float32Array, visible: Uint8Array): void {
    let n = 0;
    for (let i = 0; i < x.length; i++) if (r[i] > MIN_PICK_RADIUS && visible[i]) n++;
    const idx = new KDBush(Math.max(1, n));
    this.ids = new Uint32Array(n);
    this.maxR = 0;
    let k = 0;
    for (let i = 0; i < x.length; i++) {
      if (!(r[i] > MIN_PICK_RADIUS && visible[i])) continue;
      idx.add(x[i], y[i]);
      this.ids[k++] = i;
      if (r[i] > this.maxR) this.maxR = r[i];
    }
    if (n === 0) idx.add(1e9, 1e9);
    idx.finish();
    this.index = idx;
  }

  /** `slack`: extra world radius that still counts as a hit (a few screen pixels). */
  pick(
    wx: number,
    wy: number,
    x: Float32Array,
    y: Float32Array,
    r: Float32Array,
    visible: Uint8Array,
    slack: number,
  ): number | null {
    if (!this.index) this.build(x, y, r, visible);
    const found = this.index!.within(wx, wy, this.maxR * SHAPE_REACH + slack);
    let best: number | null = null,
      bestD = Infinity;
    for (const k of found) {
      const i = this.ids[k];
      if (i === undefined) continue;
      const d = Math.hypot(x[i] - wx, y[i] - wy);
      // Small nodes get a few pixels of slack.
      const reach = r[i] * SHAPE_REACH + slack;
      if (d > reach) continue;
      // Prefer the node whose edge is nearest (so a small practice on top of a big disc wins when hit squarely).
      const score = d / reach;
      if (score < bestD) {
        bestD = score;
        best = i;
      }
    }
    return best;
  }
}

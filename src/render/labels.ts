// Names of commissioners and providers on the network once the view is close enough to read
// them; text objects are made on first need and reused. Practices stay unnamed (hover them).
// A name that would cover another name (one placed before it, or one of the map's names: an
// ICB's, a region's) is left out until the view closes in and there is room.
import { Container, Text } from 'pixi.js';
import type { Catalogue } from '../engine/api';

/** Commissioners' names appear from this zoom (world units to CSS pixels) on… */
const LABEL_MIN_SCALE = 0.35;
/** …and providers' from this one (their cores are crowded further out). */
const PROVIDER_LABEL_MIN_SCALE = 0.9;
const MAX_LABELS = 220;
/** Smallest on-screen node radius (CSS pixels) that gets a label. */
const MIN_SCREEN_RADIUS = 4.5;

export class NodeLabels {
  readonly layer = new Container();
  private texts = new Map<number, Text>();
  private cat: Catalogue | null = null;

  reset(cat: Catalogue): void {
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
    this.layer.removeChildren();
    this.cat = cat;
  }

  /** Shows labels of named nodes inside the view rectangle (world units), off the `avoid` boxes (world units). */
  update(
    x: Float32Array,
    y: Float32Array,
    r: Float32Array,
    visible: Uint8Array,
    scale: number,
    view: [number, number, number, number],
    avoid: readonly (readonly [number, number, number, number])[] = [],
  ): void {
    const cat = this.cat;
    if (!cat || scale < LABEL_MIN_SCALE) {
      this.layer.visible = false;
      return;
    }
    this.layer.visible = true;
    for (const t of this.texts.values()) t.visible = false;
    let shown = 0;
    // Boxes taken so far (world units): the map's names, then each name placed.
    const taken: (readonly [number, number, number, number])[] = [...avoid];
    // Commissioners first (they come last in the catalogue), then providers.
    for (let i = cat.nodes.length - 1; i >= 0 && shown < MAX_LABELS; i--) {
      const node = cat.nodes[i];
      if (node.kind === 'practice') break;
      if (node.kind !== 'commissioner' && scale < PROVIDER_LABEL_MIN_SCALE) break;
      // Only nodes big enough on screen to be worth a name (small fundholders wait for a closer zoom).
      if (r[i] * scale < MIN_SCREEN_RADIUS || !visible[i]) continue;
      if (x[i] < view[0] || x[i] > view[2] || y[i] < view[1] || y[i] > view[3]) continue;
      const big = node.kind === 'commissioner' && r[i] >= 5;
      // The name's box from its length (a safe estimate, as the map's own names are measured).
      const half = (shorten(node.name).length * (big ? 13 : 11) * 0.28 + 2) / scale,
        top = y[i] + r[i] + 2 / scale,
        bottom = top + (big ? 17 : 15) / scale;
      const left = x[i] - half,
        right = x[i] + half;
      if (taken.some((b) => left < b[2] && b[0] < right && top < b[3] && b[1] < bottom)) continue;
      taken.push([left, top, right, bottom]);
      let t = this.texts.get(i);
      if (!t) {
        t = new Text({
          text: shorten(node.name),
          style: {
            fill: big ? 0xffe2a8 : 0xdfe4ea,
            fontSize: big ? 13 : 11,
            fontFamily: 'system-ui, sans-serif',
            fontWeight: big ? '600' : '400',
            stroke: { color: 0x14171c, width: 3 },
          },
          resolution: 2,
        });
        t.anchor.set(0.5, 0);
        this.texts.set(i, t);
        this.layer.addChild(t);
      }
      t.visible = true;
      t.position.set(x[i], y[i] + r[i] + 2 / scale);
      t.scale.set(1 / scale);
      shown++;
    }
  }
}

/** Long trust names lose their common tails on the canvas (the tooltip has them in full). */
function shorten(name: string): string {
  return name.replace(/ NHS Foundation Trust$| NHS Trust$/, '').replace(/ Foundation Trust$/, '');
}

// Names of commissioners and providers on the network once the view is close enough to read
// them; text objects are made on first need and reused. Practices stay unnamed (hover them).
// A name that would cover another name (one placed before it, or one of the map's names: an
// ICB's, a region's) is left out until the view closes in and there is room.
import { Container, Text } from 'pixi.js';
import type { Catalogue } from '../engine/api';
import { LabelSpace } from './label-space';

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
  /** Text size times the usual (presenter mode). */
  private textScale = 1;

  setTextScale(k: number): void {
    if (k === this.textScale) return;
    this.textScale = k;
    if (this.cat) this.reset(this.cat);
  }

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
    // Boxes taken (world units): the map's names, then each name placed; a name that would
    // overprint one is left out.
    const space = new LabelSpace();
    for (const b of avoid) space.take(b[0], b[1], b[2], b[3]);
    // Commissioners first (they come last in the catalogue), then providers.
    for (let i = cat.nodes.length - 1; i >= 0 && shown < MAX_LABELS; i--) {
      const node = cat.nodes[i];
      if (node.kind === 'practice') break;
      if (node.kind !== 'commissioner' && scale < PROVIDER_LABEL_MIN_SCALE) break;
      // Only nodes big enough on screen to be worth a name (small fundholders wait for a closer zoom).
      if (r[i] * scale < MIN_SCREEN_RADIUS || !visible[i]) continue;
      if (x[i] < view[0] || x[i] > view[2] || y[i] < view[1] || y[i] > view[3]) continue;
      const big = node.kind === 'commissioner' && r[i] >= 5;
      let t = this.texts.get(i);
      if (!t) {
        t = new Text({
          text: shorten(node.name),
          style: {
            fill: big ? 0xffe2a8 : 0xdfe4ea,
            fontSize: Math.round((big ? 13 : 11) * this.textScale),
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
      t.position.set(x[i], y[i] + r[i] + 2 / scale);
      t.scale.set(1 / scale);
      const w = t.width / 2,
        top = t.position.y,
        bottom = top + t.height;
      if (!space.take(x[i] - w, top, x[i] + w, bottom)) continue;
      t.visible = true;
      shown++;
    }
  }
}

/** Long trust names lose their common tails on the canvas (the tooltip has them in full). */
function shorten(name: string): string {
  return name.replace(/ NHS Foundation Trust$| NHS Trust$/, '').replace(/ Foundation Trust$/, '');
}

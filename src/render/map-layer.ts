// The England map under the network: land in a quiet fill, ICB borders as hairlines, region
// borders a little stronger, region names when zoomed out and ICB names when zoomed in. Built
// once from the map data; setZoom only flips visibility and rescales labels (the region
// borders are re-stroked when the zoom crosses a √2 band, to stay about the same on screen).
// No DOM: it runs in the render worker like the rest of the scene.
import { Container, Graphics, Text } from 'pixi.js';
import type { Box, EnglandMap, MultiPolygon } from '../engine/api';

const LAND = 0x1c2128;
const COAST = 0x46505c;
const ICB_BORDER = 0x3a434e;
const REGION_BORDER = 0x66717e;
/** Region borders' width on screen (CSS pixels); ICB borders and coast are 1-pixel lines. */
const REGION_BORDER_PX = 2;

/** Below this zoom (CSS pixels per km) the regions are named… */
export const REGION_LABEL_MAX_SCALE = 2;
/** …above it each ICB is named once its label circle is this wide on screen (CSS pixels). */
export const ICB_LABEL_MIN_ROOM_PX = 56;
/** Longest line of a label before it wraps (characters). */
const WRAP = 20;

export interface MapLabelVisibility {
  regions: boolean;
  /** One per footprint, in the map's order. */
  footprints: boolean[];
}

/** Which names to show at a zoom (CSS pixels per km): regions far out, then each ICB once it has room. */
export function mapLabelsAt(map: Pick<EnglandMap, 'footprints'>, scale: number): MapLabelVisibility {
  const near = scale >= REGION_LABEL_MAX_SCALE;
  return {
    regions: !near,
    footprints: map.footprints.map((f) => near && 2 * f.labelRoom * scale >= ICB_LABEL_MIN_ROOM_PX),
  };
}

/** Breaks a name into lines of at most `max` characters at spaces (a longer word keeps its line). */
export function wrapLabel(name: string, max = WRAP): string {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ' ' + word;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** The view (scale and offset, world → CSS pixels) that shows the whole box centred with a margin. */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  margin = 24,
): { scale: number; ox: number; oy: number } {
  const w = Math.max(box[2] - box[0], 1e-9),
    h = Math.max(box[3] - box[1], 1e-9);
  const scale = Math.max(1e-9, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  return { scale, ox: width / 2 - ((box[0] + box[2]) / 2) * scale, oy: height / 2 - ((box[1] + box[3]) / 2) * scale };
}

/** Zoom band for strokes that keep their width on screen: a new band every factor of √2. */
export function strokeBand(scale: number): number {
  return Math.round(2 * Math.log2(Math.max(scale, 1e-6)));
}

function tracePolygons(g: Graphics, shape: MultiPolygon): void {
  for (const poly of shape) for (const ring of poly) g.poly(ring, true);
}

function traceLines(g: Graphics, lines: readonly number[][]): void {
  for (const line of lines) {
    g.moveTo(line[0], line[1]);
    for (let i = 2; i < line.length; i += 2) g.lineTo(line[i], line[i + 1]);
  }
}

function label(text: string, size: number, colour: number, spacing: number): Text {
  const t = new Text({
    text,
    style: {
      fill: colour,
      fontSize: size,
      fontFamily: 'system-ui, sans-serif',
      fontWeight: spacing > 0 ? '600' : '400',
      letterSpacing: spacing,
      align: 'center',
      lineHeight: Math.round(size * 1.15),
      stroke: { color: 0x14171c, width: 3 },
    },
    resolution: 2,
  });
  t.anchor.set(0.5);
  return t;
}

export class MapLayer extends Container {
  readonly map: EnglandMap;
  /** World units per map unit (km): the layer scales itself so the map fits the network's units. */
  readonly worldPerKm: number;
  private regionBorders = new Graphics();
  private regionLabels = new Container();
  private footprintLabels: Text[] = [];
  private band = NaN;
  private scaleNow = NaN;

  constructor(map: EnglandMap, worldPerKm = 1) {
    super();
    this.map = map;
    this.worldPerKm = worldPerKm;
    this.scale.set(worldPerKm);
    this.eventMode = 'none';
    this.interactiveChildren = false;
    // Land: each part filled (holes cut from the fill just drawn), then a hairline coast.
    const land = new Graphics();
    for (const poly of map.outline) {
      land.poly(poly[0], true).fill(LAND);
      for (let h = 1; h < poly.length; h++) land.poly(poly[h], true).cut();
    }
    tracePolygons(land, map.outline);
    land.stroke({ color: COAST, pixelLine: true });
    const icb = new Graphics();
    traceLines(icb, map.borders.icb);
    icb.stroke({ color: ICB_BORDER, pixelLine: true });
    const names = new Container();
    for (const f of map.footprints) {
      const t = label(wrapLabel(f.shortName), 11, 0x9aa4ae, 0);
      t.position.set(f.label[0], f.label[1]);
      this.footprintLabels.push(t);
      names.addChild(t);
    }
    for (const r of map.regions) {
      const t = label(wrapLabel(r.name.toUpperCase(), 16), 12, 0x8b96a2, 1.5);
      t.position.set(r.label[0], r.label[1]);
      this.regionLabels.addChild(t);
    }
    this.addChild(land, icb, this.regionBorders, this.regionLabels, names);
    this.setZoom(1);
  }

  /** Call when the view's scale (CSS pixels per world unit) changes; cheap when it has not. */
  setZoom(worldScale: number): void {
    const scale = worldScale * this.worldPerKm; // CSS pixels per km, what the thresholds are in
    if (scale === this.scaleNow) return;
    this.scaleNow = scale;
    const band = strokeBand(scale);
    if (band !== this.band) {
      this.band = band;
      this.regionBorders.clear();
      traceLines(this.regionBorders, this.map.borders.region);
      this.regionBorders.stroke({ color: REGION_BORDER, width: REGION_BORDER_PX / 2 ** (band / 2), cap: 'round' });
    }
    const show = mapLabelsAt(this.map, scale);
    this.regionLabels.visible = show.regions;
    for (const t of this.regionLabels.children) t.scale.set(1 / scale);
    this.footprintLabels.forEach((t, i) => {
      t.visible = show.footprints[i];
      if (t.visible) t.scale.set(1 / scale);
    });
  }

  /** What is shown now (for tests). */
  labelsShown(): { regions: boolean; footprints: number } {
    return { regions: this.regionLabels.visible, footprints: this.footprintLabels.filter((t) => t.visible).length };
  }
}

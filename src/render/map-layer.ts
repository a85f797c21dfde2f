// The England map under the network: land in a quiet fill (the run's own footprints a shade
// lighter), ICB borders as hairlines, region borders a little stronger, region names when
// zoomed out and ICB names when zoomed in, never one name over another. Built once from the
// map data as one opaque mesh (map-mesh.ts); setZoom only sets the lines' width in pixels,
// flips names' visibility and rescales them. The names are
// a container of their own (`names`), which the scene puts above the network; an ICB's name
// stands just above its label point, where the footprint's organisations gather round their
// commissioner.
// No DOM: it runs in the render worker like the rest of the scene.
import { Container, Text } from 'pixi.js';
import type { Box, EnglandMap } from '../engine/api';
import { MapMeshBuilder } from './map-mesh';

const LAND = 0x1a1e24;
/** The footprints the run is made of. */
const LAND_RUN = 0x20262e;
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
const ICB_FONT = 11;
const REGION_FONT = 12;
const REGION_SPACING = 1.5;
/** Space kept clear around a name (CSS pixels). */
const LABEL_GAP = 4;
/** An ICB's name stands this far (CSS pixels) above its label point, off the commissioner there. */
export const ICB_LIFT = 16;

export interface MapLabelVisibility {
  /** One per region, in the map's order. */
  regions: boolean[];
  /** One per footprint, in the map's order. */
  footprints: boolean[];
}

/** Half the width and height (CSS pixels) a label's text takes, from its lines and font size (a safe estimate: no canvas to measure with in Node or before fonts load). */
export function labelHalfSize(text: string, size: number, spacing = 0): [number, number] {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  return [(longest * (size * 0.56 + spacing)) / 2 + 3, (lines.length * Math.round(size * 1.15)) / 2 + 3];
}

type Rect = [number, number, number, number];
const overlaps = (a: Rect, b: Rect): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Which names to show at a zoom (CSS pixels per km): regions far out, then each ICB once it has
 * room. Names are taken roomiest first and one that would overprint a name already taken is
 * left out, so London's names come only as the view closes in on them.
 */
export function mapLabelsAt(map: Pick<EnglandMap, 'footprints' | 'regions'>, scale: number): MapLabelVisibility {
  const near = scale >= REGION_LABEL_MAX_SCALE;
  const taken: Rect[] = [];
  const take = (x: number, y: number, half: [number, number], lift = 0): boolean => {
    const cy = y * scale - lift;
    const r: Rect = [
      x * scale - half[0] - LABEL_GAP / 2,
      cy - half[1] - LABEL_GAP / 2,
      x * scale + half[0] + LABEL_GAP / 2,
      cy + half[1] + LABEL_GAP / 2,
    ];
    if (taken.some((t) => overlaps(t, r))) return false;
    taken.push(r);
    return true;
  };
  const byRoom = <T extends { labelRoom: number }>(xs: readonly T[]): number[] =>
    xs.map((_, i) => i).sort((a, b) => xs[b].labelRoom - xs[a].labelRoom || a - b);
  const regions = map.regions.map(() => false);
  const footprints = map.footprints.map(() => false);
  if (!near)
    for (const i of byRoom(map.regions)) {
      const r = map.regions[i];
      regions[i] = take(r.label[0], r.label[1], labelHalfSize(regionText(r.name), REGION_FONT, REGION_SPACING));
    }
  else
    for (const i of byRoom(map.footprints)) {
      const f = map.footprints[i];
      if (2 * f.labelRoom * scale < ICB_LABEL_MIN_ROOM_PX) continue;
      const half = labelHalfSize(wrapLabel(f.shortName), ICB_FONT);
      footprints[i] = take(f.label[0], f.label[1], half, ICB_LIFT + half[1]);
    }
  return { regions, footprints };
}

const regionText = (name: string): string => wrapLabel(name.toUpperCase(), 16);

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
  /** Region and ICB names, for the scene to put above the network (same units as the layer). */
  readonly names = new Container();
  /** World units per map unit (km): the layer scales itself so the map fits the network's units. */
  readonly worldPerKm: number;
  private setPixel: (units: number) => void;
  private regionLabels: Text[] = [];
  private footprintLabels: Text[] = [];
  private scaleNow = NaN;
  private shown: MapLabelVisibility = { regions: [], footprints: [] };

  /** `run`: codes of the footprints the run is made of, drawn a shade lighter (all of them when absent). */
  constructor(map: EnglandMap, worldPerKm = 1, run?: readonly string[]) {
    super();
    this.map = map;
    this.worldPerKm = worldPerKm;
    this.scale.set(worldPerKm);
    this.eventMode = 'none';
    this.interactiveChildren = false;
    // Land (the run's footprints over the rest), then a hairline coast and ICB borders, then
    // region borders a little stronger.
    const inRun = new Set(run ?? map.footprints.map((f) => f.code));
    const all = inRun.size === map.footprints.length;
    const b = new MapMeshBuilder();
    b.fill([map.outline], all ? LAND_RUN : LAND);
    if (!all)
      b.fill(
        map.footprints.filter((f) => inRun.has(f.code)).map((f) => f.shape),
        LAND_RUN,
      );
    b.lines(
      map.outline.flatMap((poly) => poly),
      1,
      COAST,
      true,
    );
    b.lines(map.borders.icb, 1, ICB_BORDER);
    b.lines(map.borders.region, REGION_BORDER_PX, REGION_BORDER);
    const { mesh, setPixel } = b.build();
    this.setPixel = setPixel;
    this.names.scale.set(worldPerKm);
    this.names.eventMode = 'none';
    for (const r of map.regions) {
      const t = label(regionText(r.name), REGION_FONT, 0x8b96a2, REGION_SPACING);
      t.position.set(r.label[0], r.label[1]);
      this.regionLabels.push(t);
      this.names.addChild(t);
    }
    for (const f of map.footprints) {
      const t = label(wrapLabel(f.shortName), ICB_FONT, 0xaab4be, 0);
      t.anchor.set(0.5, 1);
      this.footprintLabels.push(t);
      this.names.addChild(t);
    }
    this.addChild(mesh);
    this.setZoom(1);
  }

  override destroy(options?: Parameters<Container['destroy']>[0]): void {
    this.names.destroy(options);
    super.destroy(options);
  }

  /** Call when the view's scale (CSS pixels per world unit) changes; cheap when it has not. */
  setZoom(worldScale: number): void {
    const scale = worldScale * this.worldPerKm; // CSS pixels per km, what the thresholds are in
    if (scale === this.scaleNow) return;
    this.scaleNow = scale;
    this.setPixel(1 / scale);
    const show = mapLabelsAt(this.map, scale);
    this.shown = show;
    for (const [texts, on] of [
      [this.regionLabels, show.regions],
      [this.footprintLabels, show.footprints],
    ] as const)
      texts.forEach((t, i) => {
        t.visible = on[i];
        if (t.visible) t.scale.set(1 / scale);
      });
    this.map.footprints.forEach((f, i) => {
      if (show.footprints[i]) this.footprintLabels[i].position.set(f.label[0], f.label[1] - ICB_LIFT / scale);
    });
  }

  /** What is shown now (for tests): whether any region is named, and how many ICBs. */
  labelsShown(): { regions: boolean; footprints: number } {
    return { regions: this.shown.regions.some(Boolean), footprints: this.shown.footprints.filter(Boolean).length };
  }

  /**
   * The boxes of the names shown now, in world units ([x0, y0, x1, y1], the gap around each
   * included), so organisations' names can keep off them.
   */
  labelBoxes(): Rect[] {
    const k = this.worldPerKm,
      px = 1 / (this.scaleNow / k); // world units per CSS pixel
    const boxes: Rect[] = [];
    const add = (x: number, y: number, half: [number, number], lift = 0): void => {
      const hx = (half[0] + LABEL_GAP) * px,
        hy = (half[1] + LABEL_GAP) * px,
        cy = y * k - lift * px;
      boxes.push([x * k - hx, cy - hy, x * k + hx, cy + hy]);
    };
    this.map.regions.forEach((r, i) => {
      if (this.shown.regions[i])
        add(r.label[0], r.label[1], labelHalfSize(regionText(r.name), REGION_FONT, REGION_SPACING));
    });
    this.map.footprints.forEach((f, i) => {
      if (!this.shown.footprints[i]) return;
      const half = labelHalfSize(wrapLabel(f.shortName), ICB_FONT);
      add(f.label[0], f.label[1], half, ICB_LIFT + half[1]);
    });
    return boxes;
  }
}

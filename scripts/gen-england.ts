// Bakes the England reference data into the repository: the 42 ICB footprints for the model
// (src/model/england/footprints.json) and their projected boundaries for the engine and the
// renderer (src/engine/geo/england-map.json). CI cannot see the source folder, so the output
// is committed; rerun this after the sources change.
//   npx tsx scripts/gen-england.ts [source folder, default ../shared/domain/england]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { project } from '../src/model/index';
import { mergeShapes } from '../src/engine/geo/borders';
import { shapeLabel } from '../src/engine/geo/label';
import { distanceToBoundary, pointInShape, ringsBox, shapeBox } from '../src/engine/geo/polygon';
import type { Box, MapFootprint, MapRegion, MultiPolygon, Point, Ring } from '../src/engine/geo/types';

export const MAP_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. ' +
  'Contains OS data © Crown copyright and database right 2024.';
export const DATA_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOOTPRINTS_OUT = resolve(ROOT, 'src/model/england/footprints.json');
const MAP_OUT = resolve(ROOT, 'src/engine/geo/england-map.json');

class InputError extends Error {}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])));
}

function need(row: Record<string, string>, col: string, file: string): string {
  const v = row[col];
  if (v === undefined || v === '') throw new InputError(`${file}: ${row.ods_code ?? '?'} has no ${col}`);
  return v;
}

function int(row: Record<string, string>, col: string, file: string): number {
  const v = Number(need(row, col, file));
  if (!Number.isInteger(v) || v < 0)
    throw new InputError(`${file}: ${row.ods_code} ${col} is not a count: ${row[col]}`);
  return v;
}

function num(row: Record<string, string>, col: string, file: string): number {
  const v = Number(need(row, col, file));
  if (!Number.isFinite(v)) throw new InputError(`${file}: ${row.ods_code} ${col} is not a number: ${row[col]}`);
  return v;
}

const r1 = (v: number): number => Math.round(v * 10) / 10 || 0;

/** A GeoJSON ring (closed, lon/lat) → a projected flat ring rounded to 0.1 km without repeats. */
function projectRing(coords: number[][]): Ring {
  const out: number[] = [];
  for (const [lon, lat] of coords) {
    const [x, y] = project(lon, lat);
    const px = r1(x),
      py = r1(y);
    const n = out.length;
    if (n >= 2 && out[n - 2] === px && out[n - 1] === py) continue;
    out.push(px, py);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.splice(-2);
  return out;
}

interface Geometry {
  type: string;
  coordinates: unknown;
}

function projectGeometry(g: Geometry, what: string): MultiPolygon {
  const polys =
    g.type === 'Polygon'
      ? [g.coordinates as number[][][]]
      : g.type === 'MultiPolygon'
        ? (g.coordinates as number[][][][])
        : null;
  if (!polys) throw new InputError(`${what}: expected a Polygon or MultiPolygon, got ${g.type}`);
  return polys.map((p) => p.map(projectRing).filter((ring) => ring.length >= 6)).filter((p) => p.length > 0);
}

function readJson(path: string): { features: { geometry: Geometry; properties: Record<string, string> }[] } {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Nearest distance from the polygon's outline to the shape's land (0 when they touch or overlap). */
function gap(poly: MultiPolygon[number], shape: MultiPolygon): number {
  let best = Infinity;
  const ring = poly[0];
  for (let i = 0; i < ring.length; i += 2) {
    if (pointInShape(shape, ring[i], ring[i + 1])) return 0;
    for (const p of shape) best = Math.min(best, distanceToBoundary(p, ring[i], ring[i + 1]));
  }
  return best;
}

const pointR1 = (p: Point): Point => [r1(p[0]), r1(p[1])];
const boxR1 = (b: Box): Box => [r1(b[0]), r1(b[1]), r1(b[2]), r1(b[3])];

export function generate(source: string) {
  const file = (name: string): string => {
    const p = resolve(source, name);
    if (!existsSync(p)) throw new InputError(`missing ${p} (give the source folder as the first argument)`);
    return p;
  };
  const main = parseCsv(readFileSync(file('england-icbs.csv'), 'utf8'));
  const extra = new Map(parseCsv(readFileSync(file('england-icbs-extra.csv'), 'utf8')).map((r) => [r.ods_code, r]));
  const geo = new Map(readJson(file('england-icbs.geojson')).features.map((f) => [f.properties.ods_code, f]));
  const outlineFeatures = readJson(file('england-outline.geojson')).features;
  if (main.length !== 42) throw new InputError(`england-icbs.csv: expected 42 ICBs, found ${main.length}`);
  if (new Set(main.map((r) => r.ods_code)).size !== 42) throw new InputError('england-icbs.csv: repeated ods_code');
  if (geo.size !== 42) throw new InputError(`england-icbs.geojson: expected 42 ICBs, found ${geo.size}`);

  main.sort((a, b) => (a.ods_code < b.ods_code ? -1 : 1));
  const regions = new Map<string, { code: string; name: string; ons: string }>();
  const footprints = main.map((row) => {
    const code = need(row, 'ods_code', 'england-icbs.csv');
    const ex = extra.get(code);
    if (!ex) throw new InputError(`england-icbs-extra.csv: no row for ${code}`);
    const E = 'england-icbs-extra.csv';
    const regionCode = need(row, 'region_code', 'england-icbs.csv');
    const region = {
      code: regionCode,
      name: need(row, 'region', 'england-icbs.csv'),
      ons: need(ex, 'region_ons_code', E),
    };
    const seen = regions.get(regionCode);
    if (seen && (seen.name !== region.name || seen.ons !== region.ons))
      throw new InputError(`region ${regionCode} is named both ${seen.name} and ${region.name}`);
    regions.set(regionCode, region);
    const population = int(row, 'population', 'england-icbs.csv');
    if (int(ex, 'registered_pop_2024_25_projected', E) !== population)
      throw new InputError(`${code}: the two CSVs disagree on the 2024/25 population`);
    return {
      code,
      gss: need(row, 'gss_code', 'england-icbs.csv'),
      name: need(row, 'name', 'england-icbs.csv'),
      shortName: need(row, 'short_name', 'england-icbs.csv'),
      region: region.name,
      regionCode,
      population,
      residents2021: int(ex, 'census2021_usual_residents', E),
      practices2022: int(ex, 'gp_practices_2022', E),
      trusts2022: int(ex, 'trust_hq_2022', E),
      subIcbLocations: int(row, 'sub_icb_locations', 'england-icbs.csv'),
      areaKm2: num(ex, 'area_km2', E),
      centre: pointR1(project(num(ex, 'popw_centroid_census21_lon', E), num(ex, 'popw_centroid_census21_lat', E))),
    };
  });
  const regionList = [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : 1));

  const mapFootprints: MapFootprint[] = footprints.map((f) => {
    const feature = geo.get(f.code);
    if (!feature) throw new InputError(`england-icbs.geojson: no feature for ${f.code}`);
    const shape = projectGeometry(feature.geometry, `england-icbs.geojson ${f.code}`);
    const label = shapeLabel(shape);
    return {
      code: f.code,
      shortName: f.shortName,
      region: f.regionCode,
      shape,
      bbox: boxR1(shapeBox(shape)),
      label: pointR1(label.point),
      labelRoom: r1(label.room),
    };
  });
  const mapRegions: MapRegion[] = regionList.map((r) => {
    const rings = mergeShapes(mapFootprints.filter((f) => f.region === r.code).map((f) => f.shape));
    // Each merged ring is labelled as its own polygon; the region's label goes in the roomiest.
    const best = rings.map((ring) => shapeLabel([[ring]])).sort((a, b) => b.room - a.room)[0];
    return { code: r.code, name: r.name, label: pointR1(best.point), labelRoom: r1(best.room) };
  });
  if (outlineFeatures.length !== 1) throw new InputError(`england-outline.geojson: expected 1 feature`);
  const outline = projectGeometry(outlineFeatures[0].geometry, 'england-outline.geojson');
  // The outline drops islands under 10 km² that the footprints keep (over 2 km²). Those standing
  // off the coast (the Isles of Scilly, Lundy, Holy Island) are added to the land; those hugging
  // it would only draw a second, offset copy of the outline's own coast and islands.
  const fromOns = outline.length;
  const islands = mapFootprints.flatMap((f) => f.shape).filter((poly) => gap(poly, outline.slice(0, fromOns)) > 2);
  outline.push(...islands);
  const bounds = boxR1(ringsBox([...outline.flat(), ...mapFootprints.flatMap((f) => f.shape.flat())]));

  return {
    footprints: { attribution: [MAP_ATTRIBUTION, DATA_ATTRIBUTION], regions: regionList, footprints },
    map: { attribution: MAP_ATTRIBUTION, bounds, outline, footprints: mapFootprints, regions: mapRegions },
    islandsAdded: islands.length,
  };
}

/** JSON as Prettier would print it, so formatting the tree never rewrites the data. */
async function pretty(value: unknown): Promise<string> {
  return format(JSON.stringify(value), { parser: 'json', printWidth: 120 });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const source = resolve(process.argv[2] ?? '../shared/domain/england');
  const out = generate(source);
  const footprintsText = await pretty(out.footprints);
  const mapText = await pretty(out.map);
  writeFileSync(FOOTPRINTS_OUT, footprintsText);
  writeFileSync(MAP_OUT, mapText);
  const points = (shapes: MultiPolygon[]): number => shapes.flat(2).reduce((s, r) => s + r.length / 2, 0);
  console.log(
    `${out.footprints.footprints.length} footprints, ${out.footprints.regions.length} regions; ` +
      `boundaries ${points(out.map.footprints.map((f) => f.shape))} points, outline ${points([out.map.outline])} points ` +
      `(${out.map.outline.length} parts, ${out.islandsAdded} islands from the footprints)`,
  );
  console.log(`wrote ${FOOTPRINTS_OUT} (${footprintsText.length} B) and ${MAP_OUT} (${mapText.length} B)`);
  console.log(`in ${Math.round(performance.now() - t0)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e instanceof InputError ? `gen-england: ${e.message}` : e);
    process.exit(1);
  });
}

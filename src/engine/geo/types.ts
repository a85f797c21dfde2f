// Shapes of the England map in map units: kilometres east (x) and south (y) of 52.5°N 1.5°W
// (see src/model/england/projection.ts). Plain arrays so the map survives JSON and postMessage.
// EnglandMap is what the renderer draws; src/engine/api.ts (the frame and catalogue contract)
// re-exports it, and it travels to the render worker in the catalogue.

/** A closed ring as flat pairs [x0, y0, x1, y1, …]; the first point is not repeated at the end. */
export type Ring = number[];
/** An outer ring followed by its holes (GeoJSON's order). */
export type Polygon = Ring[];
/** One or more polygons (a mainland and its islands). */
export type MultiPolygon = Polygon[];
/** [minX, minY, maxX, maxY]. */
export type Box = [number, number, number, number];
export type Point = [number, number];

export interface MapFootprint {
  /** ODS code of the ICB, as in src/model/england/footprints.json. */
  code: string;
  shortName: string;
  /** ODS code of the NHS England region. */
  region: string;
  shape: MultiPolygon;
  bbox: Box;
  /** Pole of inaccessibility of the largest part: the interior point farthest from the boundary. */
  label: Point;
  /** Distance (km) from `label` to the nearest boundary: room for a label or a cluster. */
  labelRoom: number;
}

export interface MapRegion {
  code: string;
  name: string;
  /** Pole of inaccessibility of the region's largest part (its footprints merged). */
  label: Point;
  labelRoom: number;
}

/** What the generator writes (src/engine/geo/england-map.json). */
export interface EnglandMapData {
  attribution: string;
  bounds: Box;
  /** England's coastline and land border (ONS countries, ultra-generalised). */
  outline: MultiPolygon;
  footprints: MapFootprint[];
  regions: MapRegion[];
}

/** Boundary lines as polylines (flat pairs), each shared edge drawn once. */
export interface MapBorders {
  /** Between two footprints of the same region. */
  icb: number[][];
  /** Between footprints of different regions. */
  region: number[][];
}

/** The map as the renderer consumes it: the data plus borders derived from shared edges. */
export interface EnglandMap extends EnglandMapData {
  borders: MapBorders;
}

// The England map's one projection: WGS84 longitude/latitude to kilometres east (x) and south
// (y, growing downward as on screen) of 52.5°N 1.5°W. Used by scripts/gen-england.ts to bake the
// committed map data; the model never projects at run time.
//
// Spherical Lambert azimuthal equal-area, centred on 52.5°N 1.5°W (near Nuneaton), because:
// - it is the projection the source data's area centroids were computed in, so a centroid
//   projected here is the centroid of the projected polygon;
// - it is equal-area, so a footprint's area on the map is its area in km² (checked in tests);
// - over England (the Isles of Scilly, farthest, are ~450 km from the centre) its scale error
//   is under 0.1% in any direction, where an equirectangular map at 52.5°N stretches east–west
//   by about 6% in Cornwall and shrinks by 8% in Northumberland.
// A transverse Mercator (British National Grid) is as accurate but needs the ellipsoid and a
// series expansion; for a map rounded to 0.1 km a sphere is enough.

/** Centre of the projection, which is also the map's origin (0, 0). */
export const PROJECTION_ORIGIN = { lat: 52.5, lon: -1.5 } as const;
/** Authalic radius of the GRS80/WGS84 ellipsoid (km): the sphere with the ellipsoid's area. */
export const EARTH_RADIUS_KM = 6371.0072;

const RAD = Math.PI / 180;
const PHI0 = PROJECTION_ORIGIN.lat * RAD;
const LAM0 = PROJECTION_ORIGIN.lon * RAD;
const SIN0 = Math.sin(PHI0);
const COS0 = Math.cos(PHI0);

/** [lon, lat] in degrees → [x, y] in km (x east, y south of the origin). */
export function project(lon: number, lat: number): [number, number] {
  const phi = lat * RAD;
  const dl = lon * RAD - LAM0;
  const sinP = Math.sin(phi),
    cosP = Math.cos(phi),
    cosL = Math.cos(dl);
  const k = Math.sqrt(2 / (1 + SIN0 * sinP + COS0 * cosP * cosL));
  const east = EARTH_RADIUS_KM * k * cosP * Math.sin(dl);
  const north = EARTH_RADIUS_KM * k * (COS0 * sinP - SIN0 * cosP * cosL);
  return [east, -north];
}

/** The inverse of `project`: [x, y] in km → [lon, lat] in degrees. */
export function unproject(x: number, y: number): [number, number] {
  const east = x,
    north = -y;
  const rho = Math.hypot(east, north);
  if (rho === 0) return [PROJECTION_ORIGIN.lon, PROJECTION_ORIGIN.lat];
  const c = 2 * Math.asin(rho / (2 * EARTH_RADIUS_KM));
  const sinC = Math.sin(c),
    cosC = Math.cos(c);
  const phi = Math.asin(cosC * SIN0 + (north * sinC * COS0) / rho);
  const lam = LAM0 + Math.atan2(east * sinC, rho * COS0 * cosC - north * SIN0 * sinC);
  return [lam / RAD, phi / RAD];
}

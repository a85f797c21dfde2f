(globalThis as any).navigator ??= { userAgent: 'node' };
const mod = await import('./src/render/map-layer');
const { englandMap } = await import('./src/engine/geo/england');
const map = englandMap();
for (const s of [0.5, 0.8, 1, 1.5, 1.99, 2, 3, 5, 8, 12, 20, 30]) {
  const v = mod.mapLabelsAt(map, s);
  console.log(s, v.regions.filter(Boolean).length, v.footprints.filter(Boolean).length, map.footprints.filter((_, i) => !v.footprints[i]).map((f) => f.code).join(' '));
}

// Developer aid: runs the engine Session in Node at each scale (load, a year, a frame, a reform)
// and prints sizes and timings. Usage: npx tsx scripts/e2e-smoke.ts
import { Session } from '../src/engine/session';
for (const scale of ['local', 'region', 'england'] as const) {
  const s = new Session();
  let t = performance.now();
  const cat = s.load({ regime: 'ccg-2013', scale, seed: 1, years: 10 });
  const tl = performance.now() - t;
  t = performance.now();
  let f = s.step(52);
  const ts = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 10; i++) s.frame();
  const tf = (performance.now() - t) / 10;
  console.log(scale, {
    nodes: cat.nodes.length,
    edges: f.edgeCount,
    load: tl.toFixed(0),
    yearMs: ts.toFixed(0),
    frameMs: tf.toFixed(1),
    events: f.events.length,
    sv: f.structureVersion,
  });
  const before = cat.nodes.filter((n) => n.kind === 'commissioner').length;
  s.reform('icb-2022');
  f = s.frame();
  const c2 = s.catalogue();
  const active = c2.nodes.filter((n, i) => n.kind === 'commissioner' && !(f.nodeFlags[i] & 1)).length;
  console.log('  reform: commissioners', before, '->', active, 'sv', f.structureVersion, 'regime', f.regime, f.reforms);
  if (scale === 'local') for (const e of f.events.slice(0, 8)) console.log('   ', e.text);
}

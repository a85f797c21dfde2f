// Benchmark (not a test): the cost of a reform (CCGs → ICBs) at England scale and at a synthetic
// England eight times as large (eight times the practices, trusts, providers, federations
// and commissioners in the same 42 areas, through regime overrides; the people are England's), and of building
// the world. Medians of several runs, each on a fresh model; the model is bundled with esbuild
// as Vite bundles it. Usage: npm run bench:reform [-- --runs 3]
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Model as ModelType, Scenario } from '../src/model/index';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'qm-bench-reform-'));
const bundle = join(dir, 'model.mjs');
await build({
  entryPoints: ['src/model/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: bundle,
  logLevel: 'error',
});
const { Model, REGIMES } = (await import(bundle)) as typeof import('../src/model/index');

function scaled(factor: number): Scenario['regimes'] {
  const grow = (id: 'ccg-2013' | 'icb-2022') => {
    const r = REGIMES[id];
    return {
      commissioners: { england: r.commissioners.england * factor },
      england: {
        practices: r.england.practices * factor,
        trusts: r.england.trusts * factor,
        isps: r.england.isps * factor,
        federations: r.england.federations * factor,
      },
    };
  };
  return factor === 1 ? {} : { 'ccg-2013': grow('ccg-2013'), 'icb-2022': grow('icb-2022') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| England | organisations | live contracts | build world | reform CCGs → ICBs |');
console.log('|---|---|---|---|---|');
for (const factor of [1, 8]) {
  const buildMs: number[] = [];
  const reformMs: number[] = [];
  let m: ModelType | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    m = new Model({ regime: 'ccg-2013', scale: 'england', seed: 1 + i, years: 2, regimes: scaled(factor) });
    buildMs.push(performance.now() - t0);
    m.stepYear();
    const t1 = performance.now();
    m.applyReform('icb-2022');
    reformMs.push(performance.now() - t1);
  }
  const w = m!.world;
  const orgs = w.commissioners.length + w.providers.length + w.practices.length;
  const live = w.contracts.filter((c) => c.state !== 'ended').length;
  console.log(
    `| ×${factor} | ${orgs.toLocaleString('en-GB')} | ${live.toLocaleString('en-GB')} | ${median(buildMs).toFixed(0)} ms | ${median(reformMs).toFixed(0)} ms |`,
  );
}

// npm run validate [-- --quick] [--seeds N] [--no-sensitivity] [--trajectories R]
// [--sa-seeds K] [--no-write | --write]: runs the pattern checks, the organisation-count check and
// the Morris sensitivity analysis, prints tables and writes docs/VALIDATION.md with SVG
// figures in docs/figures/ (--quick only prints, unless --write: the committed report should
// come from the full design). Exit code 1 when a testable pattern fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensembleSeeds } from './ensemble';
import { ExperimentCache, EXPERIMENTS, YEARS } from './experiments';
import { PATTERNS, type PatternResult } from './patterns';
import { patternConsole, renderMarkdown, saFigures, scaleConsole } from './report';
import { scaleRows } from './scale-check';
import { runMorris, type SaResult } from './sensitivity';

export interface ValidateOptions {
  quick: boolean;
  seeds: number;
  sensitivity: boolean;
  trajectories: number;
  saSeeds: number;
  write: boolean;
  rootSeed: number;
}

const USAGE =
  'usage: npm run validate -- [--quick] [--seeds N] [--no-sensitivity] [--trajectories R] [--sa-seeds K] [--root-seed S] [--no-write | --write]';

export function parseArgs(argv: string[]): ValidateOptions {
  const o: ValidateOptions = {
    quick: false,
    seeds: 30,
    sensitivity: true,
    trajectories: 40,
    saSeeds: 6,
    write: true,
    rootSeed: 2013,
  };
  const explicit = new Set<string>();
  const num = (flag: string, v: string | undefined, min: number, max: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min || n > max)
      throw new Error(
        `${flag} needs a whole number from ${min} to ${max}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}\n${USAGE}`,
      );
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--quick':
        o.quick = true;
        break;
      case '--no-sensitivity':
        o.sensitivity = false;
        break;
      case '--no-write':
        o.write = false;
        explicit.add('write');
        break;
      case '--write':
        o.write = true;
        explicit.add('write');
        break;
      case '--seeds':
        o.seeds = num(a, argv[++i], 2, 200);
        explicit.add('seeds');
        break;
      case '--trajectories':
        o.trajectories = num(a, argv[++i], 2, 200);
        explicit.add('trajectories');
        break;
      case '--sa-seeds':
        o.saSeeds = num(a, argv[++i], 1, 50);
        explicit.add('saSeeds');
        break;
      case '--root-seed':
        o.rootSeed = num(a, argv[++i], 0, 2147483646);
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${JSON.stringify(a)}\n${USAGE}`);
    }
  }
  if (o.quick) {
    if (!explicit.has('seeds')) o.seeds = 4;
    if (!explicit.has('trajectories')) o.trajectories = 4;
    if (!explicit.has('saSeeds')) o.saSeeds = 1;
    if (!explicit.has('write')) o.write = false;
  }
  return o;
}

function main(): number {
  let opts: ValidateOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const t0 = performance.now();
  const seeds = ensembleSeeds(opts.rootSeed, opts.seeds);
  const timings: { experiment: string; ms: number; runs: number }[] = [];
  const cache = new ExperimentCache(seeds, (id, ms) => {
    const n = Math.min(seeds.length, EXPERIMENTS[id].maxSeeds ?? seeds.length);
    timings.push({ experiment: EXPERIMENTS[id].label, ms, runs: n });
    console.error(`  ran ${EXPERIMENTS[id].label} × ${n} seeds in ${(ms / 1000).toFixed(1)} s`);
  });
  console.error(`Validating over ${seeds.length} seeds (root seed ${opts.rootSeed})…`);
  const results: PatternResult[] = PATTERNS.map((p) => p.evaluate(cache));
  const invariantErrors = cache
    .all()
    .flatMap(([id, runs]) => runs.flatMap((r) => r.invariantErrors.map((e) => `${id} seed ${r.seed}: ${e}`)));
  console.log('\nPatterns');
  console.log(patternConsole(results));

  const ts = performance.now();
  const scales = scaleRows();
  timings.push({
    experiment: 'organisation counts (5 regimes × 3 scales, initialisation)',
    ms: performance.now() - ts,
    runs: scales.length,
  });
  console.log('\nOrganisation counts (model, expected in brackets)');
  console.log(scaleConsole(scales));

  let sa: SaResult | null = null;
  if (opts.sensitivity) {
    console.error(`Morris: ${opts.trajectories} trajectories × 8 points × ${opts.saSeeds} seeds…`);
    let last = 0;
    sa = runMorris({
      trajectories: opts.trajectories,
      seedsPerPoint: opts.saSeeds,
      years: YEARS,
      regime: 'ccg-2013',
      rootSeed: opts.rootSeed,
      candidates: opts.trajectories * 4,
      onProgress: (d, t) => {
        const pc = Math.floor((100 * d) / t);
        if (pc >= last + 10) {
          last = pc;
          console.error(`  ${pc}%`);
        }
      },
    });
    timings.push({ experiment: 'Morris sensitivity analysis', ms: sa.ms, runs: sa.runs });
    console.log('\nMorris μ* (rows: outputs; columns: factors)');
    const factors = sa.indices[Object.keys(sa.indices)[0]].map((i) => i.factor.replace(/^[a-z]+\./, ''));
    console.log(['output'.padEnd(24), ...factors.map((f) => f.slice(0, 14).padStart(15))].join(''));
    for (const [out, idx] of Object.entries(sa.indices))
      console.log([out.padEnd(24), ...idx.map((i) => i.muStar.toPrecision(3).padStart(15))].join(''));
  }
  const totalMs = performance.now() - t0;

  if (opts.write) {
    const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
    const figDir = docs + 'figures/';
    mkdirSync(figDir, { recursive: true });
    const figs = [...results.flatMap((r) => r.figures ?? []), ...(sa ? saFigures(sa) : [])];
    for (const f of figs) writeFileSync(figDir + f.file, f.svg);
    const args = process.argv.slice(2).join(' ');
    writeFileSync(
      docs + 'VALIDATION.md',
      renderMarkdown({
        command: `npm run validate${args ? ' -- ' + args : ''}`,
        seeds,
        years: YEARS,
        patterns: results,
        scales,
        sa,
        invariantErrors,
        timings,
        totalMs,
        figuresDir: 'figures',
      }),
    );
    console.error(`wrote docs/VALIDATION.md and ${figs.length} figures in docs/figures/`);
  }
  const failed = results.filter((r) => r.pass === false).length + scales.filter((r) => !r.ok).length;
  console.log(
    `\n${results.filter((r) => r.pass).length} patterns pass, ${failed} checks fail, ${results.filter((r) => r.pass === null).length} not testable; invariant violations: ${invariantErrors.length}; ${(totalMs / 1000).toFixed(0)} s`,
  );
  return failed > 0 || invariantErrors.length > 0 ? 1 : 0;
}

// Run only as a script, not when imported by tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();

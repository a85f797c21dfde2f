// npm run validate [-- --quick] [--sets K] [--seeds N] [--root-seed S] [--direction-seeds D]
// [--no-directions] [--no-sensitivity] [--trajectories R] [--sa-seeds K] [--no-write | --write]:
// runs the patterns (classified emergent, calibration or read-back) on validation's own seed
// sets, the directional suite, the organisation-count check and the Morris sensitivity
// analysis; prints tables and writes docs/VALIDATION.md with SVG figures in docs/validation/
// (--quick only prints, unless --write: the committed report should come from the full
// design). Exit code 1 when a testable pattern or a direction fails, or an invariant breaks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIRECTIONS } from './directions';
import { ArmRuns, runDirections, type DirectionResult } from './directions-run';
import { EXPERIMENTS, YEARS } from './experiments';
import { historyFigures } from './history-figures';
import { evaluatePattern } from './pattern-kit';
import { PATTERNS } from './patterns';
import { patternConsole, renderMarkdown, saFigures, scaleConsole } from './report';
import { directionsConsole } from './report-directions';
import { kindCounts, summaryLine } from './report-kinds';
import { scaleRows } from './scale-check';
import { reservedSeeds, SeedSets, seedSets, variationAcrossSets, VALIDATION_ROOT_SEED } from './seed-sets';
import { runMorris, type SaResult } from './sensitivity';

export interface ValidateOptions {
  quick: boolean;
  /** Independent seed sets, and seeds in each. */
  sets: number;
  seeds: number;
  directions: boolean;
  directionSeeds: number;
  sensitivity: boolean;
  trajectories: number;
  saSeeds: number;
  write: boolean;
  rootSeed: number;
}

const USAGE =
  'usage: npm run validate -- [--quick] [--sets K] [--seeds N] [--root-seed S] [--direction-seeds D] [--no-directions] [--no-sensitivity] [--trajectories R] [--sa-seeds K] [--no-write | --write]';

export function parseArgs(argv: string[]): ValidateOptions {
  const o: ValidateOptions = {
    quick: false,
    sets: 5,
    seeds: 8,
    directions: true,
    directionSeeds: 12,
    sensitivity: true,
    trajectories: 20,
    saSeeds: 4,
    write: true,
    rootSeed: VALIDATION_ROOT_SEED,
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
  const flags: Record<string, [keyof ValidateOptions, number, number]> = {
    '--sets': ['sets', 1, 20],
    '--seeds': ['seeds', 2, 200],
    '--direction-seeds': ['directionSeeds', 2, 200],
    '--trajectories': ['trajectories', 2, 200],
    '--sa-seeds': ['saSeeds', 1, 50],
    '--root-seed': ['rootSeed', 0, 2147483646],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a in flags) {
      const [key, min, max] = flags[a];
      (o[key] as number) = num(a, argv[++i], min, max);
      explicit.add(key);
      continue;
    }
    switch (a) {
      case '--quick':
        o.quick = true;
        break;
      case '--no-sensitivity':
        o.sensitivity = false;
        break;
      case '--no-directions':
        o.directions = false;
        break;
      case '--no-write':
      case '--write':
        o.write = a === '--write';
        explicit.add('write');
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${JSON.stringify(a)}\n${USAGE}`);
    }
  }
  if (o.quick) {
    const small: Partial<ValidateOptions> = {
      sets: 2,
      seeds: 2,
      directionSeeds: 3,
      trajectories: 4,
      saSeeds: 1,
      write: false,
    };
    for (const [k, v] of Object.entries(small)) if (!explicit.has(k)) (o as unknown as Record<string, unknown>)[k] = v;
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
  const sets = seedSets(opts.rootSeed, opts.sets, opts.seeds);
  const reserved = reservedSeeds();
  const sharedSeeds = sets.flat().filter((s) => reserved.has(s));
  const byExperiment = new Map<string, { ms: number; runs: number }>();
  const source = new SeedSets(sets, (id, ms) => {
    const t = byExperiment.get(id) ?? { ms: 0, runs: 0 };
    t.ms += ms;
    t.runs += Math.min(opts.seeds, EXPERIMENTS[id].maxSeeds ?? opts.seeds);
    byExperiment.set(id, t);
    console.error(`  ran ${EXPERIMENTS[id].label} on a seed set in ${(ms / 1000).toFixed(1)} s`);
  });
  console.error(`Validating on ${opts.sets} seed sets of ${opts.seeds} (root seed ${opts.rootSeed})…`);
  const results = PATTERNS.map((p) => evaluatePattern(p, source));
  const variation = opts.sets > 1 ? variationAcrossSets(PATTERNS, source, results) : null;
  const timings = [...byExperiment.entries()].map(([id, t]) => ({
    experiment: EXPERIMENTS[id as keyof typeof EXPERIMENTS].label,
    ...t,
  }));
  console.log('\nPatterns');
  console.log(patternConsole(results));
  console.log('\n' + summaryLine(kindCounts(results)).replace(/\*\*/g, ''));

  const ts = performance.now();
  const scales = scaleRows();
  timings.push({ experiment: 'organisation counts (initialisation)', ms: performance.now() - ts, runs: scales.length });
  console.log('\nOrganisation counts (model, expected in brackets)');
  console.log(scaleConsole(scales));

  let directions: DirectionResult[] = [];
  const armRuns = new ArmRuns();
  if (opts.directions) {
    const seeds = seedSets(opts.rootSeed, 1, opts.directionSeeds)[0];
    console.error(`Directional suite: ${DIRECTIONS.length} directions × 2 arms × ${seeds.length} seeds…`);
    const td = performance.now();
    directions = runDirections(DIRECTIONS, seeds, armRuns, (d) =>
      console.error(`  ${d.direction.id} ${d.pass ? 'passes' : 'fails'}`),
    );
    timings.push({ experiment: 'directional suite (paired arms)', ms: performance.now() - td, runs: armRuns.runs });
    console.log('\nDirectional suite (B − A, 95% t interval)');
    console.log(directionsConsole(directions));
  }

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
  const invariantErrors = [
    ...source
      .all()
      .flatMap(([id, runs]) => runs.flatMap((r) => r.invariantErrors.map((e) => `${id} seed ${r.seed}: ${e}`))),
    ...armRuns.invariantErrors,
  ];
  const totalMs = performance.now() - t0;

  if (opts.write) {
    const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
    const figDir = docs + 'validation/';
    mkdirSync(figDir, { recursive: true });
    const history = historyFigures(source.get('history'));
    const figs = [...results.flatMap((r) => r.figures ?? []), ...history, ...(sa ? saFigures(sa) : [])];
    for (const f of figs) writeFileSync(figDir + f.file, f.svg);
    const args = process.argv.slice(2).join(' ');
    writeFileSync(
      docs + 'VALIDATION.md',
      renderMarkdown({
        command: `npm run validate${args ? ' -- ' + args : ''}`,
        rootSeed: opts.rootSeed,
        sets,
        years: YEARS,
        patterns: results,
        variation,
        directions,
        historyFigures: history,
        scales,
        sa,
        invariantErrors,
        timings,
        totalMs,
        figuresDir: 'validation',
        sharedSeeds,
      }),
    );
    console.error(`wrote docs/VALIDATION.md and ${figs.length} figures in docs/validation/`);
  }
  const failed =
    results.filter((r) => r.pass === false).length +
    scales.filter((r) => !r.ok).length +
    directions.filter((d) => !d.pass).length;
  console.log(
    `\n${summaryLine(kindCounts(results)).replace(/\*\*/g, '')}; ${directions.filter((d) => d.pass).length} of ${directions.length} directions pass; ${failed} checks fail; invariant violations: ${invariantErrors.length}; ${(totalMs / 1000).toFixed(0)} s`,
  );
  return failed > 0 || invariantErrors.length > 0 ? 1 : 0;
}

// Run only as a script, not when imported by tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();

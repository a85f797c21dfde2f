// Formats validation results as a console table and as docs/VALIDATION.md.
import type { ClassifiedResult, Figure } from './pattern-kit';
import { directionsSection } from './report-directions';
import type { DirectionResult } from './directions-run';
import { kindCounts, md, patternSections, summaryLine, variationSection } from './report-kinds';
import type { SetVariation } from './seed-sets';
import { mean } from '../engine/stats';
import { PARAMETERS, REGIME_IDS, REGIMES } from '../model/index';
import type { ScaleRow } from './scale-check';
import { SA_FACTORS, SA_OUTPUTS, type SaResult } from './sensitivity';
import { barChart, scatterChart, PALETTE } from './svg';
import { fmt } from './stats';

export { verdict } from './report-kinds';
import { verdict } from './report-kinds';
const verdictOf = (r: ClassifiedResult) => `${verdict(r.pass)} (${r.kind})`;

function wrap(s: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > w && line) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** Plain-text table with wrapped cells, for the terminal. */
export function consoleTable(headers: string[], rows: string[][], widths: number[]): string {
  const lines: string[] = [];
  const sep = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const emit = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    const h = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < h; k++)
      lines.push('| ' + wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i])).join(' | ') + ' |');
  };
  lines.push(sep);
  emit(headers);
  lines.push(sep);
  for (const r of rows) {
    emit(r);
    lines.push(sep);
  }
  return lines.join('\n');
}

export function patternConsole(results: ClassifiedResult[]): string {
  return consoleTable(
    ['pattern', 'literature', 'model (mean, range across seeds)', 'result'],
    results.map((r) => [`${r.id} ${r.title}`, r.literature, r.model, verdictOf(r)]),
    [28, 40, 46, 12],
  );
}

export function scaleConsole(rows: ScaleRow[]): string {
  return consoleTable(
    ['regime', 'scale', 'commissioners', 'practices', 'trusts', 'ISPs', 'result'],
    rows.map((r) => [
      r.regime,
      r.scale,
      `${r.commissioners} (${r.expected.commissioners})`,
      `${r.practices} (${r.expected.practices})`,
      `${r.trusts} (${r.expected.trusts})`,
      `${r.isps} (${r.expected.isps})`,
      r.ok ? 'PASS' : 'FAIL ' + r.problems.join('; '),
    ]),
    [22, 8, 13, 12, 10, 9, 30],
  );
}

export function saFigures(sa: SaResult): Figure[] {
  const figs: Figure[] = [];
  const short = (id: string) => id.replace(/^[a-z]+\./, '');
  // μ* normalised by the output's spread so outputs in £m and counts share one picture.
  const heat = SA_OUTPUTS.map((o) =>
    sa.indices[o.id].map((i) => (sa.outputSd[o.id] > 0 ? i.muStar / sa.outputSd[o.id] : 0)),
  );
  for (const o of SA_OUTPUTS) {
    figs.push({
      file: `morris-${o.id}.svg`,
      caption: `Morris screening of ${o.label}: μ* (mean absolute elementary effect over the factor's range) against σ (non-linearity and interactions). Points above the dashed line σ = μ* act mainly through non-linear effects or interactions.`,
      svg: scatterChart({
        title: `Morris μ* vs σ: ${o.label}`,
        xLabel: 'μ* (effect of moving the factor across its range)',
        yLabel: 'σ',
        points: sa.indices[o.id].map((i, k) => ({
          x: i.muStar,
          y: i.sigma,
          label: short(i.factor),
          color: PALETTE[k % PALETTE.length],
        })),
        ratioLine: 1,
      }),
    });
  }
  figs.push({
    file: 'morris-overview.svg',
    caption:
      'Overall importance: for each factor, the mean over all outputs of μ*/sd(output), with the range over outputs. A factor near zero barely moves any output.',
    svg: barChart({
      title: 'Morris μ*/sd(output), mean over outputs',
      yLabel: 'μ* / sd(output)',
      bars: SA_FACTORS.map((f, k) => {
        const v = heat.map((row) => row[k]);
        return {
          label: short(f.id),
          value: mean(v),
          lo: Math.min(...v),
          hi: Math.max(...v),
          color: PALETTE[k % PALETTE.length],
        };
      }),
    }),
  });
  return figs;
}

const mdCell = md;

export interface ReportInput {
  command: string;
  rootSeed: number;
  sets: number[][];
  years: number;
  patterns: ClassifiedResult[];
  variation: SetVariation | null;
  directions: DirectionResult[];
  historyFigures: Figure[];
  scales: ScaleRow[];
  sa: SaResult | null;
  invariantErrors: string[];
  timings: { experiment: string; ms: number; runs: number }[];
  totalMs: number;
  figuresDir: string;
  /** Validation seeds that the tests or calibration also use (should be none). */
  sharedSeeds: number[];
}

export function renderMarkdown(x: ReportInput): string {
  const out: string[] = [];
  const c = kindCounts(x.patterns);
  const seeds = x.sets.flat();
  const names = (pred: (r: ClassifiedResult) => boolean) =>
    x.patterns
      .filter(pred)
      .map((r) => r.id)
      .join(', ') || 'none';
  out.push('# Validation', '');
  out.push(`<!-- Generated by \`${x.command}\`. Re-run it after changing the model; do not edit by hand. -->`, '');
  out.push(
    'Pattern-oriented validation (Grimm et al. 2005; Railsback & Grimm 2019, ch. 18): the model is judged by whether it reproduces, at once, several patterns the record reports about the English NHS — the stylised facts of the domain brief, the source documents, and the history 1991–2025 of the timeline (`docs/domain/`). Each pattern is one of three kinds, and only the first counts as reproduced: **emergent** (not tuned to and not an input), **calibration target** (a parameter was set to hit it) or **input read-back** (it reads an input back). When in doubt a pattern is not counted as emergent; each kind is argued pattern by pattern below. Tolerances are argued from the record in the code (`src/validation/patterns*.ts`); the same checks run in the test suite with the test seeds.',
    '',
  );
  out.push(summaryLine(c), '');
  out.push(
    `Emergent patterns failing: ${names((r) => r.kind === 'emergent' && r.pass === false)}. Calibration targets missed (${c.calibration.tested - c.calibration.pass} of ${c.calibration.tested}): ${names((r) => r.kind === 'calibration' && r.pass === false)}. Read-backs that do not match (${c.readBack.tested - c.readBack.pass} of ${c.readBack.tested}): ${names((r) => r.kind === 'read-back' && r.pass === false)}. Not testable: ${names((r) => r.pass === null)}. Directional suite: ${x.directions.filter((d) => d.pass).length} of ${x.directions.length} directions pass.`,
    '',
  );
  out.push(
    `Seeds: validation's own root seed **${x.rootSeed}**, cut into ${x.sets.length} independent sets of ${x.sets[0]?.length ?? 0} (set k is the k-th block of the root's run seeds; ${seeds.length} seeds in all; ${x.years}-year runs at local scale, ~1.2m people, unless an experiment says otherwise). The test suite uses root 2013 and small fixed seeds, and calibration was done on those; ${x.sharedSeeds.length ? `**${x.sharedSeeds.length} of validation's seeds are among them: ${x.sharedSeeds.join(', ')}**` : "none of validation's seeds is among them (checked)"}. Verdicts pool all sets; the seed-set section shows each set alone.`,
    '',
  );
  out.push(...patternSections(x.patterns, x.figuresDir));
  if (x.variation) out.push(...variationSection(x.variation));
  if (x.historyFigures.length) {
    out.push('## The history run, 1991/92–2025/26', '');
    out.push(
      'The preset `history-1991-2025` (local scale) for several seeds, year by year, beside what the shared record holds. The record gives few outcome numbers; where it describes a period in words, the period is shaded and labelled. The money figures are set as shares of allocation so that a local economy can be compared with national totals.',
      '',
    );
    for (const f of x.historyFigures)
      out.push(`![${md(f.caption)}](${x.figuresDir}/${f.file})`, '', `*${f.caption}*`, '');
  }
  out.push(...directionsSection(x.directions));
  out.push('## Calibration');
  out.push('');
  out.push(
    'Every default in the parameter registry names its source — a row of the domain brief, a source document, the mechanisms note, or an assumption with its reasoning — and [parameters.md](parameters.md) is generated from the registry. Most defaults are set directly from a number in the brief (organisation counts, allocations, tariff rules, contract lengths, tender costs and durations, dispute thresholds, demand and prevalence growth). The parameters below were instead tuned so that the model reproduces a pattern; the patterns they were tuned to are calibration targets, not independent validation:',
  );
  out.push('');
  const tuned = PARAMETERS.filter((p) => /calibrat/i.test(p.source));
  for (const p of tuned) out.push(`- \`${p.id}\` = ${p.default}: ${mdCell(p.source)}`);
  for (const r of REGIME_IDS.map((id) => REGIMES[id])) {
    // "…: assumption, below the 2013 calibration" names a calibration without being one.
    for (const src of r.sources.filter((x) => /calibrat/i.test(x) && !/^[^:]*: assumption/i.test(x)))
      out.push(`- regime \`${r.id}\`: ${mdCell(src)}`);
  }
  out.push(
    '- set to a pattern without the word in their source: `provider.surplusSpending` (from timeline C1, "faster growth let trusts break even": H-BREAKEVEN); `contract.monitoringCost` (to keep the contracting share within the DH series: P2); the base 0.55 of the yearly trust outcome in trust.ts and each pair\'s lasting rapport (relationships vary around the country: SURVEY); initial independent-provider shares (ISP); the timeline\'s usable elective capacity in 2020/21, 0.6 (so that the list jumps: H-WAITING-COVID).',
  );
  out.push('');
  out.push('## Organisation counts at the three scales');
  out.push('');
  out.push(
    'Each regime built at each scale (initialisation only). England must match the brief\'s counts (§1.1) within 2%; region and local must match the England counts scaled by population (within 25% or ±1, since whole organisations are shared among areas), with at least three trusts per area and 5–15 independent providers in one local economy (brief §1.1, "workshop-sized health economy"). Brackets: the expected number.',
  );
  out.push('');
  out.push('| regime | scale | population | commissioners | practices | NHS trusts | ISPs | result |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of x.scales) {
    out.push(
      `| \`${r.regime}\` | ${r.scale} | ${(r.population / 1e6).toFixed(2)}m | ${r.commissioners} (${r.expected.commissioners}) | ${r.practices} (${r.expected.practices}) | ${r.trusts} (${r.expected.trusts}) | ${r.isps} (${r.expected.isps}) | ${r.ok ? 'PASS' : 'FAIL: ' + mdCell(r.problems.join('; '))} |`,
    );
  }
  out.push('');
  if (x.sa) {
    const sa = x.sa;
    out.push('## Sensitivity analysis (Morris elementary effects)');
    out.push('');
    out.push(
      `Method: Morris (1991) one-at-a-time screening with the μ* measure and spread-maximising trajectory selection of Campolongo, Cariboni & Saltelli (2007): ${sa.options.trajectories} trajectories chosen from ${sa.options.candidates} candidates on a 4-level grid, ${SA_FACTORS.length} factors, so ${sa.options.trajectories * (SA_FACTORS.length + 1)} design points; each point is the mean of ${sa.options.seedsPerPoint} seeds (the same seeds at every point — common random numbers — so seed noise is not mistaken for an effect). Model: \`${sa.options.regime}\` regime, local scale, ${sa.options.years} years; ${sa.runs} runs in ${(sa.ms / 1000).toFixed(0)} s. Implementation: \`src/analysis/morris.ts\`, the module \`npm run sim -- sa --method morris\` uses for any parameters and outputs (no maintained npm package implements Morris or Sobol; the module is tested on functions with known effects).`,
    );
    out.push('');
    out.push(
      'μ* is the mean absolute change in the output when the factor moves across its whole range (one grid step of Δ = 2/3 of the range, rescaled), σ the standard deviation of those changes: σ comparable to μ* means the effect depends on the other factors (interactions) or is non-linear. The tables give μ* with its 95% bootstrap interval over trajectories, and μ*/sd(output) to compare factors across outputs.',
    );
    out.push('');
    out.push('**Summary.** The most influential factors per output (largest μ*; μ*/sd(output) in brackets):');
    out.push('');
    out.push('| output | first | second | third |');
    out.push('|---|---|---|---|');
    for (const o of SA_OUTPUTS) {
      const sd = sa.outputSd[o.id];
      const top = [...sa.indices[o.id]]
        .sort((a, b) => b.muStar - a.muStar)
        .slice(0, 3)
        .map((i) => `\`${i.factor}\` (${sd > 0 ? fmt(i.muStar / sd) : '–'})`);
      out.push(`| ${o.label} | ${top.join(' | ')} |`);
    }
    out.push('');
    out.push('| factor | range | why this range |');
    out.push('|---|---|---|');
    for (const f of SA_FACTORS) out.push(`| \`${f.id}\` | ${f.lo} – ${f.hi} | ${mdCell(f.why)} |`);
    out.push('');
    for (const o of SA_OUTPUTS) {
      const idx = [...sa.indices[o.id]].sort((a, b) => b.muStar - a.muStar);
      out.push(`### ${o.label}`);
      out.push('');
      out.push(`Mean over the design ${fmt(sa.outputMean[o.id])}, sd ${fmt(sa.outputSd[o.id])}.`);
      out.push('');
      out.push('| factor | μ* (95% CI) | μ | σ | μ*/sd(output) |');
      out.push('|---|---|---|---|---|');
      for (const i of idx) {
        out.push(
          `| \`${i.factor}\` | ${fmt(i.muStar)} (${fmt(i.muStarLo)}–${fmt(i.muStarHi)}) | ${fmt(i.mu)} | ${fmt(i.sigma)} | ${sa.outputSd[o.id] > 0 ? fmt(i.muStar / sa.outputSd[o.id]) : '–'} |`,
        );
      }
      out.push('');
    }
    out.push('### Figures');
    out.push('');
    for (const f of saFigures(sa)) {
      out.push(`![${mdCell(f.caption)}](${x.figuresDir}/${f.file})`);
      out.push('');
      out.push(`*${f.caption}*`);
      out.push('');
    }
  }
  out.push('## Run record');
  out.push('');
  out.push(
    `Money conservation and structural invariants (\`checkInvariants\`) at the end of every run: ${x.invariantErrors.length ? `**${x.invariantErrors.length} violations**: ${mdCell(x.invariantErrors.slice(0, 5).join('; '))}` : 'no violations'}.`,
  );
  out.push('');
  out.push('| experiment | runs | seconds |');
  out.push('|---|---|---|');
  for (const t of x.timings) out.push(`| ${t.experiment} | ${t.runs} | ${(t.ms / 1000).toFixed(1)} |`);
  out.push('');
  out.push(`Total ${(x.totalMs / 1000).toFixed(0)} s on this machine (2 cores).`);
  out.push('');
  return out.join('\n');
}

// The directional suite in docs/VALIDATION.md and on the console: for each direction and
// output, the means of both arms, the mean paired difference with its 95% t interval, and
// the verdict; then how each direction arises and, for those that fail, why.
import { DIRECTION_DIAGNOSES } from './diagnoses';
import type { DirectionCheck } from './directions';
import type { CheckResult, DirectionResult } from './directions-run';
import { md, verdict } from './report-kinds';

/** A value in the check's unit: shares and margins in percent or points, counts plainly. */
export function fmtValue(x: number, unit: DirectionCheck['unit']): string {
  if (!Number.isFinite(x)) return '–';
  if (unit === '%' || unit === 'pts') {
    const v = x * 100;
    const a = Math.abs(v);
    const s = a >= 10 ? v.toFixed(1) : a >= 0.1 ? v.toFixed(2) : v.toPrecision(2);
    return unit === '%' ? `${s}%` : `${s} pts`;
  }
  const a = Math.abs(x);
  return a >= 1000 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 0.1 ? x.toFixed(3) : x.toPrecision(3);
}

export function expectText(c: DirectionCheck): string {
  if (c.expect === 'increase') return 'B > A';
  if (c.expect === 'decrease') return 'B < A';
  const m = fmtValue(c.margin ?? 0, c.unit);
  return c.expect === 'no-large-fall' ? `no fall beyond ${m}` : `no rise beyond ${m}`;
}

const ci = (c: CheckResult) =>
  `${fmtValue(c.interval.mean, c.check.unit)} [${fmtValue(c.interval.lo, c.check.unit)}, ${fmtValue(c.interval.hi, c.check.unit)}]`;

export function directionsSection(results: DirectionResult[]): string[] {
  if (!results.length) return [];
  const n = results[0].seeds.length;
  const passed = results.filter((r) => r.pass).length;
  const out: string[] = ['## Directional suite', ''];
  out.push(
    `Sixteen directions the literature reports (issue 8), each a paired experiment: the same ${n} seeds (${results[0].seeds.join(', ')}) run in arm A and in arm B, which differs by one change made as a scenario can (a parameter as \`--set\` does, a timeline series, or a regime rule). For each output the table gives the mean of each arm, the mean paired difference B − A and its 95% t interval (t with ${n - 1} degrees of freedom; \`src/validation/t-interval.ts\`). An output passes when the interval excludes zero in the literature's direction; "no fall beyond m" passes when the interval's lower end is above −m (a change, if any, smaller than m), "no rise beyond m" when its upper end is below m. A direction passes when all its outputs do. Runs are local (~1.2m people), 2011/12–2018/19 unless stated, following the record's inputs; arbitrations are made common in both arms where they are counted (every failed mediation escalates, over any sum, foundation trusts included), since one local economy sees about one a decade otherwise.`,
    '',
  );
  out.push(`**${passed} of ${results.length} directions pass.**`, '');
  out.push('| # | direction | change (A → B) | output | A | B | B − A [95% CI] | expected | output | direction |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results)
    r.checks.forEach((c, i) =>
      out.push(
        `| ${i === 0 ? r.direction.id : ''} | ${i === 0 ? md(r.direction.title) : ''} | ${i === 0 ? md(r.direction.change) : ''} | ${md(c.check.output)} | ${fmtValue(c.a, c.check.unit)} | ${fmtValue(c.b, c.check.unit)} | ${ci(c)} | ${expectText(c.check)} | ${c.pass ? 'ok' : 'no'} | ${i === 0 ? `**${verdict(r.pass)}**` : ''} |`,
      ),
    );
  out.push('', 'How each direction arises in the model, and its source:', '');
  for (const r of results)
    out.push(`- **${r.direction.id}** — ${r.direction.arises}. *Source:* ${r.direction.source}.`);
  const failing = results.filter((r) => !r.pass);
  if (failing.length) {
    out.push('', '### Directions that fail, and why', '');
    for (const r of failing)
      out.push(
        `- **${r.direction.id}** (${r.direction.title}): ${DIRECTION_DIAGNOSES[r.direction.id] ?? 'No diagnosis recorded yet.'}`,
      );
  }
  out.push('');
  return out;
}

export function directionsConsole(results: DirectionResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.direction.id.padEnd(4)} ${verdict(r.pass).padEnd(5)} ${r.direction.title}`);
    for (const c of r.checks)
      lines.push(
        `       ${c.pass ? 'ok' : 'no'}  ${c.check.output.slice(0, 70).padEnd(70)} ${ci(c)}  (${expectText(c.check)})`,
      );
  }
  return lines.join('\n');
}

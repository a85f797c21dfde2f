// The patterns part of docs/VALIDATION.md: the summary line, then emergent patterns,
// calibration targets and input read-backs in separate tables, each with the reasoning for
// its kind, what falls short and why, and how the verdicts vary across seed sets.
import { DIAGNOSES } from './diagnoses';
import type { ClassifiedResult, PatternKind } from './pattern-kit';
import type { SetVariation } from './seed-sets';

export const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const verdict = (p: boolean | null) => (p === null ? 'n/a' : p ? 'PASS' : 'FAIL');

export interface KindCounts {
  emergent: { pass: number; tested: number };
  calibration: { pass: number; tested: number };
  readBack: { pass: number; tested: number };
  untested: number;
}

export function kindCounts(results: ClassifiedResult[]): KindCounts {
  const of = (k: PatternKind) => {
    const tested = results.filter((r) => r.kind === k && r.pass !== null);
    return { pass: tested.filter((r) => r.pass).length, tested: tested.length };
  };
  return {
    emergent: of('emergent'),
    calibration: of('calibration'),
    readBack: of('read-back'),
    untested: results.filter((r) => r.pass === null).length,
  };
}

/** The summary line, exactly: `**E of F emergent patterns reproduced**; C calibration targets met; R input read-backs checked`. */
export function summaryLine(c: KindCounts): string {
  return `**${c.emergent.pass} of ${c.emergent.tested} emergent patterns reproduced**; ${c.calibration.pass} calibration targets met; ${c.readBack.pass} input read-backs checked`;
}

const SECTIONS: { kind: PatternKind; heading: string; intro: string }[] = [
  {
    kind: 'emergent',
    heading: 'Emergent patterns (counted as reproduced)',
    intro:
      'Not tuned to and not an input: the mechanisms produce them. Only these count as the model reproducing the NHS.',
  },
  {
    kind: 'calibration',
    heading: 'Calibration targets (not validation)',
    intro: 'A parameter was set so that the model hits these; meeting them shows the calibration holds, nothing more.',
  },
  {
    kind: 'read-back',
    heading: 'Input read-backs (not validation)',
    intro:
      'These read an input back — a timeline series, a rate or a rule — perhaps through mechanisms; they check that the input reaches the outputs.',
  },
];

export function patternSections(results: ClassifiedResult[], figuresDir: string): string[] {
  const out: string[] = [];
  for (const s of SECTIONS) {
    const rs = results.filter((r) => r.kind === s.kind);
    out.push(`## ${s.heading}`, '', s.intro, '');
    out.push(
      '| # | pattern | what the record says | source | what the model gives (mean, range across seeds) | criterion | result |',
    );
    out.push('|---|---|---|---|---|---|---|');
    for (const p of rs)
      out.push(
        `| ${p.id} | ${md(p.title)} | ${md(p.literature)} | ${md(p.source)} | ${md(p.model)} | ${md(p.criterion)} | **${verdict(p.pass)}** |`,
      );
    out.push(
      '',
      `Why ${s.kind === 'read-back' ? 'read-backs' : s.kind === 'emergent' ? 'emergent' : 'calibration targets'}:`,
      '',
    );
    // Untestable patterns' notes appear under "Not testable".
    for (const p of rs) out.push(`- **${p.id}**: ${p.why}${p.note && p.pass !== null ? ` *Note:* ${p.note}` : ''}`);
    out.push('');
  }
  const failing = results.filter((r) => r.pass === false);
  if (failing.length) {
    out.push('## Where the model falls short, and why', '');
    out.push(
      'Diagnoses name the mechanism, the number, and what would fix it. The model was not changed to pass: these are reported to its owner.',
      '',
    );
    for (const p of failing)
      out.push(
        `- **${p.id}** (${p.kind}; ${p.title}): ${md(p.model)}. ${DIAGNOSES[p.id] ?? 'No diagnosis recorded yet.'}`,
      );
    out.push('');
  }
  const untested = results.filter((r) => r.pass === null);
  if (untested.length) {
    out.push('## Not testable', '');
    for (const p of untested) out.push(`- **${p.id}** (${p.title}; would be ${p.kind}): ${p.note ?? p.why}`);
    out.push('');
  }
  const figs = results.flatMap((p) => p.figures ?? []);
  if (figs.length) {
    out.push('### Pattern figures', '');
    for (const f of figs) out.push(`![${md(f.caption)}](${figuresDir}/${f.file})`, '', `*${f.caption}*`, '');
  }
  return out;
}

export function variationSection(v: SetVariation): string[] {
  const out: string[] = ['## How the verdicts vary across seed sets', ''];
  out.push(
    `Every pattern was judged again on each of the ${v.bySet.length} seed sets alone (the headline verdicts pool them). A pattern that passes pooled but fails in some sets is near its tolerance.`,
    '',
  );
  out.push('| set | seeds | emergent | calibration | read-back |', '|---|---|---|---|---|');
  for (const s of v.bySet)
    out.push(
      `| ${s.set} | ${s.seeds.join(', ')} | ${s.pass.emergent} of ${s.tested.emergent} | ${s.pass.calibration} of ${s.tested.calibration} | ${s.pass['read-back']} of ${s.tested['read-back']} |`,
    );
  out.push('', '| pattern | kind | pooled | sets passing |', '|---|---|---|---|');
  for (const p of v.byPattern) {
    if (p.of === 0) continue;
    const flag = p.pass > 0 && p.pass < p.of ? ' (unstable)' : '';
    out.push(`| ${p.id} | ${p.kind} | ${verdict(p.pooled)} | ${p.pass} of ${p.of}${flag} |`);
  }
  out.push('');
  return out;
}

// docs/ODD.md must describe the code as it is. Beyond names, it is checked against what the
// source files do (read with the TypeScript parser, code-facts.ts): each section that names its
// code (<!-- code: … -->) mentions exactly the parameters those files read and lists, on its
// Events line, exactly the event types they record; quoted defaults equal the registry's; the
// schedule follows the order of the calls in schedule.ts; the series and stream tables match.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_TYPES } from '../../src/model/events';
import { PARAMETERS } from '../../src/model/params';
import { regimeRulesSchema } from '../../src/model/regime-schema';
import { REGIME_IDS } from '../../src/model/regimes';
import { STREAMS } from '../../src/model/rng';
import { SERIES } from '../../src/model/timeline/series';
import { callsIn, literalsIn, modelFiles, recordedEvents } from './code-facts';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');

const paramIds = new Set(PARAMETERS.map((p) => p.id));
const seriesIds = new Set(SERIES.map((s) => s.id));
const eventTypes = new Set<string>(EVENT_TYPES);
/** Paths of the rules schema at every depth (`payment.withhold`, `procurement.routes.choice`). */
const rulePaths = new Set<string>();
(function walk(schema: z.ZodType, prefix: string) {
  if (!(schema instanceof z.ZodObject)) return;
  for (const [k, v] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    rulePaths.add(path);
    walk(v, path);
  }
})(regimeRulesSchema, '');

/** Names in backticks, and the dotted ones that are not file names. */
const ticked = (text: string) => [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
const dotted = (text: string) =>
  ticked(text).filter((t) => /^[a-z]+(\.[A-Za-z-]+)+$/.test(t) && !/\.(ts|md|json)$/.test(t));

interface Section {
  title: string;
  /** The section's text down to the next heading of the same or a higher level. */
  text: string;
  /** Source files named by its <!-- code: … --> marker, if any. */
  files: string[];
}

function sections(md: string): Section[] {
  const heads = [...md.matchAll(/^(#{2,4}) (.+)$/gm)].map((m) => ({ at: m.index, level: m[1].length, title: m[2] }));
  return heads.map((h, i) => {
    const end = heads.slice(i + 1).find((n) => n.level <= h.level)?.at ?? md.length;
    const own = md.slice(h.at, heads[i + 1]?.at ?? md.length);
    const marker = /<!-- code: ([^>]*?) -->/.exec(own);
    return { title: h.title, text: md.slice(h.at, end), files: marker ? marker[1].split(/\s+/) : [] };
  });
}

const all = sections(odd);
const coded = all.filter((s) => s.files.length > 0);
const section = (prefix: string) => all.find((s) => s.title.startsWith(prefix)) as Section;
const reads = (files: string[]) => new Set(files.flatMap((f) => [...literalsIn(f, paramIds)]));
const recorded = recordedEvents();
const records = (files: string[]) => new Set(files.flatMap((f) => [...(recorded.get(f) ?? [])]));
const sorted = (s: Iterable<string>) => [...s].sort();

describe('docs/ODD.md names only what exists', () => {
  it('every dotted name is a parameter, a series, a rule path or an event type', () => {
    const names = dotted(odd);
    expect(names.filter((t) => paramIds.has(t)).length).toBeGreaterThan(60);
    expect(names.filter((t) => eventTypes.has(t)).length).toBeGreaterThan(20);
    const known = (t: string) => paramIds.has(t) || seriesIds.has(t) || rulePaths.has(t) || eventTypes.has(t);
    expect(names.filter((t) => !known(t))).toEqual([]);
  });

  it('describes every parameter of the registry', () => {
    expect(PARAMETERS.map((p) => p.id).filter((id) => !odd.includes(`\`${id}\``))).toEqual([]);
  });

  it('names only regimes that exist and describes all of them', () => {
    const named = ticked(odd).filter((t) => /^[a-z-]+-\d{4}$/.test(t));
    expect(named.filter((t) => !(REGIME_IDS as readonly string[]).includes(t))).toEqual([]);
    for (const r of REGIME_IDS) expect(odd).toContain(`\`${r}\``);
  });

  it('follows the ODD order of Grimm et al. (2020)', () => {
    const heads = [
      'Purpose and patterns',
      'Entities, state variables and scales',
      'Process overview and scheduling',
      'Design concepts',
      'Initialization',
      'Input data',
      'Submodels',
    ];
    const at = heads.map((h, i) => odd.indexOf(`## ${i + 1}. ${h}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('docs/ODD.md sections match their code', () => {
  it('names existing files, and every file that reads a parameter or records an event', () => {
    const named = new Set(coded.flatMap((s) => s.files));
    expect([...named].filter((f) => !existsSync(new URL(`../../${f}`, import.meta.url)))).toEqual([]);
    const active = modelFiles().filter(
      (f) => f !== 'src/model/params.ts' && (literalsIn(f, paramIds).size > 0 || recorded.has(f)),
    );
    expect(active.filter((f) => !named.has(f))).toEqual([]);
    for (const s of all.filter((x) => /^7\.\d+ /.test(x.title)))
      expect({ section: s.title, files: s.files.length > 0 }).toEqual({ section: s.title, files: true });
  });

  it('each submodel states its schedule, sources and events', () => {
    for (const s of all.filter((x) => /^7\.\d+ /.test(x.title))) {
      const lacks = ['Schedule', 'Sources', 'Events'].filter((label) => !s.text.includes(`**${label}.**`));
      expect({ section: s.title, lacks }).toEqual({ section: s.title, lacks: [] });
    }
  });

  it('mentions exactly the parameters its files read', () => {
    for (const s of coded) {
      const read = reads(s.files);
      const named = new Set(dotted(s.text).filter((t) => paramIds.has(t)));
      const notRead = sorted([...named].filter((id) => !read.has(id)));
      const unmentioned = sorted([...read].filter((id) => !named.has(id)));
      expect({ section: s.title, notRead, unmentioned }).toEqual({ section: s.title, notRead: [], unmentioned: [] });
    }
  });

  it('lists exactly the event types its files record', () => {
    for (const s of coded) {
      const lines = [...s.text.matchAll(/\*\*Events\.\*\*([\s\S]*?)(?:\n\s*\n|$)/g)];
      expect({ section: s.title, eventsLines: lines.length }).toEqual({ section: s.title, eventsLines: 1 });
      const listed = ticked(lines[0][1]);
      if (listed.length === 0) expect(lines[0][1].trim()).toBe('none');
      expect({ section: s.title, events: sorted(listed) }).toEqual({
        section: s.title,
        events: sorted(records(s.files)),
      });
    }
  });

  it('every event type is recorded somewhere in the model', () => {
    const any = new Set([...recorded.values()].flatMap((s) => [...s]));
    expect(EVENT_TYPES.filter((t) => !any.has(t))).toEqual([]);
  });
});

describe('docs/ODD.md numbers and order match the code', () => {
  const quotes = [...odd.matchAll(/`([a-z]+\.[A-Za-z]+)`\s+\(default\s+([−-]?£?[\d,]*\.?\d+)[);]/g)];

  it('quotes defaults that equal the registry, at least once for every parameter outside the timeline', () => {
    const wrong = quotes
      .map((m) => ({ id: m[1], quoted: Number(m[2].replace('−', '-').replace(/[£,]/g, '')) }))
      .filter((q) => !paramIds.has(q.id) || PARAMETERS.find((p) => p.id === q.id)?.default !== q.quoted);
    expect(wrong).toEqual([]);
    // Every "(default …)" belongs to a parameter named just before it.
    expect(quotes.length).toBe((odd.match(/\(default\s/g) ?? []).length);
    const quoted = new Set(quotes.map((m) => m[1]));
    expect(PARAMETERS.filter((p) => !p.timeline && !quoted.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('describes the schedule in the order of the calls in schedule.ts', () => {
    const text = section('3. Process overview').text;
    const calls = callsIn('src/model/schedule.ts', ['runWeek', 'endYear', 'startYear']);
    expect(Object.keys(calls).sort()).toEqual(['endYear', 'runWeek', 'startYear']);
    for (const [fn, names] of Object.entries(calls)) {
      const order = [...new Set(names)];
      const at = order.map((n) => text.indexOf(`\`${n}\``));
      expect({ fn, missing: order.filter((_, i) => at[i] < 0) }).toEqual({ fn, missing: [] });
      expect({ fn, order: [...order].sort((a, b) => text.indexOf(`\`${a}\``) - text.indexOf(`\`${b}\``)) }).toEqual({
        fn,
        order,
      });
    }
  });

  it('tables every timeline series with its kind', () => {
    const rows = [...section('6. Input data').text.matchAll(/^\| `([^`]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(SERIES.map((s) => [s.id, s.target]));
  });

  it('tables the random streams of rng.ts', () => {
    const rows = [...section('4.9 Stochasticity').text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual([...STREAMS]);
  });
});

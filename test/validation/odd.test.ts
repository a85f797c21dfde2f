// docs/ODD.md must match the code: every parameter id and event type it names in
// backticks exists, and every registry parameter that drives a decision is described.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/model/events';
import { PARAMETERS } from '../../src/model/params';
import { REGIME_IDS } from '../../src/model/regimes';
import { SERIES } from '../../src/model/timeline/series';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
const ticked = [...odd.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
const ids = new Set(PARAMETERS.map((p) => p.id));
const events = new Set<string>(EVENT_TYPES);
// The timeline's series are named like parameters (its input series are parameters).
for (const s of SERIES) ids.add(s.id);

describe('docs/ODD.md matches the code', () => {
  it('names only parameters and event types that exist', () => {
    // Dotted names in backticks (not file names) must be a registry id or an event type.
    const dotted = ticked.filter((t) => /^[a-z]+\.[A-Za-z-]+$/.test(t) && !/\.(ts|md)$/.test(t));
    expect(dotted.filter((t) => ids.has(t)).length).toBeGreaterThan(40);
    expect(dotted.filter((t) => events.has(t)).length).toBeGreaterThan(5);
    expect(dotted.filter((t) => !ids.has(t) && !events.has(t))).toEqual([]);
  });

  it('names only regimes that exist and describes all of them', () => {
    const named = ticked.filter((t) => /^[a-z-]+-\d{4}$/.test(t));
    expect(named.filter((t) => !(REGIME_IDS as readonly string[]).includes(t))).toEqual([]);
    for (const r of REGIME_IDS) expect(odd).toContain(`\`${r}\``);
  });

  it('describes every parameter of the registry somewhere', () => {
    // A parameter the ODD never mentions is either undocumented behaviour or dead.
    const missing = PARAMETERS.map((p) => p.id).filter((id) => !odd.includes(`\`${id}\``));
    expect(missing).toEqual([]);
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
    const at = heads.map((h) => odd.indexOf(`## ${heads.indexOf(h) + 1}. ${h}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

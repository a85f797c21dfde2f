// The provenance every output's descriptor carries (see src/engine/datapackage.ts): what
// software, which command, the scenario as run and its hash, and the flags that changed it.
import { scenarioSha256, type Provenance } from '../engine/datapackage';
import { parseDecimal } from '../engine/numbers';
import { commandLine } from './interrupt';
import { list, type Values } from './options';
import type { ScenarioSource } from './scenario-source';
import { software } from './version';

export async function provenanceFor(
  source: ScenarioSource,
  v: Values,
  command: string,
  argv: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<Provenance> {
  const { scenario } = source;
  const overrides: Record<string, number> = {};
  for (const t of list(v, 'set')) {
    const i = t.indexOf('=');
    const x = parseDecimal(t.slice(i + 1));
    if (i > 0 && x !== null) overrides[t.slice(0, i).trim()] = x;
  }
  const reforms = list(v, 'reform').map((t) => {
    const [regime, year] = t.trim().split('@');
    return { regime, year: Number(year) };
  });
  return {
    software: software(),
    command: commandLine(command, argv),
    created: new Date().toISOString(),
    scenario,
    scenario_sha256: await scenarioSha256(scenario),
    scenario_source: source.label,
    seed: scenario.seed,
    scale: scenario.scale,
    years: scenario.years,
    overrides,
    reforms,
    ...extra,
  };
}

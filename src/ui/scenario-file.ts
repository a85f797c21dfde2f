// Reading a scenario file chosen by the user: JSON first, then the model's schema, with a
// message that names the file and the field so a facilitator can fix it.
import { parseScenario, type Scenario } from '../model/index';

export type ScenarioFileResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

export function readScenarioText(text: string, fileName: string): ScenarioFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `Scenario file "${fileName}" is not valid JSON (${why}); nothing was changed.` };
  }
  const r = parseScenario(json);
  if (!r.ok) {
    const shown = r.errors.slice(0, 3).join('; ');
    const more = r.errors.length > 3 ? ` (and ${r.errors.length - 3} more)` : '';
    return { ok: false, message: `Scenario file "${fileName}" was not loaded: ${shown}${more}.` };
  }
  return { ok: true, scenario: r.scenario };
}

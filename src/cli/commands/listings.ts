// `presets`, `params` and `regimes`: what a scenario or a flag may name.
import { readFileSync } from 'node:fs';
import { toCsv } from '../../engine/csv';
import { PARAMETERS, parseScenario, REGIME_IDS, REGIMES } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { short } from '../messages';
import { parseFlags, str } from '../options';
import { PRESET_DIR, presetIndex } from '../scenario-source';
import { table } from './table';

const HELP_ONLY = { help: { type: 'boolean', short: 'h' } } as const;

export async function presetsCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('presets', argv, HELP_ONLY);
  if (v.help) {
    io.out(HELP.presets);
    return EXIT.ok;
  }
  const rows = presetIndex().map((p) => {
    const r = parseScenario(JSON.parse(readFileSync(PRESET_DIR + p.file, 'utf8')));
    const s = r.ok ? r.scenario : null;
    const reforms = s?.reforms?.length ? ` + ${s.reforms.length} reforms` : '';
    return [p.id, s ? s.regime + reforms : 'invalid file', s ? String(s.years) : '', p.name];
  });
  io.out(table(['id', 'regime', 'years', 'name'], rows));
  return EXIT.ok;
}

export async function paramsCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('params', argv, { ...HELP_ONLY, group: { type: 'string' }, format: { type: 'string' } });
  if (v.help) {
    io.out(HELP.params);
    return EXIT.ok;
  }
  const format = str(v, 'format') ?? 'table';
  if (!['table', 'csv', 'json'].includes(format))
    throw new CliError(`--format must be table, csv or json, got "${short(format)}"`);
  const group = str(v, 'group');
  const groups = [...new Set(PARAMETERS.map((p) => p.group))];
  const chosen =
    group === undefined ? PARAMETERS : PARAMETERS.filter((p) => p.group.toLowerCase().includes(group.toLowerCase()));
  if (chosen.length === 0)
    throw new CliError(`--group "${short(group!)}" matches no parameter group; groups are ${groups.join(', ')}`);
  if (format === 'json') io.out(JSON.stringify(chosen, null, 2) + '\n');
  else if (format === 'csv') {
    io.out(
      toCsv(
        ['id', 'group', 'label', 'meaning', 'unit', 'min', 'max', 'default', 'integer', 'source'],
        chosen.map((p) => ({ ...p, integer: Boolean(p.integer) })),
      ),
    );
  } else {
    io.out(
      table(
        ['id', 'default', 'range', 'unit', 'meaning'],
        chosen.map((p) => [p.id, String(p.default), `${p.min} to ${p.max}`, p.unit, p.meaning]),
      ),
    );
  }
  return EXIT.ok;
}

export async function regimesCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('regimes', argv, HELP_ONLY);
  if (v.help) {
    io.out(HELP.regimes);
    return EXIT.ok;
  }
  io.out(REGIME_IDS.map((id) => `${id}  ${REGIMES[id].label}\n  ${REGIMES[id].summary}\n`).join('\n'));
  return EXIT.ok;
}

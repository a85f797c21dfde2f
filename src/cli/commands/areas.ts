// `areas`: the 42 ICB footprints a scenario's `area` may name (and the 7 NHS England regions),
// with their regions and registered populations.
import { toCsv } from '../../engine/csv';
import { FOOTPRINTS, REGIONS } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { short } from '../messages';
import { parseFlags, str } from '../options';
import { table } from './table';

export async function areasCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('areas', argv, { help: { type: 'boolean', short: 'h' }, format: { type: 'string' } });
  if (v.help) {
    io.out(HELP.areas);
    return EXIT.ok;
  }
  const format = str(v, 'format') ?? 'table';
  if (!['table', 'csv', 'json'].includes(format))
    throw new CliError(`--format must be table, csv or json, got "${short(format)}"`);
  // By region, then name: how people look for their own patch.
  const rows = [...FOOTPRINTS]
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.shortName.localeCompare(b.shortName))
    .map((f) => ({
      code: f.code,
      name: f.shortName,
      region: f.region,
      region_code: f.regionCode,
      population: f.population,
    }));
  if (format === 'json') io.out(JSON.stringify({ footprints: rows, regions: REGIONS }, null, 2) + '\n');
  else if (format === 'csv') io.out(toCsv(['code', 'name', 'region', 'region_code', 'population'], rows));
  else {
    io.out(
      table(
        ['code', 'name', 'region', 'population'],
        rows.map((r) => [r.code, r.name, `${r.region} (${r.region_code})`, r.population.toLocaleString('en-GB')]),
      ),
    );
    io.out(
      `\n${rows.length} ICB footprints in ${REGIONS.length} NHS England regions. A scenario's "area" takes an ICB code (local or region scale) or a region code (region scale).\n`,
    );
  }
  return EXIT.ok;
}

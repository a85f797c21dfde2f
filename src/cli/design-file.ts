// A design made elsewhere (SALib, EMA Workbench, R's lhs, a spreadsheet) as CSV: a header of
// parameter ids, one row per design point. A first column with an empty name (the index
// pandas writes by default) is ignored. Every id must be in the registry and every value a
// plain number within its range (whole where the parameter is one); the file is refused,
// naming the line and column, before anything runs.
import { existsSync } from 'node:fs';
import { checkParam, PARAMETERS } from '../model/index';
import { tidy, type DesignPoint } from '../engine/ensemble';
import { parseDecimal } from '../engine/numbers';
import { CliError } from './io';
import { readInputText } from './input';
import { short } from './messages';
import { unknownParamHint } from './scenario-source';
import { splitCsvLine } from './shard-files';

export const MAX_DESIGN_ROWS = 100_000;
const MAX_DESIGN_BYTES = 50_000_000;

export interface DesignFile {
  /** Parameter ids, in the file's column order. */
  ids: string[];
  points: DesignPoint[];
}

function cells(line: string, where: string): string[] {
  try {
    return splitCsvLine(line).map((c) => c.trim());
  } catch {
    throw new CliError(`${where}: a quoted field is not closed`);
  }
}

export function readDesign(path: string, shown: string): DesignFile {
  const label = short(shown, 120);
  if (!existsSync(path)) throw new CliError(`--from ${label}: not found`);
  const text = readInputText(path, `--from ${label}`, MAX_DESIGN_BYTES, {
    flag: '--from',
    what: 'design file',
    typical: 'at most a few megabytes',
  });
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) throw new CliError(`--from ${label}: the file is empty; expected a header of parameter ids`);
  const header = cells(lines[0], `--from ${label} line 1`);
  const skip = header[0] === '' ? 1 : 0; // pandas' unnamed index column
  const ids = header.slice(skip);
  if (ids.length === 0) throw new CliError(`--from ${label}: the header names no parameter`);
  const empty = ids.findIndex((id) => id === '');
  if (empty >= 0) throw new CliError(`--from ${label} line 1: column ${empty + skip + 1} has no name`);
  const known = new Set(PARAMETERS.map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw new CliError(
      `--from ${label}: ${
        unknown.length === 1
          ? `column "${short(unknown[0])}" is not a parameter id`
          : `columns ${unknown
              .slice(0, 3)
              .map((u) => `"${short(u)}"`)
              .join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''} are not parameter ids`
      }${unknownParamHint(unknown[0])}`,
    );
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new CliError(`--from ${label}: column "${dup}" is given twice`);
  const rows = lines.slice(1);
  if (rows.length === 0) throw new CliError(`--from ${label}: no design rows under the header`);
  if (rows.length > MAX_DESIGN_ROWS)
    throw new CliError(`--from ${label}: ${rows.length} rows; at most ${MAX_DESIGN_ROWS} design points`);
  const points = rows.map((line, r) => {
    const where = `--from ${label} line ${r + 2}`;
    const c = cells(line, where);
    if (c.length !== header.length)
      throw new CliError(`${where}: ${c.length} field${c.length === 1 ? '' : 's'}, the header has ${header.length}`);
    const point: DesignPoint = {};
    ids.forEach((id, i) => {
      const t = c[i + skip];
      const x = parseDecimal(t);
      if (x === null) throw new CliError(`${where}, ${id}: expected a number such as 0.6 or 1e-3, got "${short(t)}"`);
      const err = checkParam(id, x);
      if (err) throw new CliError(`${where}: ${err}`);
      point[id] = tidy(id, x);
    });
    return point;
  });
  return { ids, points };
}

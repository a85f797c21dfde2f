// --vary id=lo:hi for `sa` and `calibrate`: the parameters studied and their ranges, each
// checked against the registry (the id exists, both ends are within its range, whole numbers
// where the parameter is one, lo below hi) before anything runs.
import type { Factor } from '../engine/sa-plan';
import { CliError } from './io';
import { short } from './messages';
import { list, type Values } from './options';
import { paramFlag } from './scenario-source';

export function rangeFlag(text: string): Factor {
  const m = /^([^=]+)=([^:]+):([^:]+)$/.exec(text);
  if (!m)
    throw new CliError(
      `--vary "${short(text)}": expected <parameter>=<low>:<high>, e.g. market.providerChoice=0.2:0.8`,
    );
  const id = m[1].trim();
  const flag = `--vary ${short(text)}`;
  const lo = paramFlag(flag, id, m[2]);
  const hi = paramFlag(flag, id, m[3]);
  if (!(hi > lo)) throw new CliError(`${flag}: the low end (${m[2]}) must be below the high end (${m[3]})`);
  return { id, lo, hi };
}

/** Every --vary flag (at least one), no parameter twice, none also given by --set. */
export function rangeFlags(v: Values): Factor[] {
  const texts = list(v, 'vary');
  if (texts.length === 0) throw new CliError('missing --vary <parameter>=<low>:<high> (at least one)');
  const factors = texts.map(rangeFlag);
  const ids = factors.map((f) => f.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new CliError(`--vary: parameter "${short(dup)}" is varied twice`);
  const clash = ids.find((id) => list(v, 'set').some((s) => s.split('=')[0].trim() === id));
  if (clash) throw new CliError(`--set and --vary both give "${short(clash)}"; drop one`);
  return factors;
}

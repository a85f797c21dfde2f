// The last step of a command that wrote files: put them in place, then record them in the
// datapackage.json of their directory (files written through to a stream have no entry).
import type { Provenance } from '../engine/datapackage';
import { writeDescriptors, type WrittenFile } from './descriptor';
import type { Io } from './io';
import type { Outputs } from './output';
import type { PlannedOutput } from './output-flags';

export function commitWithDescriptors(
  outputs: Outputs,
  planned: readonly PlannedOutput[],
  provenance: Provenance,
  io: Io,
  extra: (p: PlannedOutput) => Record<string, unknown> | undefined = () => undefined,
): void {
  outputs.commit();
  const files: WrittenFile[] = [];
  for (const p of planned) {
    if (p.target.kind !== 'file') continue;
    files.push({
      path: p.target.path,
      role: p.role,
      format: p.format,
      // JSON-lines events keep every field of each event: the schema documents them all.
      columns: p.format === 'svg' ? undefined : p.columns,
      extra: extra(p),
    });
  }
  if (files.length) writeDescriptors(files, provenance, io);
}

// --areas FILE on `run`: one CSV row per area (ICB footprint) and year, for mapping results.
// The rows come from the engine (src/engine/areas.ts); this file only writes them.
import { csvLine, csvRow } from '../engine/csv';
import { AREA_COLUMNS, AreaTally } from '../engine/areas';
import type { Model, YearMetrics } from '../model/index';

export interface AreaWriter {
  /** After each week's step (keeps the year's last lists and organisations). */
  onWeek(model: Model): void;
  /** At each year end: that year's rows. */
  onYear(row: YearMetrics, model: Model): void;
}

/** Writes the header now and each year's rows as the year closes. */
export function areaWriter(out: { write(text: string): void; flush(): void }, seed: number): AreaWriter {
  const tally = new AreaTally(seed);
  out.write(csvLine(AREA_COLUMNS));
  return {
    onWeek: (model) => tally.week(model),
    onYear: (row, model) => {
      for (const r of tally.rows(model, row)) out.write(csvRow(r, AREA_COLUMNS));
      out.flush();
    },
  };
}

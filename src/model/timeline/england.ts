// England's real timeline, 1991/92 to 2025/26: the year-by-year inputs and rules the history
// run applies, each with its source or assumption (england.json; docs/timeline.md lists them).
import data from './england.json';
import { readTimeline, type Timeline } from './format';

function load(): Timeline {
  const read = readTimeline(data);
  // A broken data file is a build fault, not bad user input: fail loudly with every problem.
  if (!read.ok)
    throw new Error(`src/model/timeline/england.json is not a valid timeline:\n  ${read.errors.join('\n  ')}`);
  return read.timeline;
}

export const ENGLAND_TIMELINE: Timeline = load();

/** The file as written (values with their sources, notes and assumptions), for documentation. */
export const ENGLAND_TIMELINE_FILE: unknown = data;

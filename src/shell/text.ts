// Bounds on text that reaches the page: a message is cut at a readable length, and a value
// quoted in a message (a seed, an address parameter, a file name) is cut shorter and has its
// control characters shown as escapes, so no input can flood the page or break a line.

/** Longest message shown to a person (characters). */
export const MAX_MESSAGE = 300;
/** Longest quoted value inside a message. */
export const MAX_QUOTED = 40;

/** `text` cut to `max` characters, ending in "…" when cut. */
export function bounded(text: string, max = MAX_MESSAGE): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair (an emoji) in half.
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A user's value for quoting: short, on one line, control characters escaped. */
export function quoted(value: string, max = MAX_QUOTED): string {
  // Cut first, so a huge value is never scanned or copied whole.
  const short = bounded(value.slice(0, max + 1), max);
  return short.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The message of anything thrown, bounded. */
export function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : String(e);
  return bounded(m);
}

// Whole numbers typed by a person or carried in an address. Stricter than Number(): "0x1",
// "0b1", "1e3", "1e999", " ", "12abc" and "+4" are refused, so a value that is not plainly a
// decimal whole number never reaches the model. (The CLI's parser in src/engine/numbers.ts is
// the same idea; the two are to be unified.)

/** Longest digit run accepted: more cannot be a safe integer and is not worth converting. */
const MAX_DIGITS = 16;

export type WholeNumber = { ok: true; value: number } | { ok: false };

/** Reads a plain decimal whole number (optional leading minus) within [min, max]. */
export function parseWholeNumber(text: string, min: number, max: number): WholeNumber {
  if (text.length > MAX_DIGITS + 1 || !/^-?[0-9]+$/.test(text)) return { ok: false };
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) return { ok: false };
  return { ok: true, value: value === 0 ? 0 : value };
}

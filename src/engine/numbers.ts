// Numbers typed by people (command-line flags, the app's address and toolbar) in one strict decimal
// form. Number() also reads "0x1", "0b1", "0o7", " 1 ", "" (as 0) and "Infinity", and
// "1e999" overflows to Infinity; each of those is a typing mistake, so it is refused here
// rather than run as something the person did not mean.

/** Optional minus, digits, optional fraction, optional exponent: `-12`, `0.6`, `1.5e-3`. */
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const WHOLE = /^-?\d+$/;

/** What the parsers accept, for messages. */
export const DECIMAL_FORM = 'a plain decimal number such as 0.6, -2 or 1.5e-3';
export const WHOLE_FORM = 'a whole number written in digits, such as 0, 12 or -3';

/**
 * A finite number written as `-?digits[.digits][e[+-]digits]`, or null. Refuses hex,
 * binary and octal prefixes, a leading `+` or `.`, a trailing `.`, surrounding or inner
 * whitespace, `Infinity`, `NaN`, trailing text, and exponents that overflow (1e999) or
 * flush a non-zero number to zero (1e-999). Returns 0 for "-0".
 */
export function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return null;
  if (n === 0) return /^-?[0.]*(?:[eE]|$)/.test(text) ? 0 : null;
  return n;
}

/** A safe integer written as `-?digits` (no fraction, no exponent), or null. Returns 0 for "-0". */
export function parseWhole(text: string): number | null {
  if (!WHOLE.test(text)) return null;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return null;
  return n === 0 ? 0 : n;
}

/** parseWhole within [min, max] (inclusive), or null. */
export function parseWholeIn(text: string, min: number, max: number): number | null {
  const n = parseWhole(text);
  return n !== null && n >= min && n <= max ? n : null;
}

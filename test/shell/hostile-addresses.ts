// Hostile addresses, shared by the Node test of the address parser and the browser test that
// samples them: huge, negative, non-numeric, unicode, injection-like, prototype keys, repeats.
export const HUGE = 'x'.repeat(20_000);

const values = [
  '-1',
  '4294967296',
  '1e999',
  '0x1',
  '0b1',
  '1e3',
  ' 4',
  '4 ',
  '',
  '4abc',
  '+4',
  '１２', // full-width digits
  '٣', // Arabic-Indic three
  '3.5',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE runs; --",
  '\u202eevil',
  '\u0000\u0007\n\r',
  '💥'.repeat(30),
  '9'.repeat(400),
];

/** Search strings, each with at least one bad parameter. */
export function hostileSearches(): string[] {
  const out: string[] = [];
  for (const v of values) {
    const e = encodeURIComponent(v);
    out.push(`?seed=${e}`, `?years=${e}`, `?scenario=${e}`, `?scale=${e}`);
  }
  out.push(
    '?seed=1&seed=2',
    '?scenario=icb-2022&scenario=ccg-2013',
    '?__proto__=1&seed=x',
    '?constructor=1&scale=__proto__',
    '?toString=1&years=0',
    `?seed=${HUGE}`,
    `?run=${HUGE}`,
    `?${HUGE}`,
    '?run=AAAA',
    '?run=not%20base64!',
    '?run=' + 'A'.repeat(5000),
    '?scenario=reforms-1991-2022&years=10',
    '?seed=%F0%9F%92%A5',
    '?seed=%ZZ',
    '?edited=1&scenario=__proto__',
  );
  return out;
}

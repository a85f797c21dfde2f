// Money and decimals as people read them, shared by the engine's sentences and facts and by
// the panels, so "£1.4m" looks the same in the feed, the inspector and the charts.

/** Fixed decimals without trailing zeros ("2.50" → "2.5", "3.0" → "3"). */
export function trim(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Two sums told apart: each as formatMoney, or, where that prints them the same (offers £1k
 * apart on a £2.5m contract), in £m with as many decimals as it takes (£2.499m, £2.5m).
 */
export function formatMoneyPair(a: number, b: number): [string, string] {
  const fa = formatMoney(a);
  const fb = formatMoney(b);
  if (fa !== fb || a === b || !Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a) < 1e6) return [fa, fb];
  for (let d = 2; d <= 6; d++) {
    const [x, y] = [trim(a / 1e6, d), trim(b / 1e6, d)];
    if (x !== y) return [`£${x}m`, `£${y}m`];
  }
  return [fa, fb];
}

/** Money in pounds as a short label: £1.23bn, £212m, £1.4m, £35k, £512; '–' when not a number. */
export function formatMoney(pounds: number): string {
  if (!Number.isFinite(pounds)) return '–';
  const sign = pounds < 0 ? '−' : '';
  const a = Math.abs(pounds);
  if (a >= 1e9) return `${sign}£${trim(a / 1e9, 2)}bn`;
  if (a >= 1e6) return `${sign}£${trim(a / 1e6, a >= 1e8 ? 0 : 1)}m`;
  if (a >= 1e3) return `${sign}£${trim(a / 1e3, 0)}k`;
  return `${sign}£${trim(a, a < 10 ? 2 : 0)}`;
}

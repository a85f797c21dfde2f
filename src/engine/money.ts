// Money and decimals as people read them, shared by the engine's sentences and facts and by
// the panels, so "£1.4m" looks the same in the feed, the inspector and the charts.

/** Fixed decimals without trailing zeros ("2.50" → "2.5", "3.0" → "3"). */
export function trim(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
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

// The speed the run actually achieves, from the worker's ticks over the last few seconds, and
// whether it falls short of the speed chosen (a large run on a slow machine cannot keep up).

/** Weeks a second over the last `windowMs` of the log, or null when too little is known. */
export function achievedSpeed(
  log: readonly { t: number; tick: number }[],
  now: number,
  windowMs = 3000,
): number | null {
  if (log.length < 2) return null;
  let i = log.length - 1;
  while (i > 0 && log[i - 1].t >= now - windowMs) i--;
  const a = log[i],
    b = log[log.length - 1];
  // Ticks going back: a new run started inside the window.
  if (b.tick < a.tick) return null;
  const span = Math.max(now, b.t) - a.t;
  if (span < windowMs / 2) return null;
  return ((b.tick - a.tick) * 1000) / span;
}

/** Short of the chosen speed by more than a tenth (0 = as fast as it goes, never short). */
export function fallsShort(chosen: number, achieved: number | null): boolean {
  return chosen > 0 && achieved !== null && achieved < chosen * 0.9;
}

/** "9 weeks/s", "1.5 years/s" */
export function speedWords(weeksPerSecond: number): string {
  if (weeksPerSecond >= 52) return `${(weeksPerSecond / 52).toFixed(1).replace(/\.0$/, '')} years/s`;
  const w = weeksPerSecond < 10 ? weeksPerSecond.toFixed(1).replace(/\.0$/, '') : Math.round(weeksPerSecond).toString();
  return `${w} week${w === '1' ? '' : 's'}/s`;
}

// The annual contracting calendar (brief §3 and §7), in weeks from the first week of April.
export const CALENDAR = {
  /** Planning guidance out (early October): renewals, tenders and alliances are decided. */
  planning: 26,
  /** First week of offers. */
  offersOpen: 27,
  /** Mediation window after a missed deadline (brief §3: about two weeks). */
  mediationWeeks: 2,
  /** Arbitration panel sits within about four weeks. */
  arbitrationWeeks: 4,
  /** Weeks between the award decision and the end of the standstill (8 working days). */
  standstillWeeks: 2,
  /** Extra weeks a procurement challenge adds. */
  challengeWeeks: 6,
} as const;

export function financialYearLabel(calendarYear: number): string {
  return `${calendarYear}/${String((calendarYear + 1) % 100).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Date of the Monday-ish start of week `week` of the financial year starting 1 April `calendarYear`. */
export function dateLabel(calendarYear: number, week: number): string {
  const d = new Date(Date.UTC(calendarYear, 3, 1 + week * 7));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Winter factor for emergency demand: peaks in early January (week ~40). */
export function winterFactor(week: number, amplitude: number): number {
  return 1 + amplitude * Math.cos((2 * Math.PI * (week - 40)) / 52);
}

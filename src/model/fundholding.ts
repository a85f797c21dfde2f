// GP fundholding (1991–1998): volunteer practices held budgets for planned care.
import { LINES } from './lines';
import { L } from './types';

/** Lines a fundholder buys for its own list (planned care; brief §1.1: fundholders held ~20% of HCHS). */
export const FUNDHELD_LINES = [L.elective, L.outpatient, L.community] as const;
/** Share of a list's allocation that its fundheld lines take. */
export const FUNDHELD_SHARE = FUNDHELD_LINES.reduce((s: number, l: number) => s + LINES[l].allocationShare, 0);

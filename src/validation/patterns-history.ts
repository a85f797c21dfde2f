// Patterns of the history run (1991/92–2025/26, the preset history-1991-2025): what the
// shared record says happened to trusts' finances, waiting lists and disputes, and the
// inputs the run should carry through. Numbers are the record's own (docs/domain/timeline.md
// and brief.md); where it gives only a direction, the check is a direction with a stated
// minimum. Each criterion is judged on the mean across seeds.
import type { Pattern } from './pattern-kit';
import { HISTORY_CARE_PATTERNS } from './patterns-history-care';
import { HISTORY_FINANCE_PATTERNS } from './patterns-history-finance';

export const HISTORY_PATTERNS: Pattern[] = [...HISTORY_FINANCE_PATTERNS, ...HISTORY_CARE_PATTERNS];

// Why a pattern or direction fails, written after reading the runs: the mechanism, the
// number, and what would fix it. Shown in docs/VALIDATION.md only while it fails. The
// model's owner decides the fix; validation does not change the model to pass.
export const DIAGNOSES: Record<string, string> = {};

export const DIRECTION_DIAGNOSES: Record<string, string> = {};

/**
 * Where a check's time goes, for `npm run bench` (bench/phases.ts): a caller sets `mark`, which each stage of the
 * check calls with its name once it is done. Unset (always, outside the bench) it costs one property read a stage.
 */
export const phases: { mark?: (stage: string) => void } = {};

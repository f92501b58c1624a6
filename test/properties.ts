/**
 * The property and fuzz tests: random cases, drawn from a seed. `npm run test:properties` (CI runs it after
 * `npm test`) runs them; `npm test`, the suite a developer runs every minute, runs every behaviour's own cases and
 * none of these. One file's properties alone: `npx mocha --require test/properties-full.ts FILE`.
 */
export const FULL = process.env.PROPERTIES === 'full';

/** A test of random cases: defined under `npm run test:properties` only. */
export function property(title: string, fn: (this: Mocha.Context) => void | PromiseLike<unknown>): void {
  if (FULL) it(title, fn);
}

/** A size that is `full` under `npm run test:properties` and `quick` under `npm test` (a document's bytes, its keys). */
export function runs(full: number, quick: number): number {
  return FULL ? full : quick;
}

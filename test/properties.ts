/**
 * How many cases a property or fuzz test runs. `npm test` runs every
 * property with a small count, so that the suite a developer runs every few
 * minutes stays under a minute; `npm run test:properties` (CI runs it after
 * `npm test`) runs the same properties with their full counts. The same seed
 * gives the same first cases either way: fast-check draws the small run as
 * the start of the full one.
 */
export const FULL = process.env.PROPERTIES === 'full';

/** `full` cases under `npm run test:properties`, `quick` under `npm test`. */
export function runs(full: number, quick: number): number {
  return FULL ? full : quick;
}

import { percentOf, subtract, type Figure } from './decimal';
import type { YamlPath } from '../syntax/source';
import { yearOnYearFigures } from './rates';

/**
 * What the figures give for a line: its share of a whole, its change against last year and the rate of that
 * change, computed (never the written `share`, `change` or `changeRate`), for the page and the editor alike.
 */

/** Decimals a computed percent is given at: those of the percent written beside it, else 2 (`83.81%`), as disclosures state them. */
export function percentDecimals(written: unknown, fallback = 2): number {
  if (typeof written !== 'string') return fallback;
  const m = /\.(\d+)%$/.exec(written);
  return m ? m[1]!.length : /%$/.test(written) ? 0 : fallback;
}

/** `part ÷ whole` in percent at `decimals`, or undefined when the whole is not positive (no share of nothing). */
export function shareOf(part: Figure, whole: Figure, decimals: number): Figure | undefined {
  return whole.digits > 0n ? percentOf(part, whole, decimals) : undefined;
}

export interface YearOnYearFigures {
  readonly amount: Figure;
  /** Last year: written, or this year less the change written. */
  readonly previous: Figure;
  /** This year less last year. */
  readonly change: Figure;
  /** The change ÷ last year in percent, signed; undefined when last year was 0. */
  readonly rate?: Figure;
}

/** A line's year on year from its `amount` and its `previous` (or its `change`), at `decimals` for the rate; undefined without last year. */
export function yearOnYearOf(figure: (path: YamlPath) => Figure | undefined, line: YamlPath, decimals: number): YearOnYearFigures | undefined {
  const { amount, previous } = yearOnYearFigures(figure, line);
  if (!amount || !previous || previous.digits < 0n) return undefined;
  const diff = subtract(amount, previous);
  return { amount, previous, change: diff, ...(previous.digits > 0n ? { rate: percentOf(diff, previous, decimals) } : {}) };
}

import { subtract, type Figure } from './decimal';
import type { YamlPath } from '../syntax/source';

/**
 * A line's figures for its rate: this year, the change written, and last year as written or, without it, this year
 * less the change written (how the rules, the hovers and the page all read a line).
 */
export function lastYearOf(
  figure: (path: YamlPath) => Figure | undefined,
  paths: { readonly amount: YamlPath; readonly previous: YamlPath; readonly change: YamlPath },
): { amount?: Figure; previous?: Figure; change?: Figure } {
  const amount = figure(paths.amount);
  const change = figure(paths.change);
  return { amount, change, previous: figure(paths.previous) ?? (amount && change ? subtract(amount, change) : undefined) };
}

/** The same for a row written `{ amount, previous, change }`, a 三公 row say. */
export function yearOnYearFigures(figure: (path: YamlPath) => Figure | undefined, row: YamlPath): { amount?: Figure; previous?: Figure; change?: Figure } {
  return lastYearOf(figure, { amount: [...row, 'amount'], previous: [...row, 'previous'], change: [...row, 'change'] });
}

/** Percentage change from `previous` to `amount`. */
export function computeRate(amount: number, previous: number): number {
  return ((amount - previous) / previous) * 100;
}

/** Whether a written rate is the computed one rounded at the rate's own decimals (within half a unit of them). */
export function rateAgrees(computed: number, stated: { value: number; decimals: number }): boolean {
  return Math.abs(computed - stated.value) <= 0.5 * 10 ** -stated.decimals + 1e-9;
}

export function parseRate(rate: string): { value: number; decimals: number } {
  const body = rate.slice(0, -1);
  return { value: Number(body), decimals: body.split('.')[1]?.length ?? 0 };
}

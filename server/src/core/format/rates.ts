import { subtract, type Figure } from './decimal';
import type { YamlPath } from '../syntax/source';

/**
 * A 三公 row's figures for its rate: this year, and last year as written or, without it, this year less the change
 * written (how the rule, the rate hover and the rendered sentences all read a row).
 */
export function yearOnYearFigures(figure: (path: YamlPath) => Figure | undefined, row: YamlPath): { amount?: Figure; previous?: Figure } {
  const amount = figure([...row, 'amount']);
  const change = figure([...row, 'change']);
  return { amount, previous: figure([...row, 'previous']) ?? (amount && change ? subtract(amount, change) : undefined) };
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

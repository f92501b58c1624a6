import { figureOf, figureOfNumber, type Figure } from './decimal';
import type { ParsedText } from '../syntax/parse';
import { valueAt, type YamlPath } from '../syntax/source';

/**
 * Where a figure's amount is written: the path itself, or its `amount` when the figure is written in the long form
 * `{ amount, share, change, changeRate, previous }`.
 */
export function amountPath(data: unknown, path: YamlPath): YamlPath {
  const value = valueAt(data, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'amount' in value ? [...path, 'amount'] : path;
}

/** The figure at a path, read through a long form to its `amount`, with its decimals as written. */
export function figureAt(parsed: ParsedText, path: YamlPath): Figure | undefined {
  path = amountPath(parsed.data, path);
  const value = valueAt(parsed.data, path);
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const raw = parsed.source.raw(path);
  return raw !== undefined ? figureOf(raw, value) : figureOfNumber(value);
}

import { figureOf, figureOfNumber, type Figure } from './decimal';
import type { ParsedText } from '../syntax/parse';
import { valueAt, type YamlPath } from '../syntax/source';

/**
 * Where a figure's amount is written: the path itself, or its `amount` when the figure is written in the long form
 * `{ amount, share, change, changeRate, previous }`.
 */
export function amountPath(data: unknown, path: YamlPath): YamlPath {
  return amountPathOf(valueAt(data, path), path);
}

/** `amountPath` of the value written at `path`, given that value (a table row's cell, read without walking from the root). */
export function amountPathOf(value: unknown, path: YamlPath): YamlPath {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'amount' in value ? [...path, 'amount'] : path;
}

/**
 * The figures read so far, by the object (of the data) that holds them and their key in it. Kept from one result to
 * the next: the incremental check shares the objects of what it did not read again, whose text is the same. Only for
 * a read without aliases (the fast path's), where each object stands at one path alone.
 */
const held = new WeakMap<object, Map<string | number, Figure | null>>();

/** The figure at a path, read through a long form to its `amount`, with its decimals as written. */
export function figureAt(parsed: ParsedText, path: YamlPath): Figure | undefined {
  if (parsed.emptyKeys === undefined || path.length === 0) return readFigure(parsed, amountPath(parsed.data, path));
  // One walk to the figure's parent: every budget of the document is read here, some of them by several rules.
  let parent = parsed.data;
  const last = path.length - 1;
  for (let i = 0; i < last && parent !== null && typeof parent === 'object'; i++) parent = (parent as Record<string | number, unknown>)[path[i]!];
  if (parent === null || typeof parent !== 'object') return undefined;
  let holder = parent as Record<string | number, unknown>;
  let key = path[last]!;
  const value = holder[key];
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'amount' in value) {
    holder = value as Record<string | number, unknown>;
    key = 'amount';
    path = [...path, 'amount'];
  }
  let figures = held.get(holder);
  if (!figures) held.set(holder, (figures = new Map()));
  let figure = figures.get(key);
  if (figure === undefined) figures.set(key, (figure = figureIn(parsed, path, holder[key]) ?? null));
  return figure ?? undefined;
}

function readFigure(parsed: ParsedText, path: YamlPath): Figure | undefined {
  return figureIn(parsed, path, valueAt(parsed.data, path));
}

/** The figure of `value`, the value written at `path`, with its decimals as written. */
function figureIn(parsed: ParsedText, path: YamlPath, value: unknown): Figure | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const raw = parsed.source.raw(path);
  return raw !== undefined ? figureOf(raw, value) : figureOfNumber(value);
}

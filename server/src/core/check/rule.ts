import { figureOf, figureOfNumber, type Figure } from '../format/decimal';
import type { RuleId, Severity } from './finding';
import type { Localized } from '../locale';
import type { Model } from '../format/model';
import type { ParsedText } from '../syntax/parse';
import type { SourceMap, YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

export interface ReportedEdit {
  readonly span: Span;
  readonly newText: string;
}

/** What a rule says about one node; the context adds ranges and severity. */
export interface Report {
  readonly path: YamlPath;
  /** Defaults to the node's anchor (its value, or the key that names it). */
  readonly span?: Span;
  readonly message: Localized;
  /** `info`: a note whatever the rule's severity (a code that cannot be checked is no mistake). */
  readonly severity?: 'info';
  readonly expected?: string;
  readonly found?: string;
  readonly related?: readonly { readonly path: YamlPath; readonly message: Localized }[];
  readonly fix?: { readonly title: Localized; readonly edits: readonly ReportedEdit[] };
}

export interface RuleContext {
  readonly parsed: ParsedText;
  readonly model: Model;
  readonly source: SourceMap;
  /** A number of the document with its decimals as written. */
  figure(path: YamlPath): Figure | undefined;
  report(report: Report): void;
}

/** One rule of FORMAT.md: its id, default severity, title and check. */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: Localized;
  check(ctx: RuleContext): void;
}

export function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/**
 * Where a figure's amount is written: the path itself, or its `amount` when the figure is written in the long form
 * `{ amount, share, change, changeRate, previous }`.
 */
export function amountPath(data: unknown, path: YamlPath): YamlPath {
  const value = valueAt(data, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'amount' in value ? [...path, 'amount'] : path;
}

/** The figure at a path, read through a long form to its `amount`. */
export function figureAt(parsed: ParsedText, path: YamlPath): Figure | undefined {
  path = amountPath(parsed.data, path);
  const value = valueAt(parsed.data, path);
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const raw = parsed.source.raw(path);
  return raw !== undefined ? figureOf(raw, value) : figureOfNumber(value);
}


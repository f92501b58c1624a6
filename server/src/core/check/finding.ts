import type { Localized } from '../locale';
import type { Range, Span } from '../syntax/text';
import type { RuleId } from './registry';

export type Severity = 'error' | 'warning' | 'info';

export type { RuleId } from './registry';

export interface TextEdit {
  readonly span: Span;
  readonly range: Range;
  readonly newText: string;
  /** The same text as an LSP snippet (`$1` … tab stops for what the author fills in), for a client that takes one. */
  readonly snippet?: string;
}

/**
 * A one-click fix: edits that touch only what they say. A finding's `fix` is the one the figures bear out (the
 * preferred quick fix, taken by Fix all and `--fix`); its `suggestions` are choices for the author, offered one by
 * one and never applied unasked.
 */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
}

export interface Related {
  readonly path: string;
  readonly span: Span;
  readonly range: Range;
  readonly message: Localized;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** `performance.activities[9].children[0].budget` */
  readonly path: string;
  readonly span: Span;
  readonly range: Range;
  readonly message: Localized;
  /** The figure that would be right, and the one written, when there are figures. */
  readonly expected?: string;
  readonly found?: string;
  readonly related?: readonly Related[];
  readonly fix?: Fix;
  /** Choices when the figures do not say which one is wrong, or text for the author to fill in: never in Fix all. */
  readonly suggestions?: readonly Fix[];
}

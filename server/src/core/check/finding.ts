import type { Localized } from '../locale';
import type { Range, Span } from '../syntax/text';
import type { RuleId } from './registry';

export type Severity = 'error' | 'warning' | 'info';

export type { RuleId } from './registry';

export interface TextEdit {
  readonly span: Span;
  readonly range: Range;
  readonly newText: string;
}

/** A one-click fix: edits that touch only what they say. */
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
}

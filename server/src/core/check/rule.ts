import type { Figure } from '../format/decimal';
import type { Severity } from './finding';
import type { Localized } from '../locale';
import type { Model } from '../format/model';
import type { ParsedText } from '../syntax/parse';
import type { SourceMap, YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

export interface ReportedEdit {
  readonly span: Span;
  readonly newText: string;
  /** The same text as an LSP snippet, with tab stops for what the author fills in. */
  readonly snippet?: string;
}

export interface ReportedFix {
  readonly title: Localized;
  readonly edits: readonly ReportedEdit[];
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
  /** Only when the figures say which value is wrong (docs/fixes.md): the preferred quick fix, and Fix all's. */
  readonly fix?: ReportedFix;
  /** Choices for the author, offered as quick fixes one by one, never by Fix all. */
  readonly suggestions?: readonly ReportedFix[];
}

export interface RuleContext {
  readonly parsed: ParsedText;
  readonly model: Model;
  readonly source: SourceMap;
  /** A number of the document with its decimals as written. */
  figure(path: YamlPath): Figure | undefined;
  report(report: Report): void;
}

/**
 * What a rule's findings depend on, widest first: the incremental check
 * re-runs a rule only over the parts of the document its findings can read.
 * - `activity`: one activity's subtree alone;
 * - `document`: the sections outside the activities, and each activity on its own;
 * - `across-activities`: also the activities together (their names or budgets side by side).
 */
export type Scope = 'activity' | 'document' | 'across-activities';

/** What a rule says of itself, beside its check (as ESLint's `meta`): the registry is built from it, and so are the settings and the docs. */
export interface RuleMeta<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly scope: Scope;
  /** Whether some of its findings carry a quick fix. */
  readonly fixable: boolean;
  /** A few words: the name of the mistake. */
  readonly title: Localized;
  /** One sentence: what it catches (the settings and the README's rule table). */
  readonly description: Localized;
}

/** One rule of the format: its metadata and its check. Its page is `docs/rules/<id>.md`, its tests `test/rules/<id>.test.ts`. */
export interface Rule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  check(ctx: RuleContext): void;
}

/** A rule, its id kept as a literal type (the registry derives `RuleId` from them). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** Where a rule is explained, with a wrong and a right example, relative to the repository. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

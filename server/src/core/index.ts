/**
 * The core's API: what the faces (the language server, the CLI, the
 * renderer, the extension) use of it. The core knows nothing of LSP, VS Code
 * or the terminal; the faces import it from here, never from its folders.
 */
export { check, checkAgain, relationsOf, type CheckOptions, type CheckResult, type RuleSetting } from './check/check';
export { canRecheck, recheck, rehearse, type Region } from './check/incremental';
export { fixAllEdits, fixAllRepeated, type SpanEdit } from './check/fix-all';
export { directives, unusedDirectives, type Directive, type UnusedDirective } from './check/suppression';
export { UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_DOCS, unusedDirectivesOf, unusedMessage, type UnusedReport } from './check/unused';
export type { Finding, Fix, Related, Severity, TextEdit } from './check/finding';
export { docsUrl, isRuleId, RULE_IDS, RULES, RULES_BY_ID, type RuleId } from './check/registry';
export type { Rule, RuleMeta, Scope } from './check/rule';

export { CONFIG_NAMES, configFor, isIgnored, type ProjectConfig } from './config/load';
export { configJsonSchema } from './config/schema';
export { checkOptions, DEFAULT_SETTINGS, localeOf, resolveSettings, type Settings } from './config/settings';

export { budgetJsonSchema } from './format/json-schema';
export { percentDecimals, shareOf, yearOnYearOf, type YearOnYearFigures } from './format/computed';
export { add, formatFigure, isZero, negate, percentChange, subtract, toNumber, type Figure } from './format/decimal';
export { figureAt } from './format/figures';
export { codedTables, tablesUnit, type ActivityNode, type CodedTable, type Model, type TableRow } from './format/model';
export { numberingPrefix } from './format/numbering';
export { looksLikeBudget, SNIFF_HEAD_CHARS } from './format/sniff';
export { yearOnYearFigures } from './format/rates';
export { GRADE_KEYS, INCOME_SOURCE_KEYS, INCOME_SOURCES, SECTION_KEYS, THREE_PUBLIC_ROWS, UNITS, type Budget, type ColumnKey, type GradeKey, type IncomeSource, type SectionKey, type ThreePublicRow } from './format/schema';

export { DEFAULT_LIMITS, resolveLimits, sameLimits, type Limits } from './syntax/limits';
export { toldProblems, type ParsedText } from './syntax/parse';
export { insideScalar } from './syntax/locate';
export { formatPath, valueAt, type YamlPath } from './syntax/source';

export { completionsAt, type CompletionKind } from './features/completion';
export { definitionAt } from './features/definition';
export { folds } from './features/folding';
export { hoverAt } from './features/hover';
export { shareHints, sumHints, type ShareHints, type SumHints } from './features/inlay-hints';
export { markdownToPlain, snippetToPlain } from './features/markdown';
export { DEFAULT_OUTLINE_ITEMS, limitOutline, outline, type OutlineEntry, type OutlineKind } from './features/outline';

export { L, localeOfEnv, localize, toLocale, type Locale, type Localized } from './locale';

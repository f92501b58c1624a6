import type { Finding, RuleId, Severity } from './finding';
import { buildModel, type Model } from '../format/model';
import { parseText, type ParsedText } from '../syntax/parse';
import { figureAt } from '../format/figures';
import { relations, type Relation } from '../format/relations';
import { RULES } from './registry';
import type { Limits } from '../syntax/limits';
import { LineIndex } from '../syntax/text';
import { ordered, runRules } from './runner';
import { suppressions } from './suppression';
import { phases } from './phases';

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  /** Per-rule severity, or `off`. */
  readonly rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Overrides of the resource limits (see limits.ts); invalid values fall back to the defaults. */
  readonly limits?: Partial<Limits>;
  /** `false`: the `# budget-disable…` comments silence nothing (to tell which of them are unused). */
  readonly directives?: false;
}

export interface CheckResult {
  readonly parsed: ParsedText;
  readonly model: Model;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
  /** The settings the findings were told under: an edit is re-checked from this result only under the same. */
  readonly options: CheckOptions;
}

/** text → model → findings: every rule of the format over one document. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const parsed = parseText(text, options.limits);
  phases.mark?.('parse, the rest (limits, empty keys)');
  const lines = new LineIndex(text);
  phases.mark?.('line index');
  const model = buildModel(parsed.data);
  phases.mark?.('model (schema)');
  return withFindings(parsed, model, lines, options);
}

/**
 * The same text checked under other rule settings: what `check` would answer, from the parse and the model of an
 * earlier check (they depend on the text and the limits alone, which the caller has found the same).
 */
export function checkAgain(prev: CheckResult, options: CheckOptions): CheckResult {
  return withFindings(prev.parsed, prev.model, prev.lines, options);
}

/** The findings of a parsed text (the rules over its parse and model), as `check` tells them. */
export function withFindings(parsed: ParsedText, model: Model, lines: LineIndex, options: CheckOptions): CheckResult {
  if (parsed.limit) {
    // Always an error, whatever the rule settings: the file was not checked at all.
    const { span, message } = parsed.limit;
    return { parsed, model, lines, findings: [{ rule: 'yaml-syntax', severity: 'error', path: '', span, range: lines.range(span), message }], options };
  }
  // A document that is not well-formed YAML gets its syntax errors alone.
  const rules = parsed.syntax.length > 0 ? RULES.filter((r) => r.meta.id === 'yaml-syntax') : RULES;
  const suppressed = options.directives === false ? undefined : suppressions(parsed.text, lines);
  phases.mark?.('suppressions');
  const findings = ordered(runRules(rules, { parsed, model, lines }, options, suppressed));
  phases.mark?.('order');
  return { parsed, model, lines, findings, options };
}

/** The arithmetic relations of a checked document (for hovers: how a total adds up). */
export function relationsOf(result: CheckResult): readonly Relation[] {
  return relations({ model: result.model, figure: (path) => figureAt(result.parsed, path) });
}

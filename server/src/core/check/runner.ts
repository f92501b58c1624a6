import type { CheckOptions, RuleSetting } from './check';
import type { Finding, Fix, RuleId, Severity } from './finding';
import type { Figure } from '../format/decimal';
import { figureAt } from '../format/figures';
import type { Model } from '../format/model';
import type { Report, ReportedFix, Rule, RuleContext } from './rule';
import type { ParsedText } from '../syntax/parse';
import { formatPath, type YamlPath } from '../syntax/source';
import type { LineIndex } from '../syntax/text';
import { isSuppressed, type Suppressions } from './suppression';
import { phases } from './phases';

export interface RunInput {
  readonly parsed: ParsedText;
  readonly model: Model;
  readonly lines: LineIndex;
  /** The figure look-up, when the caller keeps figures of its own (the incremental check's top-level budgets). */
  readonly figure?: (path: YamlPath) => Figure | undefined;
}

/** A rule's severity under the settings: the setting, or the rule's default. */
function settingOf(rule: Rule<RuleId>, options: CheckOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? rule.meta.severity;
}

/**
 * The one runner, for the full and the incremental check: each rule that the
 * settings leave on, at its severity, over a document or a part of one; the
 * findings on a suppressed line left out. Unordered: see `ordered`.
 */
export function runRules(rules: readonly Rule<RuleId>[], input: RunInput, options: CheckOptions, suppressed?: Suppressions): Finding[] {
  const out: Finding[] = [];
  const emit = suppressed && suppressed.size > 0 ? (f: Finding) => { if (!isSuppressed(suppressed, f)) out.push(f); } : (f: Finding) => { out.push(f); };
  for (const rule of rules) {
    const setting = settingOf(rule, options);
    if (setting !== 'off') runRule(rule, input, setting, emit);
    phases.mark?.(`rule ${rule.meta.id}`);
  }
  return out;
}

/** Findings in the order the editor and the CLI list them: by place, then by rule. */
export function ordered(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/** Runs one rule at a severity, each finding handed to `emit` with its ranges. */
function runRule(rule: Rule<RuleId>, input: RunInput, severity: Severity, emit: (f: Finding) => void): void {
  const { parsed, model, lines } = input;
  const figure = input.figure ?? ((path: YamlPath) => figureAt(parsed, path));
  const id = rule.meta.id;
  const located = (fix: ReportedFix): Fix => ({
    title: fix.title,
    edits: fix.edits.map((e) => ({ span: e.span, range: lines.range(e.span), newText: e.newText, ...(e.snippet !== undefined ? { snippet: e.snippet } : {}) })),
  });
  const ctx: RuleContext = {
    parsed,
    model,
    source: parsed.source,
    figure,
    report(r: Report) {
      const span = r.span ?? parsed.source.anchor(r.path);
      emit({
        rule: id,
        severity: r.severity ?? severity,
        path: formatPath(r.path),
        span,
        range: lines.range(span),
        message: r.message,
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
        ...(r.found !== undefined ? { found: r.found } : {}),
        ...(r.related ? { related: r.related.map((x) => { const s = parsed.source.anchor(x.path); return { path: formatPath(x.path), span: s, range: lines.range(s), message: x.message }; }) } : {}),
        ...(r.fix ? { fix: located(r.fix) } : {}),
        ...(r.suggestions && r.suggestions.length > 0 ? { suggestions: r.suggestions.map(located) } : {}),
      });
    },
  };
  rule.check(ctx);
}

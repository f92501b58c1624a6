import type { Finding, RuleId, Severity } from './finding';
import { buildModel, type Model } from '../format/model';
import { parseText, type ParsedText } from '../syntax/parse';
import { figureAt, type Report, type Rule, type RuleContext } from './rule';
import { relations, type Relation } from '../format/relations';
import { RULES } from './registry';
import type { Limits } from '../syntax/limits';
import { formatPath, type YamlPath } from '../syntax/source';
import type { Figure } from '../format/decimal';
import { LineIndex } from '../syntax/text';

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  /** Per-rule severity, or `off`. */
  readonly rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Overrides of the resource limits (see limits.ts); invalid values fall back to the defaults. */
  readonly limits?: Partial<Limits>;
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
  const lines = new LineIndex(text);
  const model = buildModel(parsed.data);
  const findings: Finding[] = [];
  if (parsed.limit) {
    // Always an error, whatever the rule settings: the file was not checked at all.
    const { span, message } = parsed.limit;
    return { parsed, model, lines, findings: [{ rule: 'yaml-syntax', severity: 'error', path: '', span, range: lines.range(span), message }], options };
  }
  const suppressed = suppressions(text, lines);
  // A document that is not well-formed YAML gets its syntax errors alone.
  const rules = parsed.syntax.length > 0 ? RULES.filter((r) => r.id === 'yaml-syntax') : RULES;
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    runRule(rule, { parsed, model, lines, severity: setting }, (f) => {
      const hidden = suppressed.get(f.range.start.line);
      if (!hidden || !(hidden.size === 0 || hidden.has(f.rule))) findings.push(f);
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { parsed, model, lines, findings, options };
}

/** The arithmetic relations of a checked document (for hovers: how a total adds up). */
export function relationsOf(result: CheckResult): readonly Relation[] {
  return relations({ model: result.model, figure: (path) => figureAt(result.parsed, path) });
}

export interface RunInput {
  readonly parsed: ParsedText;
  readonly model: Model;
  readonly lines: LineIndex;
  readonly severity: Severity;
  /** The figure look-up, when the caller keeps figures of its own (the incremental check's top-level budgets). */
  readonly figure?: (path: YamlPath) => Figure | undefined;
}

/** Runs one rule over a document (or a part of one, for the incremental check), each finding handed to `emit`. */
export function runRule(rule: Rule, input: RunInput, emit: (f: Finding) => void): void {
  const { parsed, model, lines, severity } = input;
  const figure = input.figure ?? ((path: YamlPath) => figureAt(parsed, path));
  const ctx: RuleContext = {
    parsed,
    model,
    source: parsed.source,
    figure,
    report(r: Report) {
      const span = r.span ?? parsed.source.anchor(r.path);
      emit({
        rule: rule.id,
        severity: r.severity ?? severity,
        path: formatPath(r.path),
        span,
        range: lines.range(span),
        message: r.message,
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
        ...(r.found !== undefined ? { found: r.found } : {}),
        ...(r.related ? { related: r.related.map((x) => { const s = parsed.source.anchor(x.path); return { path: formatPath(x.path), span: s, range: lines.range(s), message: x.message }; }) } : {}),
        ...(r.fix ? { fix: { title: r.fix.title, edits: r.fix.edits.map((e) => ({ span: e.span, range: lines.range(e.span), newText: e.newText })) } } : {}),
      });
    },
  };
  rule.check(ctx);
}

const DISABLE = /^[ \t]*#[ \t]*budget-disable-next-line\b([^\r\n]*)/gm;

/** `# budget-disable-next-line [rule-id …]`: line below → the rules it silences (empty: all). */
export function suppressions(text: string, lines: LineIndex): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  // Most documents have none: a plain search is many times faster than the pattern over a large text.
  if (!text.includes('budget-disable-next-line')) return out;
  for (const m of text.matchAll(DISABLE)) {
    const ids = m[1]!.split(/[\s,]+/).filter((s) => s && !s.startsWith('--'));
    out.set(lines.position(m.index).line + 1, new Set(ids));
  }
  return out;
}

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import { type Finding, type Severity, L, localize, type Locale, docsUrl, type CheckResult, type Settings, UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_DOCS, unusedDirectivesOf, unusedMessage, type UnusedReport } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding as an LSP diagnostic: source `budget`, the rule id as code, its docs page, and the parts it was checked against. */
export function toDiagnostic(finding: Finding, uri: string, locale: Locale): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'budget',
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    message: localize(finding.message, locale),
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: localize(r.message, locale) })) }
      : {}),
    data: { path: finding.path },
  };
}

/** A `# budget-disable…` comment that silences nothing, as information (and shown faded, as unused code is). */
export function unusedDiagnostic(u: UnusedReport, locale: Locale): Diagnostic {
  return {
    range: u.range,
    severity: DiagnosticSeverity.Information,
    source: 'budget',
    code: UNUSED_DIRECTIVE,
    codeDescription: { href: UNUSED_DIRECTIVE_DOCS },
    message: localize(unusedMessage(u), locale),
    tags: [DiagnosticTag.Unnecessary],
  };
}

/**
 * Diagnostics a document publishes at most. A document of 100,000 mistakes (a pasted table, a wrong indent over
 * thousands of lines) would otherwise send tens of megabytes at every keystroke, more than any editor shows.
 */
export const MAX_DIAGNOSTICS = 1000;

/** A document's findings as diagnostics, at most `MAX_DIAGNOSTICS` of them and then one that says how many more there are. */
export function toDiagnostics(findings: readonly Finding[], uri: string, locale: Locale, max = MAX_DIAGNOSTICS): Diagnostic[] {
  const shown = findings.slice(0, max).map((f) => toDiagnostic(f, uri, locale));
  const rest = findings.length - shown.length;
  if (rest > 0) {
    const next = findings[max]!;
    shown.push({
      range: next.range,
      severity: DiagnosticSeverity.Information,
      source: 'budget',
      message: localize(L(`另有 ${rest} 个问题未列出（每个文件最多列出 ${max} 个）；改正上面的问题后会显示`, `${rest} more problems not listed (at most ${max} a file); they show as the ones above are fixed`), locale),
    });
  }
  return shown;
}

/**
 * What a document shows: its findings, then each `# budget-disable…` comment that silences nothing (as information,
 * as ESLint's editor shows unused `eslint-disable` comments; not in a document the configuration ignores).
 */
export function documentDiagnostics(a: { readonly uri: string; readonly result: CheckResult; readonly settings: Settings; readonly locale: Locale }): Diagnostic[] {
  const unused = a.settings.ignored ? [] : unusedDirectivesOf(a.result);
  return [...toDiagnostics(a.result.findings, a.uri, a.locale), ...unused.map((u) => unusedDiagnostic(u, a.locale))];
}

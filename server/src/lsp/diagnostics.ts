import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../core/check/finding';
import { localize, type Locale } from '../core/locale';
import { docsUrl } from '../core/check/registry';

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

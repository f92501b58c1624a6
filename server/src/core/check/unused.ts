import { check, type CheckResult } from './check';
import type { Finding } from './finding';
import { DOCS_BASE } from './registry';
import { unusedDirectives } from './suppression';
import { L, type Localized } from '../locale';

/** A `# budget-disable…` comment that silences nothing: where it is, as written, and the rules it names in vain. */
export interface UnusedReport {
  readonly span: Finding['span'];
  readonly range: Finding['range'];
  /** The directive as written (`budget-disable-next-line rounding`). */
  readonly text: string;
  /** The rules it names that silence nothing; none: it names no rule, and there is nothing to silence. */
  readonly rules: readonly string[];
}

/** The code the editor and SARIF show an unused directive with (it is no rule: no severity setting turns it off). */
export const UNUSED_DIRECTIVE = 'unused-disable-directive';

/** Where unused directives are explained. */
export const UNUSED_DIRECTIVE_DOCS = `${DOCS_BASE}docs/configuration.md#unused-directives`;

/**
 * The directives of a checked text that silence none of its findings (as ESLint's unused `eslint-disable` comments):
 * what the CLI reports with --report-unused-disable-directives and the editor shows as information. A text without
 * a directive costs a search; one with directives a second check, with the comments silencing nothing.
 */
export function unusedDirectivesOf(result: CheckResult): UnusedReport[] {
  const text = result.parsed.text;
  // A text that cannot be read (over a limit, or not YAML) gets its one reason: no rule ran, nothing was to silence.
  if (!text.includes('budget-disable') || result.parsed.limit || result.parsed.syntax.length > 0) return [];
  const unsilenced = check(text, { ...result.options, directives: false }).findings;
  return unusedDirectives(text, unsilenced).map((u) => ({
    span: u.directive.span,
    range: result.lines.range(u.directive.span),
    text: text.slice(u.directive.span.start, u.directive.span.end),
    rules: u.rules,
  }));
}

/** What an unused directive is told as. */
export function unusedMessage(u: Pick<UnusedReport, 'text' | 'rules'>): Localized {
  return u.rules.length === 0
    ? L(`未用的指令“${u.text}”：没有可屏蔽的问题`, `Unused directive “${u.text}”: there is no problem to silence`)
    : L(`未用的指令“${u.text}”：没有 ${u.rules.join('、')} 的问题可屏蔽`, `Unused directive “${u.text}”: no ${u.rules.join(', ')} problem to silence`);
}

import type { Finding } from './finding';
import { LineIndex, type Span } from '../syntax/text';

/** What is silenced on one line: every rule (but those re-enabled), or some. */
export interface Hidden {
  readonly all: boolean;
  /** With `all`: the rules a `budget-enable` turned on again. */
  readonly except: ReadonlySet<string>;
  readonly rules: ReadonlySet<string>;
}

/** Line → what is silenced on it. */
export type Suppressions = ReadonlyMap<number, Hidden>;

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** A `# budget-…` comment, as ESLint's `eslint-disable` comments. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The comment's line (0-based). */
  readonly line: number;
  /** The directive's text, from `budget-` to the end of its rule ids. */
  readonly span: Span;
  /** The rules it names; none: every rule. */
  readonly rules: readonly string[];
}

/**
 * `# budget-disable-next-line [ids]` (own line), `… # budget-disable-line [ids]` (after a value, or alone: its own
 * line), `# budget-disable [ids]` … `# budget-enable [ids]` (a block; with no enable after it, to the end of the file,
 * so that one at the top silences the whole file). A ` -- reason` after the ids is a comment for the reader.
 */
const DIRECTIVE = /(^[ \t]*|[ \t])#[ \t]*(budget-(disable-next-line|disable-line|disable|enable))(?![\w-])([^\r\n]*)/gm;

/** The directives of a text, in order. */
export function directives(text: string): Directive[] {
  // Most documents have none: a plain search is many times faster than the pattern over a large text.
  if (!text.includes('budget-disable') && !text.includes('budget-enable')) return [];
  const lines = new LineIndex(text);
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = m[3] as DirectiveKind;
    const ownLine = m[1]!.length === 0 || /^[ \t]*$/.test(m[1]!) && text.lastIndexOf('\n', m.index) + 1 === m.index;
    // A directive but disable-line stands alone on its line (after a value, it would read as that value's).
    if (kind !== 'disable-line' && !ownLine) continue;
    const rest = m[4]!.split(/\s--(\s|$)/)[0]!;
    const rules = rest.split(/[\s,]+/).filter(Boolean);
    const start = m.index + m[0].indexOf(m[2]!);
    out.push({ kind, line: lines.position(m.index + m[1]!.length).line, span: { start, end: start + m[2]!.length + rest.trimEnd().length }, rules });
  }
  return out;
}

/** Whether a text has directives whose reach is more than one line: the incremental check leaves such a text alone. */
export function hasBlockDirectives(text: string): boolean {
  return directives(text).some((d) => d.kind === 'disable' || d.kind === 'enable');
}

/** The lines each directive of a text silences. */
export function suppressions(text: string, lines: LineIndex): Map<number, Hidden> {
  const out = new Map<number, { all: boolean; except: Set<string>; rules: Set<string> }>();
  const at = (line: number) => {
    let h = out.get(line);
    if (!h) out.set(line, (h = { all: false, except: new Set(), rules: new Set() }));
    return h;
  };
  const add = (line: number, all: boolean, except: Iterable<string>, rules: Iterable<string>) => {
    const h = at(line);
    if (all && !h.all) {
      h.all = true;
      for (const r of except) h.except.add(r);
    } else if (all) {
      // Two blocks over one line: a rule is on only if both leave it on.
      for (const r of [...h.except]) if (![...except].includes(r)) h.except.delete(r);
    }
    for (const r of rules) h.rules.add(r);
  };
  // The block in force: every rule off (but `except`), and the rules named off.
  let all = false;
  const except = new Set<string>();
  const blocked = new Set<string>();
  let from = 0;
  const fill = (to: number) => {
    if (all || blocked.size > 0) for (let l = from; l < to; l++) add(l, all, except, blocked);
    from = to;
  };
  for (const d of directives(text)) {
    if (d.kind === 'disable-next-line') add(d.line + 1, d.rules.length === 0, [], d.rules);
    else if (d.kind === 'disable-line') add(d.line, d.rules.length === 0, [], d.rules);
    else {
      // A block runs from its comment's line up to the line of the comment that ends it.
      fill(d.line);
      if (d.kind === 'disable') {
        if (d.rules.length === 0) {
          all = true;
          except.clear();
        } else for (const r of d.rules) {
          blocked.add(r);
          except.delete(r);
        }
      } else if (d.rules.length === 0) {
        all = false;
        except.clear();
        blocked.clear();
      } else for (const r of d.rules) {
        blocked.delete(r);
        if (all) except.add(r);
      }
    }
  }
  fill(lines.lineCount);
  return out;
}

/** The suppressions written in `[from, to)` of a text, by the text's own line numbers (one-line directives only). */
export function suppressionsIn(text: string, lines: LineIndex, from: number, to: number): Map<number, Hidden> {
  const slice = text.slice(from, to);
  const first = lines.position(from).line;
  const out = new Map<number, Hidden>();
  for (const [line, hidden] of suppressions(slice, new LineIndex(slice))) out.set(first + line, hidden);
  return out;
}

export function hides(hidden: Hidden, rule: string): boolean {
  return (hidden.all && !hidden.except.has(rule)) || hidden.rules.has(rule);
}

export function isSuppressed(suppressed: Suppressions, f: Finding): boolean {
  const hidden = suppressed.get(f.range.start.line);
  return !!hidden && hides(hidden, f.rule);
}

/** A directive that silenced nothing, and the rules it names that silenced nothing (none: it names no rule). */
export interface UnusedDirective {
  readonly directive: Directive;
  readonly rules: readonly string[];
}

/**
 * The disable directives of a text that silence none of `findings` (the findings of the text checked with no
 * directive at all), as ESLint's `--report-unused-disable-directives`: each, with the rules it names in vain.
 */
export function unusedDirectives(text: string, findings: readonly Finding[]): UnusedDirective[] {
  const all = directives(text);
  const lineCount = new LineIndex(text).lineCount;
  const out: UnusedDirective[] = [];
  for (const [k, d] of all.entries()) {
    if (d.kind === 'enable') continue;
    let first = d.line;
    let last = d.line;
    if (d.kind === 'disable-next-line') first = last = d.line + 1;
    else if (d.kind === 'disable') {
      const end = all.slice(k + 1).find((e) => e.kind === 'enable' && (e.rules.length === 0 || d.rules.length > 0 && d.rules.every((r) => e.rules.includes(r))));
      last = (end?.line ?? lineCount) - 1;
    }
    const covered = findings.filter((f) => f.range.start.line >= first && f.range.start.line <= last);
    if (d.rules.length === 0) {
      if (covered.length === 0) out.push({ directive: d, rules: [] });
      continue;
    }
    const idle = d.rules.filter((r) => !covered.some((f) => f.rule === r));
    if (idle.length > 0) out.push({ directive: d, rules: idle });
  }
  return out;
}

import type { Finding } from './finding';
import { LineIndex } from '../syntax/text';

/** Line → the rules silenced on it (empty: all). */
export type Suppressions = ReadonlyMap<number, ReadonlySet<string>>;

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

/** The suppressions written in `[from, to)` of a text, by the text's own line numbers. */
export function suppressionsIn(text: string, lines: LineIndex, from: number, to: number): Map<number, Set<string>> {
  const slice = text.slice(from, to);
  const first = lines.position(from).line;
  const out = new Map<number, Set<string>>();
  for (const [line, ids] of suppressions(slice, new LineIndex(slice))) out.set(first + line, ids);
  return out;
}

export function isSuppressed(suppressed: Suppressions, f: Finding): boolean {
  const hidden = suppressed.get(f.range.start.line);
  return !!hidden && (hidden.size === 0 || hidden.has(f.rule));
}

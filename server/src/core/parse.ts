import { parseDocument, type Document } from 'yaml';
import { SourceMap } from './source';
import type { Span } from './text';

/** A YAML error at the token that causes it. */
export interface SyntaxProblem {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

export interface ParsedText {
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly source: SourceMap;
  /** The document as plain data; keys with empty values are left out. */
  readonly data: unknown;
  readonly syntax: readonly SyntaxProblem[];
}

/** Aliases are expanded at most this many times (a billion-laughs guard). */
export const MAX_ALIAS_COUNT = 1000;

export function parseText(text: string): ParsedText {
  const yaml = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const syntax: SyntaxProblem[] = yaml.errors.map((e) => ({ code: e.code, message: e.message.split('\n')[0]!, span: tokenSpan(text, e.pos) }));
  let data: unknown = null;
  if (syntax.length === 0) {
    try {
      data = dropEmpty(yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (e) {
      syntax.push({ code: 'ALIAS_LIMIT', message: e instanceof Error ? e.message : String(e), span: { start: 0, end: 0 } });
    }
  }
  return { text, yaml, source: new SourceMap(text, yaml.contents), data, syntax };
}

/** An error's span, kept on its own line: it never runs to the end of the file. */
function tokenSpan(text: string, pos: [number, number]): Span {
  const start = Math.min(pos[0], text.length);
  const lineEnd = text.indexOf('\n', start);
  const limit = lineEnd < 0 ? text.length : lineEnd;
  let end = Math.min(Math.max(pos[1], start), limit);
  if (end === start && start < limit) end = start + 1;
  if (end === start && start > 0 && start === text.length) return { start: start - 1, end: start };
  return { start, end };
}

/** A key written with no value (`goal:`) reads as an absent key. */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty, so that a key named `__proto__` stays a plain key
      if (v !== null && v !== undefined) Object.defineProperty(out, k, { value: dropEmpty(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

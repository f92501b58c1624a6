import type { CheckResult } from '../check/check';
import type { Localized } from '../locale';
import type { YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';
import { BUILTIN_GLOSSARY } from '../format/builtin-glossary';

/** A term a reader may hover: from the document's own glossary, or the built-in one. */
export interface GlossaryTerm {
  /** As written in text (a term or one of its aliases). */
  readonly spelling: string;
  /** The term under which it is defined. */
  readonly term: string;
  readonly english?: string;
  readonly definition: Localized;
  /** Where the document defines it: `glossary[i].term`. Built-in terms have none. */
  readonly entry?: YamlPath;
}

/** The document's glossary first, then the built-in terms it does not define itself. */
export function glossaryOf(result: CheckResult): GlossaryTerm[] {
  const own: GlossaryTerm[] = [];
  const entries = glossaryEntries(result.parsed.data);
  entries.forEach(({ term, definition }, i) => {
    if (term) own.push({ spelling: term, term, definition: { zh: definition, en: definition }, entry: ['glossary', i, 'term'] });
  });
  const defined = new Set(own.map((t) => t.term));
  const builtin = BUILTIN_GLOSSARY.filter((t) => !defined.has(t.term)).flatMap((t) =>
    [t.term, ...(t.aliases ?? [])].map((spelling) => ({ spelling, term: t.term, english: t.english, definition: t.definition })));
  return [...own, ...builtin];
}

/** Glossary entries as written, even when the rest of the document fails the schema. */
function glossaryEntries(data: unknown): { term: string; definition: string }[] {
  const list = data && typeof data === 'object' ? (data as { glossary?: unknown }).glossary : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((e: unknown) => {
    const entry = (e && typeof e === 'object' ? e : {}) as { term?: unknown; definition?: unknown };
    return { term: typeof entry.term === 'string' ? entry.term : '', definition: typeof entry.definition === 'string' ? entry.definition : '' };
  });
}

/**
 * The term written at `offset` (the character under the cursor) inside
 * `span` of the text: the longest spelling that covers it; on a tie, the
 * document's own.
 */
export function termAt(terms: readonly GlossaryTerm[], text: string, span: Span, offset: number): { term: GlossaryTerm; span: Span } | undefined {
  let best: { term: GlossaryTerm; span: Span } | undefined;
  const from = Math.max(span.start, offset - longest(terms));
  const window = text.slice(from, Math.min(span.end, offset + longest(terms)));
  for (const term of terms) {
    for (let at = window.indexOf(term.spelling); at >= 0; at = window.indexOf(term.spelling, at + 1)) {
      const start = from + at;
      const end = start + term.spelling.length;
      if (start > offset || end <= offset) continue;
      if (!best || term.spelling.length > best.span.end - best.span.start) best = { term, span: { start, end } };
    }
  }
  return best;
}

function longest(terms: readonly GlossaryTerm[]): number {
  return terms.reduce((n, t) => Math.max(n, t.spelling.length), 0);
}

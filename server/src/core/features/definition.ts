import type { CheckResult } from '../check/check';
import { glossaryOf, termAt } from './glossary';
import { locate } from '../syntax/locate';
import type { Span } from '../syntax/text';

/** From a term used in text to where the document's glossary defines it. */
export function definitionAt(result: CheckResult, offset: number): { readonly origin: Span; readonly target: Span } | undefined {
  const at = locate(result.parsed, offset);
  if (!at || at.part !== 'value' || typeof at.scalar !== 'string') return undefined;
  const found = termAt(glossaryOf(result).filter((t) => t.entry), result.parsed.text, at.span, offset);
  const entry = found?.term.entry && result.parsed.source.get(found.term.entry);
  return found && entry ? { origin: found.span, target: entry.value } : undefined;
}

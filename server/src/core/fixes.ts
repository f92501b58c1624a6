import type { Finding, TextEdit } from './finding';

/**
 * The edits of every fixable finding that can be applied together: a fix
 * whose edits overlap an earlier one's is left for a second pass, so that
 * no edit lands on text another has changed.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const edits = f.fix?.edits ?? [];
    if (edits.length === 0 || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}

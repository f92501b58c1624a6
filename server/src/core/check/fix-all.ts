import type { Finding, TextEdit } from './finding';
import type { Span } from '../syntax/text';

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

/** An edit in offsets alone. */
export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * Fix all, pass after pass, as ESLint's `--fix` does: the text the first pass leaves is checked again
 * (`findingsOf`), and the fixes it now offers (a parent's budget once its child's was fixed, a fix that overlapped
 * another) are applied, until a pass has none or `passes` have run. Returns the edits of all the passes as edits
 * of the original text, in order; each covers only what some pass changed.
 */
export function fixAllRepeated(text: string, findings: readonly Finding[], findingsOf: (text: string) => readonly Finding[], passes = 10): SpanEdit[] {
  let current = text;
  let regions: Region[] = [];
  let edits: readonly SpanEdit[] = fixAllEdits(findings);
  for (let pass = 0; pass < passes && edits.length > 0; pass++) {
    regions = compose(regions, edits);
    current = applyEdits(current, edits);
    if (pass + 1 < passes) edits = fixAllEdits(findingsOf(current));
  }
  return regions.map((r) => ({ span: { start: r.os, end: r.oe }, newText: current.slice(r.cs, r.ce) }));
}

/** The original text `[os, oe)` now reads as the current text `[cs, ce)`; outside the regions, nothing changed. */
interface Region {
  readonly os: number;
  readonly oe: number;
  readonly cs: number;
  readonly ce: number;
}

/**
 * The regions after one more pass of edits (on the current text, in order, not overlapping). An edit that touches
 * regions merges with them; the regions after an edit move by what it added or removed.
 */
function compose(regions: readonly Region[], edits: readonly SpanEdit[]): Region[] {
  let out = regions.slice();
  // Last edit first: each edit then moves only what lies after it, in the coordinates the pass was made in.
  for (let k = edits.length - 1; k >= 0; k--) {
    const { span: { start: s, end: e }, newText } = edits[k]!;
    const delta = newText.length - (e - s);
    const touching = out.filter((r) => r.cs <= e && s <= r.ce);
    const before = out.filter((r) => r.ce < s);
    const after = out.filter((r) => r.cs > e).map((r) => ({ ...r, cs: r.cs + delta, ce: r.ce + delta }));
    let merged: Region;
    if (touching.length === 0) {
      // Outside every region the texts differ by what the regions before changed.
      const shift = before.reduce((n, r) => n + (r.ce - r.cs) - (r.oe - r.os), 0);
      merged = { os: s - shift, oe: e - shift, cs: s, ce: s + newText.length };
    } else {
      const first = touching[0]!;
      const last = touching[touching.length - 1]!;
      merged = {
        os: s < first.cs ? first.os - (first.cs - s) : first.os,
        oe: e > last.ce ? last.oe + (e - last.ce) : last.oe,
        cs: Math.min(s, first.cs),
        ce: Math.max(e, last.ce) + delta,
      };
    }
    out = [...before, merged, ...after];
  }
  return out;
}

function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  return edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

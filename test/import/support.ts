import { parse } from 'yaml';
import type { ImportReport } from '../../server/src/import';
import type { Piece } from '../../server/src/import/source';

/** Every text of a report (what it read, kept, found ambiguous), for finding a piece of the source in it. */
export function reportTexts(report: ImportReport): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(report);
  return out;
}

/** The output's text and every string value it holds (quoted strings unquoted). */
export function outputTexts(yamlText: string): string[] {
  const out: string[] = [yamlText];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(yamlText));
  return out;
}

/** The texts of a source's pieces: its paragraphs and its table cells (a merged cell once). */
export function pieceTexts(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((p) => (p.kind === 'text' ? [p.text] : p.rows.flatMap((r) => r.cells.filter((c) => c.text && !c.covered).map((c) => c.text))));
}

/** The pieces of the source found neither in the output nor in the report. */
export function lostPieces(pieces: readonly Piece[], yamlText: string, report: ImportReport): string[] {
  const hay = [...outputTexts(yamlText), ...reportTexts(report)];
  return pieceTexts(pieces).filter((t) => !hay.some((h) => h.includes(t)));
}

/** Characters other than blanks: what a count of a text's content counts. */
export const inked = (s: string): number => [...s.replace(/[\s\u3000\u00a0\ufeff]/g, '')].length;

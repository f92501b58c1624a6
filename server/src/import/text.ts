import type { Piece, SourceCell, TableRow, TextPiece } from './source';

/** Blanks as Word writes them: spaces, full-width spaces, no-break spaces. */
export const trimBlank = (s: string): string => s.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g, '');

/**
 * A Word document saved as text: paragraphs one a line; a table's cells one
 * a line, each after a tab, a blank cell as a tab alone, its rows apart by
 * an empty line. A table's title or 单位 line saved inside it (a row of one
 * cell before its first row of several) is a paragraph.
 */
export function readTextDocument(text: string): Piece[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('\t')) {
      i = readTable(lines, i, pieces);
      continue;
    }
    const t = trimBlank(line);
    if (t) pieces.push({ kind: 'text', text: t, where: { line: i + 1 } });
    i++;
  }
  return pieces;
}

/** The rows from line `start` on, until a line of text or two empty lines; the next line to read. */
function readTable(lines: readonly string[], start: number, pieces: Piece[]): number {
  const rows: TableRow[] = [];
  let cells: SourceCell[] = [];
  let i = start;
  const endRow = () => {
    if (cells.length > 0) rows.push({ cells, where: cells[0]!.where });
    cells = [];
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('\t')) {
      cells.push({ text: trimBlank(line.slice(1)), where: { line: i + 1 } });
      i++;
    } else if (trimBlank(line) === '') {
      endRow();
      // Rows are one empty line apart; a second one, or text, ends the table.
      if (i + 1 < lines.length && lines[i + 1]!.startsWith('\t')) i++;
      else break;
    } else {
      break;
    }
  }
  endRow();
  // Leading rows of at most one filled cell (a title, 单位：万元) are text said over the table.
  let first = 0;
  while (first < rows.length && rows[first]!.cells.filter((c) => c.text).length <= 1) {
    for (const c of rows[first]!.cells) if (c.text) pieces.push({ kind: 'text', text: c.text, where: c.where } satisfies TextPiece);
    first++;
  }
  const body = rows.slice(first).filter((r) => r.cells.some((c) => c.text));
  if (body.length > 0) pieces.push({ kind: 'table', rows: body, where: body[0]!.where });
  return i;
}

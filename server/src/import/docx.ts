import mammoth from 'mammoth';
import { trimBlank } from './text';
import type { Piece, SourceCell, TableRow } from './source';

/**
 * A Word file's paragraphs and tables, in order. mammoth reads the file
 * (its zip and XML) into plain HTML of headings, paragraphs and tables with
 * their merged cells; this reads that HTML, which has no other elements
 * worth keeping apart.
 */
export async function readWordDocument(bytes: Uint8Array): Promise<Piece[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return readMammothHtml(value);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
  if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  return ENTITIES[e.toLowerCase()] ?? all;
});
const attr = (attrs: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(attrs)?.[1] ?? '1');

interface OpenCell { text: string[]; colspan: number; rowspan: number; header: boolean }

export function readMammothHtml(html: string): Piece[] {
  const pieces: Piece[] = [];
  let block = 0;
  let text: string[] | undefined;
  let heading = false;
  let tableDepth = 0;
  let rows: { cells: OpenCell[] }[] = [];
  let cell: OpenCell | undefined;
  const pushText = (t: string) => {
    for (const line of t.split('\n')) {
      const s = trimBlank(line);
      if (s) pieces.push({ kind: 'text', text: s, where: { block }, ...(heading ? { heading: true } : {}) });
    }
  };
  const tokens = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [, close, rawTag, attrs, chars] = m;
    if (chars !== undefined) {
      const t = decode(chars);
      if (cell) cell.text.push(t);
      else if (text) text.push(t);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') {
      if (cell) cell.text.push('\n');
      else if (text) text.push('\n');
      continue;
    }
    if (tag === 'table') {
      if (!close) {
        if (tableDepth++ === 0) {
          block++;
          rows = [];
        }
      } else if (--tableDepth === 0) {
        const piece = grid(rows, block);
        if (piece.length) pieces.push({ kind: 'table', rows: piece, where: piece[0]!.where });
      }
      continue;
    }
    if (tableDepth > 0) {
      if (tableDepth > 1) continue;
      if (tag === 'tr' && !close) rows.push({ cells: [] });
      else if ((tag === 'td' || tag === 'th') && !close) cell = { text: [], colspan: attr(attrs!, 'colspan'), rowspan: attr(attrs!, 'rowspan'), header: tag === 'th' };
      else if ((tag === 'td' || tag === 'th') && close && cell) {
        rows[rows.length - 1]?.cells.push(cell);
        cell = undefined;
      } else if (tag === 'p' && close && cell) cell.text.push('\n');
      continue;
    }
    if (/^(p|h[1-6]|li)$/.test(tag)) {
      if (!close) {
        block++;
        text = [];
        heading = tag[0] === 'h';
      } else if (text) {
        pushText(text.join(''));
        text = undefined;
        heading = false;
      }
    }
  }
  return pieces;
}

/** The rows with merged cells spread out: a cell under a rowspan or beside a colspan is `covered`, with its first cell's text. */
function grid(rows: readonly { cells: readonly OpenCell[] }[], block: number): TableRow[] {
  const out: SourceCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const open of row.cells) {
      while (out[r]![c]) c++;
      const text = trimBlank(open.text.join('').replace(/\n+/g, '\n'));
      for (let dr = 0; dr < open.rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < open.colspan; dc++) {
          out[r + dr]![c + dc] = { text, where: { block, row: r + 1, column: c + 1 }, ...(dr || dc ? { covered: true } : {}) };
        }
      }
      c += open.colspan;
    }
  });
  return out.map((cells, r) => ({ cells: Array.from(cells, (x, c) => x ?? { text: '', where: { block, row: r + 1, column: c + 1 } }), where: { block, row: r + 1 } }));
}

import type { Localized } from '../core';

/**
 * A document as the importer reads it, whatever file it came from: its
 * paragraphs and tables in order, each piece with where it stands in the
 * source, so that everything the import keeps or reports can be found there.
 */
export type Piece = TextPiece | TablePiece;

/** Where a piece stands: a line of a text file, a block of a Word file (with a table's row and column), a cell of a workbook. */
export interface Where {
  readonly line?: number;
  readonly block?: number;
  readonly row?: number;
  readonly column?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface TextPiece {
  readonly kind: 'text';
  readonly text: string;
  readonly where: Where;
  /** Written as a heading (a Word heading style, a bold line of its own). */
  readonly heading?: boolean;
}

export interface SourceCell {
  readonly text: string;
  readonly where: Where;
  /** The part of a merged cell under or beside its first: the same text, not written again. */
  readonly covered?: boolean;
}

export interface TableRow {
  readonly cells: readonly SourceCell[];
  readonly where: Where;
}

export interface TablePiece {
  readonly kind: 'table';
  readonly rows: readonly TableRow[];
  readonly where: Where;
}

/** `第12行` / `line 12`, `第3段` / `block 3`, `表格第2行第4列`, `Sheet1!B4`. */
export function describeWhere(w: Where): Localized {
  if (w.sheet !== undefined) return { zh: `工作表“${w.sheet}”${w.cell ?? ''}`, en: `sheet “${w.sheet}” ${w.cell ?? ''}`.trimEnd() };
  if (w.line !== undefined) return { zh: `第${w.line}行`, en: `line ${w.line}` };
  if (w.block !== undefined) {
    const cell = w.row !== undefined ? { zh: `第${w.row}行${w.column !== undefined ? `第${w.column}列` : ''}`, en: ` row ${w.row}${w.column !== undefined ? ` column ${w.column}` : ''}` } : { zh: '', en: '' };
    return { zh: `第${w.block}段${cell.zh}`, en: `block ${w.block}${cell.en}` };
  }
  return { zh: '文件开头', en: 'start of file' };
}

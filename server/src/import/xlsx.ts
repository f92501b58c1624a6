import ExcelJS from 'exceljs';
import { trimBlank } from './text';
import type { Piece, SourceCell, TableRow } from './source';

/**
 * A workbook's sheets as pieces: on each sheet, blocks of rows apart by an
 * empty row; a block's leading rows of one cell (a title, 单位：元) are text,
 * the rest is a table, merged cells spread out as `covered` copies.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Piece[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const pieces: Piece[] = [];
  workbook.eachSheet((sheet) => {
    const rows: TableRow[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: SourceCell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        cells.push({ text: cellText(master), where: { sheet: sheet.name, cell: cell.address }, ...(master !== cell ? { covered: true } : {}) });
      }
      while (cells.length > 0 && !cells[cells.length - 1]!.text) cells.pop();
      rows.push({ cells, where: { sheet: sheet.name, cell: `A${r}` } });
    }
    let block: TableRow[] = [];
    const flush = () => {
      let first = 0;
      while (first < block.length && block[first]!.cells.filter((c) => c.text && !c.covered).length <= 1) {
        for (const c of block[first]!.cells) if (c.text && !c.covered) pieces.push({ kind: 'text', text: c.text, where: c.where });
        first++;
      }
      const body = block.slice(first);
      if (body.length) pieces.push({ kind: 'table', rows: body, where: body[0]!.where });
      block = [];
    };
    for (const row of rows) {
      if (row.cells.every((c) => !c.text)) flush();
      else block.push(row);
    }
    flush();
  });
  return pieces;
}

/** A cell as the sheet shows it: a number with the decimals its format shows (`0.00` → `587.00`), a formula's result. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText(v, cell.numFmt);
  if (typeof v === 'string') return trimBlank(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return trimBlank(v.richText.map((t) => t.text).join(''));
  if ('result' in v && v.result !== undefined) return typeof v.result === 'number' ? numberText(v.result, cell.numFmt) : trimBlank(String(v.result));
  if ('text' in v) return trimBlank(String(v.text));
  return '';
}

function numberText(n: number, format: string | undefined): string {
  const decimals = format ? /0\.(0+)/.exec(format)?.[1]?.length : undefined;
  const percent = !!format && /%/.test(format);
  const shown = percent ? n * 100 : n;
  const text = decimals !== undefined ? shown.toFixed(decimals) : String(Number(shown.toPrecision(15)));
  return percent ? `${text}%` : text;
}

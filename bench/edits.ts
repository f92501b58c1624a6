/** Edits per server and size. */
const EDITS = 60;

/** Single-character edits spread over the document: text typed into `content:` values, digits changed in `budget:`. */
export function plannedEdits(text: string, count = EDITS): { line: number; character: number; length: number; text: string }[] {
  const lines = text.split('\n');
  const content = lines.flatMap((l, i) => (/^\s+content: /.test(l) ? [i] : []));
  const budget = lines.flatMap((l, i) => (/^\s+budget: \d/.test(l) ? [i] : []));
  const edits = [];
  for (let k = 0; k < count; k++) {
    if (k % 6 === 5) {
      const line = budget[Math.floor(((k + 0.5) / count) * budget.length)]!;
      const at = lines[line]!.length - 1;
      edits.push({ line, character: at, length: 1, text: String((Number(lines[line]![at]) + 1) % 10) });
    } else {
      const line = content[Math.floor(((k + 0.5) / count) * content.length)]!;
      edits.push({ line, character: lines[line]!.indexOf('content: ') + 9, length: 0, text: '的' });
    }
  }
  return edits;
}


/** Single-character edits spread over the standard tables: text typed into rows' names, a cent changed in an amount. */
export function tableEdits(text: string, count = EDITS): { line: number; character: number; length: number; text: string }[] {
  const lines = text.split('\n');
  const start = lines.indexOf('tables:');
  const rows = lines.flatMap((l, i) => (i > start && /^\s+- \{ code: \d+, name: /.test(l) ? [i] : []));
  const edits = [];
  for (let k = 0; k < count; k++) {
    const line = rows[Math.floor(((k + 0.5) / count) * rows.length)]!;
    const l = lines[line]!;
    if (k % 6 === 5) {
      const at = l.indexOf('.00') + 2;
      edits.push({ line, character: at, length: 1, text: '1' });
    } else {
      edits.push({ line, character: l.indexOf('name: ') + 6, length: 0, text: '的' });
    }
  }
  return edits;
}

import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceInScalar } from '../check/edits';
import { textsOf } from '../format/texts';

export interface Repeat {
  readonly kind: 'clause' | 'word';
  /** What is written twice. */
  readonly text: string;
  /** The characters to delete (the second copy, with the separator before it for a clause). */
  readonly start: number;
  readonly end: number;
}

const SEPARATOR = /[，,；;。、]/;
const SEPARATORS = /[，,；;。、]/g;

/** A clause written twice in a row: `依法按时办理行政复议案件；依法按时办理行政复议案件`. */
function repeatedClauses(text: string): Repeat[] {
  const out: Repeat[] = [];
  if (!SEPARATOR.test(text)) return out;
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SEPARATORS)) {
    clauses.push({ start, end: m.index });
    start = m.index + 1;
  }
  clauses.push({ start, end: text.length });
  for (let k = 1; k < clauses.length; k++) {
    const a = text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end).trim();
    const b = text.slice(clauses[k]!.start, clauses[k]!.end).trim();
    if (a.length >= 2 && a === b) out.push({ kind: 'clause', text: a, start: clauses[k - 1]!.end, end: clauses[k]!.end });
  }
  return out;
}

/**
 * A word of two to eight Chinese characters written twice in a row: `生活生活费`. A word made of one character
 * doubled (`常常`) and `一X一X` (`一步一步`) are Chinese, not slips; so is a single character written twice
 * (`平安和和谐`), which this leaves alone.
 */
function repeatedWords(text: string): Repeat[] {
  const out: Repeat[] = [];
  const cjk = (i: number) => { const c = text.charCodeAt(i); return c >= 0x4e00 && c <= 0x9fff; };
  // Left to right, the longest word first at each place, as the pattern /([\u4e00-\u9fff]{2,8})\1/g would match;
  // by character codes, as a pattern with a back reference is slow over a long text.
  let i = 0;
  while (i < text.length - 3) {
    let found = 0;
    for (let n = Math.min(8, (text.length - i) >> 1); n >= 2 && found === 0; n--) {
      if (text.charCodeAt(i) !== text.charCodeAt(i + n)) continue;
      let k = 0;
      while (k < n && cjk(i + k) && text.charCodeAt(i + k) === text.charCodeAt(i + n + k)) k++;
      if (k === n) found = n;
    }
    if (found === 0) {
      i++;
      continue;
    }
    const word = text.slice(i, i + found);
    if (!/^(.)\1+$/.test(word) && !(found === 2 && word[0] === '一')) out.push({ kind: 'word', text: word, start: i + found, end: i + 2 * found });
    i += 2 * found;
  }
  return out;
}

/** The repeats in one text, in order. */
export function repeatsIn(text: string): Repeat[] {
  return [...repeatedClauses(text), ...repeatedWords(text)].sort((a, b) => a.start - b.start);
}

/** A word or a clause written twice in a row. */
export const repeatedText = defineRule({
  meta: {
    id: 'repeated-text',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('重复的词语或分句', 'Repeated words or clauses'),
    description: L('同一词语或分句连写两遍', 'a word or a clause written twice in a row'),
  },
  check(ctx) {
    for (const item of textsOf(ctx.model)) {
      if (item.kind === 'grade') continue;
      for (const r of repeatsIn(item.text)) {
        const edit = replaceInScalar(ctx, item.path, item.text, r.start, r.end, '');
        const message = r.kind === 'clause'
          ? L(`分句“${r.text}”连写了两遍`, `The clause “${r.text}” is written twice in a row`)
          : L(`“${r.text}${r.text}”：“${r.text}”重复`, `“${r.text}${r.text}”: “${r.text}” is written twice`);
        ctx.report({
          path: item.path,
          // The second copy, where the text is written as it reads; else the whole text.
          ...(edit ? { span: edit.span } : {}),
          message,
          ...(edit ? { fix: { title: r.kind === 'clause' ? L(`删除重复的分句“${r.text}”`, `Remove the repeated clause “${r.text}”`) : L(`删除重复的“${r.text}”`, `Remove the repeated “${r.text}”`), edits: [edit] } } : {}),
        });
      }
    }
  },
});

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

/** A clause written twice in a row: `依法按时办理行政复议案件；依法按时办理行政复议案件`. */
function repeatedClauses(text: string): Repeat[] {
  const out: Repeat[] = [];
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SEPARATOR.test(text[i]!)) {
      clauses.push({ start, end: i });
      start = i + 1;
    }
  }
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
const DOUBLED = /([\u4e00-\u9fff]{2,8})\1/g;

function repeatedWords(text: string): Repeat[] {
  const out: Repeat[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    const word = m[1]!;
    if (/^(.)\1+$/.test(word) || (word.length === 2 && word[0] === '一')) continue;
    const start = m.index + word.length;
    out.push({ kind: 'word', text: word, start, end: start + word.length });
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

import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceInScalar } from '../check/edits';
import { textsOf } from '../format/texts';
import { isSpace } from '../format/chars';

export interface Repeat {
  readonly kind: 'clause' | 'word';
  /** What is written twice. */
  readonly text: string;
  /** The characters to delete (the second copy, with the separator before it for a clause). */
  readonly start: number;
  readonly end: number;
}

/** `，,；;。、`, by char code. */
function isSeparator(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0x3001;
}

/**
 * A clause written twice in a row: `依法按时办理行政复议案件；依法按时办理行政复议案件`. By char codes, each clause
 * compared trimmed in place: every text of the document is read, and almost none repeats a clause.
 */
function repeatedClauses(text: string): Repeat[] {
  const out: Repeat[] = [];
  // The clause before the current one: where it ends (its separator), and its bounds once trimmed.
  let previousEnd = -1;
  let previousFrom = 0;
  let previousTo = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i === text.length && previousEnd < 0) break;
    let from = start;
    let to = i;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (previousEnd >= 0 && to - from >= 2 && to - from === previousTo - previousFrom && sameChars(text, previousFrom, from, to - from)) {
      out.push({ kind: 'clause', text: text.slice(from, to), start: previousEnd, end: i });
    }
    previousEnd = i;
    previousFrom = from;
    previousTo = to;
    start = i + 1;
  }
  return out;
}

function sameChars(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * A word of two to eight Chinese characters written twice in a row: `生活生活费`. A word made of one character
 * doubled (`常常`) and `一X一X` (`一步一步`) are Chinese, not slips; so is a single character written twice
 * (`平安和和谐`), which this leaves alone.
 */
function repeatedWords(text: string): Repeat[] {
  const out: Repeat[] = [];
  const cjk = (i: number) => isCjk(text.charCodeAt(i));
  // Left to right, the longest word first at each place, as the pattern /([\u4e00-\u9fff]{2,8})\1/g would match;
  // by character codes, as a pattern with a back reference is slow over a long text.
  let i = 0;
  while (i < text.length - 3) {
    let found = 0;
    // No word starts at a character that is not Chinese.
    if (!isCjk(text.charCodeAt(i))) {
      i++;
      continue;
    }
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
  const clauses = repeatedClauses(text);
  const words = repeatedWords(text);
  // Each list is in order already.
  if (clauses.length === 0) return words;
  if (words.length === 0) return clauses;
  return [...clauses, ...words].sort((a, b) => a.start - b.start);
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

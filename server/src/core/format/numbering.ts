import { codes, isSpace } from './chars';

/**
 * `三十八、`, `3、`, `(一)`, `2.` at the start of a name, with the spaces after it;
 * a dot before a digit is a decimal (`1.5亿元项目`, `1．5亿元`), not numbering.
 */
const PREFIX = /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、．.]|\d{1,3}\s*(?:、|[.．](?!\d))|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*[、．.]?)\s*/;

/** The characters a prefix can start with, its leading spaces aside: a numeral, a digit, an opening bracket. */
const PREFIX_START = codes('一二三四五六七八九十百零〇0123456789（(');

export function numberingPrefix(name: string): string | undefined {
  // Most names start with none of them: told by one char code, not the pattern.
  let i = 0;
  while (i < name.length && isSpace(name.charCodeAt(i))) i++;
  if (!PREFIX_START.has(name.charCodeAt(i))) return undefined;
  const m = PREFIX.exec(name);
  if (!m || m[0].length >= name.length || listsNumerals(m[0], name.slice(m[0].length))) return undefined;
  return m[0];
}

/**
 * `一、二级公路`, `一、二年级`, `一、二、三产业`, `1、2号楼`: the name lists numerals, the first one followed by the
 * next; the "prefix" is part of the name. Unless the next numeral begins a word of its own (`二、三公经费管理`,
 * `三、四好农村路建设`, `一、二手车市场`): a missed warning costs less than a name cut short on the page.
 */
function listsNumerals(prefix: string, rest: string): boolean {
  const first = /^\s*([一二三四五六七八九十百零〇]+|\d+)\s*、/.exec(prefix);
  const next = /^[一二三四五六七八九十百零〇]+|^\d+/.exec(rest);
  if (!first || !next || /^\d/.test(first[1]!) !== /^\d/.test(next[0])) return false;
  if (NUMERAL_WORDS.some((word) => rest.startsWith(word))) return false;
  return numeralValue(next[0]) === numeralValue(first[1]!) + 1;
}

/** Words of budget documents that start with a numeral: after `二、`, `三公经费` is a name, not a list's `三`. */
const NUMERAL_WORDS = [
  '一把手', '一站式', '一网通', '一件事', '一体化', '一带一路', '一事一议', '一卡通', '二手', '三公', '三农', '三会一课',
  '三重一大', '三品一标', '三供一业', '三资', '三证', '三违', '四好', '四风', '四个', '四上', '五险一金', '五好', '五保',
  '六一', '七一', '八一', '八项规定', '十佳',
];

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `38`, `三十八`, `一百零二`: the number a numeral writes; NaN for what is not one. */
function numeralValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[零〇]$/.test(s)) return 0;
  let total = 0;
  let digit = -1;
  for (const c of s) {
    // 零 only holds an empty place: 一百零二 is 102.
    if (c === '零' || c === '〇') continue;
    if (c in DIGITS) {
      if (digit >= 0) return NaN;
      digit = DIGITS[c]!;
    } else {
      const scale = c === '十' ? 10 : c === '百' ? 100 : NaN;
      total += (digit < 0 ? 1 : digit) * scale;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

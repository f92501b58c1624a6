import { L, type Localized } from '../locale';
import { RATE_PATTERN } from './schema';

/**
 * Format slips: a figure written so that it is not a number (or not a rate), though what it says is certain —
 * `1,000.00` (thousands separators), `1000.00万元` (the document's own unit), `１０００.００` (full-width digits),
 * `下降20%` (a decrease in words). Each reads as one value only, so its fix is safe to apply unasked; anything
 * else (`12,5`, `1000元` in a 万元 document, `下降-20%`) is not read here and is left to the message.
 */
export interface Slip {
  /** The value as the format writes it, its decimals as written. */
  readonly text: string;
  /** What was wrong, one or more of the slips, in words. */
  readonly what: Localized;
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** Digit groups of three after a first group of one to three: `1,000`, `12,345,678.90`; never `12,5`. */
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const UNITS = ['亿元', '千元', '万元', '元'] as const;
/** A change in words before its figure: `下降20%`, `同比减少5.00`, `比上年增长4.2%`. */
const WORDED = /^(?:同比|比上年|较上年)?(下降|减少|降低|增长|增加|上升|提高)[ \t]*(\d+(?:\.\d+)?%?)$/;
const DECREASE = new Set(['下降', '减少', '降低']);

/** Full-width digits, signs, point and percent, and minus signs other than `-`, written in ASCII. */
export function asciiFigure(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[−－–—‐‑﹣]/g, '-')
    .replace(/[＋﹢]/g, '+')
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[％﹪]/g, '%');
}

interface Reading {
  text: string;
  readonly what: Localized[];
}

function widened(r: Reading): Reading {
  const ascii = asciiFigure(r.text);
  return ascii === r.text ? r : { text: ascii, what: [...r.what, L('用了全角数字或符号', 'full-width digits or signs')] };
}

function inWords(r: Reading, rate: boolean): Reading {
  const m = WORDED.exec(r.text);
  if (!m || m[2]!.endsWith('%') !== rate) return r;
  const down = DECREASE.has(m[1]!);
  return {
    text: (down ? '-' : '') + m[2]!,
    what: [...r.what, down ? L(`“${m[1]}”应写作负号`, `“${m[1]}” is written as a minus sign`) : L(`“${m[1]}”不必写出（正数即为增加）`, `“${m[1]}” left out (a positive figure is an increase)`)],
  };
}

/**
 * An amount (`signed`: a change, which may be negative and may be written in words) mistyped in a way that says
 * one number only, in `unit` (the unit its figures are in): the number, or nothing.
 */
export function amountSlip(written: string, unit: string, signed: boolean): Slip | undefined {
  let r: Reading = widened({ text: written.trim(), what: [] });
  const suffix = UNITS.find((u) => r.text.endsWith(u));
  if (suffix !== undefined) {
    // Another unit would be a conversion, which changes the precision as written: told, not fixed.
    if (suffix !== unit) return undefined;
    r = { text: r.text.slice(0, -suffix.length).trimEnd(), what: [...r.what, L(`写了单位“${unit}”`, `the unit “${unit}” written out`)] };
  }
  if (signed) r = inWords(r, false);
  const grouped = GROUPED.exec(r.text);
  if (grouped) r = { text: grouped[1]! + grouped[2]!.replace(/,/g, '') + (grouped[3] ?? ''), what: [...r.what, L('写了千分位逗号', 'thousands separators')] };
  if (r.what.length === 0 || !NUMBER.test(r.text) || (!signed && r.text.startsWith('-'))) return undefined;
  return { text: r.text, what: joined(r.what) };
}

/** A change rate mistyped in a way that says one rate only (`下降20%`, `－４％`): the rate, or nothing. */
export function rateSlip(written: string, signed: boolean): Slip | undefined {
  let r: Reading = widened({ text: written.trim(), what: [] });
  if (signed) r = inWords(r, true);
  if (r.what.length === 0 || !RATE_PATTERN.test(r.text)) return undefined;
  return { text: r.text, what: joined(r.what) };
}

function joined(what: readonly Localized[]): Localized {
  return L(what.map((w) => w.zh).join('、'), what.map((w) => w.en).join(', '));
}

import { L } from '../locale';
import { defineRule } from '../check/rule';
import { spanInScalar } from '../check/edits';
import { textsOf } from '../format/texts';
import { parseThreshold } from '../format/thresholds';

export interface Blank {
  readonly kind: 'percent' | 'amount' | 'placeholder';
  /** Offsets of the blank in the text: the space left for the figure and its unit, or the placeholder. */
  readonly start: number;
  readonly end: number;
}

const SPACE = /[ \t\u3000]/;
/** What a percentage follows in a disclosure: `占 %`, `增长%`, `下降 %`, `≥%`. */
const BEFORE_PERCENT = /(?:占|为|达|达到|增长|下降|增加|减少|提高|降低|上升|增幅|降幅|≥|≤|>|<|＞|＜|=|：|:)$/;
/** What an amount follows: `比上年减少 万元`, `预算 万元`, `其中： 万元`. */
const BEFORE_AMOUNT = /(?:为|计|共|达|达到|减少|增加|增长|下降|节约|压减|安排|预算|支出|收入|拨款|经费|资金|余额|结转|结余|其中|：|:)$/;

/**
 * A percent sign right after the word a percentage follows, with no number between: `占 %`, `增长%`, `≥%`. Not
 * a unit in brackets (`（%）`) nor after the name of a rate (`增长率%`, a column's header).
 */
function percentBlanks(text: string): Blank[] {
  const out: Blank[] = [];
  for (const m of text.matchAll(/[%％]/g)) {
    let j = m.index - 1;
    while (j >= 0 && SPACE.test(text[j]!)) j--;
    // The words before, not the whole text: a pattern anchored at its end would scan all of it.
    if (!BEFORE_PERCENT.test(text.slice(Math.max(0, j - 3), j + 1))) continue;
    out.push({ kind: 'percent', start: j + 1, end: m.index + 1 });
  }
  return out;
}

/** A money unit after a space where the figure was, right after the word an amount follows: `比上年减少 万元`. Not a header's `单位： 万元`. */
function amountBlanks(text: string): Blank[] {
  const out: Blank[] = [];
  for (const m of text.matchAll(/[ \t\u3000]+(?:万元|亿元|千元|元)/g)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (!BEFORE_AMOUNT.test(before) || /单位[：:]$/.test(before)) continue;
    out.push({ kind: 'amount', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Placeholder letters, two or more (one `X` may be a name: X光), and lines to write on: `XX`, `××局`, `___`. */
function placeholders(text: string): Blank[] {
  return [...text.matchAll(/[XＸ]{2,}|×{2,}|[_＿]{3,}/g)].map((m) => ({ kind: 'placeholder' as const, start: m.index, end: m.index + m[0].length }));
}

/** What every blank holds: most texts hold none of these, and are read no further. */
const MAY_HOLD_BLANK = /[%％元XＸ×_＿]/;

/** The blanks of one text, in order. */
export function blanksIn(text: string): Blank[] {
  if (!MAY_HOLD_BLANK.test(text)) return [];
  return [...percentBlanks(text), ...amountBlanks(text), ...placeholders(text)].sort((a, b) => a.start - b.start);
}

const WHAT = {
  percent: { zh: '百分比', en: 'percentage' },
  amount: { zh: '金额', en: 'amount' },
  placeholder: { zh: '内容', en: 'text' },
} as const;

/** A template blank left unfilled. */
export const templateBlank = defineRule({
  meta: {
    id: 'template-blank',
    severity: 'warning',
    scope: 'document',
    fixable: false,
    title: L('模板空白未填写', 'Unfilled template blank'),
    description: L('模板空白未填写（占 %、减少 万元、XX）', 'a template blank left unfilled (占 %, 减少 万元, XX)'),
  },
  check(ctx) {
    for (const item of textsOf(ctx.model)) {
      // A grade that reads as a threshold (`≥90%`) has its figure; most grades do, and each is read once.
      if (item.kind === 'grade' && parseThreshold(item.text)) continue;
      for (const blank of blanksIn(item.text)) {
        // The words before the blank, up to the start of their clause, so the reader sees which figure is missing.
        const from = Math.max(0, item.text.slice(0, blank.start).search(/[^，,；;。、]{0,12}$/));
        const shown = item.text.slice(from, blank.end).trim();
        const span = spanInScalar(ctx, item.path, item.text, blank.start, blank.end);
        ctx.report({
          path: item.path,
          ...(span ? { span } : {}),
          message: L(`“${shown}”是未填写的模板空白：请填入${WHAT[blank.kind].zh}`, `“${shown}” is a template blank left unfilled: write in the ${WHAT[blank.kind].en}`),
        });
      }
    }
  },
});

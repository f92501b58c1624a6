import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceInScalar, spanInScalar } from '../check/edits';
import { textsOf } from '../format/texts';

/**
 * What follows a year when the sentence tells that year's budget: `2016年部门预算`, `2016年无国有资本经营收入`,
 * `2016年“三公”经费`. A year a goal or a reference names (`2035年远景目标`, `2016年印发`, `2016年决算`, which a
 * budget two years on may well quote) is followed by none of these.
 */
const BUDGET_PHRASE = /^年度?(?:的)?(?:部门预算|预算|收入|支出|收支|财政拨款|一般公共预算|政府性基金|国有资本经营|[“"]?三公[”"]?经费|机关运行经费|政府采购|无|没有|未安排|未使用)/;

const YEAR = /(?<![\d０-９])((?:19|20)\d\d)(?=年)/g;

export interface StrayYear {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /** The words that make it the budget's year: `2016年部门预算`. */
  readonly phrase: string;
}

/** Years of a text that tell a budget year other than `year` and the year before it. */
export function strayYears(text: string, year: number): StrayYear[] {
  const out: StrayYear[] = [];
  if (!text.includes('年')) return out;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y === year || y === year - 1) continue;
    const after = BUDGET_PHRASE.exec(text.slice(m.index + 4));
    if (after) out.push({ year: y, start: m.index, end: m.index + 4, phrase: m[1]! + after[0] });
  }
  return out;
}

/** Last year's text left in: a title year that is not the budget year, a budget year in the prose that is neither. */
export const strayYear = defineRule({
  meta: {
    id: 'stray-year',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('年份与预算年度不符', 'Year that is not the budget year'),
    description: L('标题年份不是预算年度；正文讲预算的句子留着往年的年份', 'a title year that is not the budget year; an earlier year\'s budget sentence left in'),
  },
  check(ctx) {
    // Read from the data: the incremental check runs this rule on a model of one activity, without the year.
    const data = ctx.parsed.data;
    const year = data !== null && typeof data === 'object' ? (data as { year?: unknown }).year : undefined;
    if (typeof year !== 'number' || !Number.isInteger(year)) return;
    for (const item of textsOf(ctx.model)) {
      if (item.kind === 'grade') continue;
      if (item.isTitle) {
        for (const m of item.text.matchAll(YEAR)) {
          if (Number(m[1]) === year) continue;
          const edit = replaceInScalar(ctx, item.path, item.text, m.index, m.index + 4, String(year));
          ctx.report({
            path: item.path,
            ...(edit ? { span: edit.span } : {}),
            message: L(`标题中的年份 ${m[1]} 与预算年度 ${year} 不符`, `The title's year ${m[1]} is not the budget year ${year}`),
            expected: String(year),
            found: m[1]!,
            ...(edit ? { fix: { title: L(`改为 ${year}`, `Change to ${year}`), edits: [edit] } } : {}),
          });
        }
        continue;
      }
      for (const stray of strayYears(item.text, year)) {
        const span = spanInScalar(ctx, item.path, item.text, stray.start, stray.end);
        ctx.report({
          path: item.path,
          ...(span ? { span } : {}),
          message: L(
            `“${stray.phrase}”：${stray.year} 年既不是预算年度 ${year}，也不是上年 ${year - 1}，疑为往年文字未改`,
            `“${stray.phrase}”: ${stray.year} is neither the budget year ${year} nor the year before, ${year - 1}; likely an earlier year's text left in`,
          ),
          found: String(stray.year),
        });
      }
    }
  },
});

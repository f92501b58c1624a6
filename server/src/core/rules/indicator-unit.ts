import { L } from '../locale';
import { defineRule } from '../check/rule';
import { allActivities } from '../format/model';
import { GRADE_KEYS, type Indicator } from '../format/schema';
import { onCommonScale } from '../format/scale';
import { parseThreshold } from '../format/thresholds';

/**
 * Units a count or an amount is written in, as indicator names put them in brackets at the end:
 * `重大食品事故案件（个）`, `组织新闻发言人培训（次）`, `科技成果转化基地数量（家）`, `减排量（吨）`.
 */
const UNITS = [
  '个', '次', '人', '人次', '万人次', '套', '家', '场', '场次', '户', '件', '项', '台', '辆', '所', '座', '处', '篇', '条',
  '份', '期', '批', '名', '宗', '起', '株', '棵', '册', '部', '支', '栋', '间', '张', '块', '根', '盏', '亩', '万亩', '公顷',
  '公里', '千米', '米', '平方米', '万平方米', '立方米', '吨', '万吨', '千瓦', '千瓦时', '元', '万元', '亿元', '倍', '天', '日',
  '小时', '个工作日', '工作日', '年', '月',
];
const BRACKETED = new RegExp(`[（(]\\s*(${UNITS.join('|')})\\s*[)）]$`);

/**
 * Words an indicator name ends in when it counts: `培训基层妇联干部人数`, `安装设备套数`, `参观学习人次`,
 * `新闻发布会场次`, `列入国家级规划项目数量`, `杠杆放大倍数`, `二氧化硫减排量`. Not 指数, 系数, 分数 or 质量:
 * those are no counts.
 */
const COUNTED = /(?:人数|人次|次数|户数|个数|件数|套数|家数|台数|辆数|所数|项数|场数|场次|篇数|条数|份数|期数|批次|数量|倍数|减排量|排放量|削减量|发放量|产量)$/;

/** A ratio or a per-head figure is no plain count: `实际回迁安置户数/符合回迁安置条件户数`, `每千人口床位数`. */
const RATIO = /率|占比|比例|比重|百分比|%|％|[/／]|每|人均|户均|平均/;

/** Counts of what should not happen, where fewer is better: `重大食品事故案件（个）`. */
const HARMFUL = /事故|案件|违法|违规|违纪|伤亡|死亡|投诉|上访|差错|失误|火灾|发案|污染事件/;

/** What an indicator name says it counts, when it counts: the unit in brackets, or the counting word. */
export function countedIn(name: string): { unit: string } | { word: string } | undefined {
  const trimmed = name.trim().replace(/[。.；;，,]+$/, '');
  const bracketed = BRACKETED.exec(trimmed);
  const head = bracketed ? trimmed.slice(0, bracketed.index) : trimmed;
  if (RATIO.test(head)) return undefined;
  if (bracketed) return { unit: bracketed[1]! };
  const word = COUNTED.exec(trimmed)?.[0];
  return word !== undefined ? { word } : undefined;
}

/** Bracketed units of an amount (a length, an area, a weight, energy, money, a time), not of a number of things. */
const AMOUNT_UNITS = new Set([
  '亩', '万亩', '公顷', '公里', '千米', '米', '平方米', '万平方米', '立方米', '吨', '万吨', '千瓦', '千瓦时', '元', '万元', '亿元',
  '天', '日', '小时', '个工作日', '工作日', '年', '月',
]);

/** What kind of figure the name states: a number of things, an amount (减排量, （吨）) or a multiple (倍数, （倍）). */
export function measureOf(counted: { unit: string } | { word: string }): 'count' | 'amount' | 'multiple' {
  if ('unit' in counted) return counted.unit === '倍' ? 'multiple' : AMOUNT_UNITS.has(counted.unit) ? 'amount' : 'count';
  return counted.word === '倍数' ? 'multiple' : counted.word.endsWith('量') && counted.word !== '数量' ? 'amount' : 'count';
}

/** How the message names the figure, and what it asks for instead, by its kind. */
const SAYS = {
  count: { unitEn: (u: string) => `is counted in ${u}`, wordEn: 'counts', zh: '数目没有百分比等级，请写明目标数量', en: 'a count has no percentage grade; grade the target count' },
  amount: { unitEn: (u: string) => `is measured in ${u}`, wordEn: 'is an amount', zh: '数值没有百分比等级，请写明目标数值', en: 'an amount has no percentage grade; grade the target amount' },
  multiple: { unitEn: (u: string) => `is a multiple (${u})`, wordEn: 'is a multiple', zh: '倍数没有百分比等级，请写明目标倍数', en: 'a multiple has no percentage grade; grade the target multiple' },
} as const;

/** The grades as written, when there is at least one and every one is a percentage threshold. */
function percentGrades(indicator: Indicator): string[] | undefined {
  const written = GRADE_KEYS.map((k) => indicator.grades?.[k]).filter((g): g is string => g !== undefined && g.trim() !== '');
  if (written.length === 0) return undefined;
  return written.every((g) => parseThreshold(g)?.unit === '%') ? written : undefined;
}

/** An indicator that counts (people, times, sets, cases) graded in percentages. */
export const indicatorUnit = defineRule({
  meta: {
    id: 'indicator-unit',
    severity: 'warning',
    scope: 'activity',
    fixable: false,
    title: L('计数指标按百分比评价', 'Count graded in percentages'),
    description: L('计数的绩效指标（人数、套数、（次）、（个））按百分比评价', 'an indicator that counts (人数, 套数, （次）, （个）) graded in percentages'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        const name = indicator.name?.trim();
        if (!name) return;
        const counted = countedIn(name);
        const grades = counted && percentGrades(indicator);
        if (!counted || !grades) return;
        const excellent = indicator.grades?.excellent;
        const higher = excellent !== undefined && /^>/.test(parseThreshold(excellent)?.op ?? '');
        const harmful = higher && HARMFUL.test(name);
        const list = grades.join(' / ');
        const says = SAYS[measureOf(counted)];
        const counts = 'unit' in counted ? L(`以“${counted.unit}”计`, says.unitEn(counted.unit)) : L(`计的是“${counted.word}”`, `${says.wordEn} (${counted.word})`);
        if (onCommonScale(ctx.model, indicator)) {
          // The document grades every indicator on one scale: how fully its target is met, which fits a count as
          // well as a rate. Only a count where fewer is better has no place on a scale that rises to “excellent”.
          if (!harmful) return;
          ctx.report({
            path: [...path, 'indicators', i, 'name'],
            message: L(
              `绩效指标“${name}”${counts.zh}，此类数目越少越好，却按全文统一的评价标准（${list}）评价，“优”要求更高的值：请为它写明上限（如 ≤0），或改为按比率评价`,
              `Indicator “${name}” ${counts.en}, where fewer is better, but it is graded on the document's common scale (${list}), where “excellent” asks for more: grade it by a ceiling (such as ≤0), or measure a rate instead`,
            ),
          });
          return;
        }
        ctx.report({
          path: [...path, 'indicators', i, 'name'],
          message: L(
            `绩效指标“${name}”${counts.zh}，评价标准却是百分比（${list}）：${says.zh}，或改为按完成率评价${harmful ? '；且此类数目越少越好，“优”却要求更高的值' : ''}`,
            `Indicator “${name}” ${counts.en}, but its grades are percentages (${list}): ${says.en}, or measure a rate instead${harmful ? '; and here fewer is better, while “excellent” asks for more' : ''}`,
          ),
        });
      });
    }
  },
});


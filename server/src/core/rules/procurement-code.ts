import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceScalar } from '../check/edits';

const CATEGORY_OF_LETTER = { A: '货物', B: '工程', C: '服务' } as const;
const ENGLISH = { 货物: 'goods', 工程: 'works', 服务: 'services' } as const;

/** `category` disagrees with the first letter of `code` (A 货物, B 工程, C 服务). */
export const procurementCode = defineRule({
  meta: {
    id: 'procurement-code',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('品目代码与采购类别不符', 'Procurement code does not match the category'),
    description: L('采购类别与品目代码不符', 'the category disagrees with the procurement code'),
  },
  check(ctx) {
    ctx.model.budget.procurement?.items?.forEach((item, i) => {
      const letter = item.code?.trim()[0]?.toUpperCase();
      if (!item.code || !letter || !(letter in CATEGORY_OF_LETTER)) return;
      const expected = CATEGORY_OF_LETTER[letter as keyof typeof CATEGORY_OF_LETTER];
      if (item.category === expected) return;
      const path = ['procurement', 'items', i, 'category'];
      const edit = replaceScalar(ctx, path, expected);
      ctx.report({
        path,
        message: L(`品目代码 ${item.code} 属于${expected}类，与采购类别“${item.category}”不符`,
          `Code ${item.code} is a ${ENGLISH[expected]} code, but the category is “${item.category}” (${ENGLISH[item.category]})`),
        expected,
        found: item.category,
        related: [{ path: ['procurement', 'items', i, 'code'], message: L(`品目代码 ${item.code}`, `code ${item.code}`) }],
        ...(edit ? { fix: { title: L(`改为“${expected}”`, `Change to “${expected}”`), edits: [edit] } } : {}),
      });
    });
  },
});

import { L } from '../locale';
import { codedTables } from '../format/model';
import { TABLE_NAMES } from '../format/table-relations';
import { defineRule } from '../check/rule';

/** A 款 or 项 whose parent code is not in the same table: the table cannot add up to its 类 rows. */
export const codeParent = defineRule({
  meta: {
    id: 'code-parent',
    severity: 'error',
    scope: 'document',
    fixable: false,
    title: L('上级科目不在表中', 'The parent code is not in the table'),
    description: L('款或项的上级科目不在表中', 'a 款 or 项 whose parent code is not in the table'),
  },
  check(ctx) {
    for (const t of codedTables(ctx.model)) {
      const codes = new Set(t.rows.map((r) => r.code));
      const table = TABLE_NAMES[t.key]!;
      for (const row of t.rows) {
        if (row.code < 10000) continue;
        const parent = Math.floor(row.code / 100);
        if (codes.has(parent)) continue;
        const level = String(row.code).length === 5 ? L('款', 'section (款)') : L('项', 'item (项)');
        const up = String(parent).length === 3 ? L('类', 'class (类)') : L('款', 'section (款)');
        ctx.report({
          path: [...row.path, 'code'],
          message: L(`${table.zh}的${level.zh}级科目 ${row.code} ${row.name} 没有上级${up.zh}级科目 ${parent}：请在它之前补上该行`,
            `In ${table.en}, the ${level.en} ${row.code} ${row.name} has no parent ${up.en} ${parent} in the table: add that row before it`),
          expected: String(parent),
          found: String(row.code),
        });
      }
    }
  },
});

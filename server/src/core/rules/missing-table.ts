import { L } from '../locale';
import { REQUIRED_TABLES } from '../format/schema';
import { TABLE_NAMES } from '../format/table-relations';
import { defineRule } from '../check/rule';
import { valueAt, type YamlPath } from '../syntax/source';

/** Where a table's rows are: a table with none of them says why in `empty` (财预〔2016〕143号: 没有数据的表格应当列出空表并说明). */
const ROWS: Readonly<Record<string, readonly YamlPath[]>> = {
  summary: [['income', 'items'], ['expenditure', 'items']],
  income: [['rows']],
  expenditure: [['rows']],
  appropriation: [['expenditure', 'rows']],
  generalBudget: [['rows']],
  basic: [['rows']],
  governmentFund: [['rows']],
  stateCapital: [['rows']],
  project: [['rows']],
};

/** A standard table absent, one without rows and without its `empty` reason, or an `empty` reason beside rows. */
export const missingTable = defineRule({
  meta: {
    id: 'missing-table',
    severity: 'error',
    scope: 'document',
    fixable: false,
    title: L('缺少公开表格', 'A standard table is missing'),
    description: L('缺少标准公开表格，或表格既无数据行又未说明原因', 'a standard table absent, or without rows and without its `empty` reason'),
  },
  check(ctx) {
    // Read from the text, not the model: a table that fails the schema is there all the same.
    const tables = valueAt(ctx.parsed.data, ['tables']);
    if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) return;
    for (const key of REQUIRED_TABLES) {
      if (valueAt(tables, [key]) !== undefined) continue;
      const name = TABLE_NAMES[key]!;
      ctx.report({
        path: ['tables'],
        message: L(`缺少${name.zh}：tables 下应有 ${key}；没有数据的表也要列出，并用 empty 说明原因`, `${name.en} is missing: tables needs ${key}; a table without data is listed all the same, with its reason in empty`),
        expected: key,
      });
    }
    for (const [key, places] of Object.entries(ROWS)) {
      const table = valueAt(tables, [key]);
      if (table === null || typeof table !== 'object' || Array.isArray(table)) continue;
      const name = TABLE_NAMES[key]!;
      const hasRows = places.some((p) => {
        const rows = valueAt(table, p);
        return Array.isArray(rows) && rows.length > 0;
      });
      const empty = (table as Record<string, unknown>).empty;
      if (!hasRows && (typeof empty !== 'string' || empty.trim() === '')) {
        ctx.report({
          path: ['tables', key],
          message: L(`${name.zh}没有数据行，也没有用 empty 说明为何为空表`, `${name.en} has no rows and no empty reason saying why`),
        });
      } else if (hasRows && empty !== undefined) {
        ctx.report({
          path: ['tables', key, 'empty'],
          message: L(`${name.zh}已有数据行，却又写了空表说明 empty：请删去其一`, `${name.en} has rows and an empty reason as well: remove one of them`),
        });
      }
    }
  },
});

import { L } from '../locale';
import { codedTables } from '../format/model';
import { lookupCode } from '../format/classification';
import { TABLE_NAMES } from '../format/table-relations';
import { defineRule } from '../check/rule';
import { replaceScalar } from '../check/edits';
import type { YamlPath } from '../syntax/source';

const normalize = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A code's name is not the catalogue's name for that year; the fix writes the catalogue's. */
export const codeName = defineRule({
  meta: {
    id: 'code-name',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('科目名称与分类科目不符', 'The name is not the code\'s name'),
    description: L('科目名称不是该年度分类科目中的名称', 'a code\'s name is not the catalogue\'s name for that year'),
  },
  check(ctx) {
    const year = ctx.model.budget.year;
    if (year === undefined) return;
    const named = (kind: 'function' | 'economic', table: string, row: { readonly code: number; readonly name: string; readonly path: YamlPath }) => {
      const info = lookupCode(row.code, year, kind);
      if (!info || normalize(info.name) === normalize(row.name)) return;
      const renamed = info.renamedFrom && normalize(info.renamedFrom.name) === normalize(row.name)
        ? L(`（${info.renamedFrom.untilYear + 1}年起由“${info.renamedFrom.name}”改为“${info.name}”）`, ` (renamed from “${info.renamedFrom.name}” from ${info.renamedFrom.untilYear + 1})`)
        : L('', '');
      const edit = replaceScalar(ctx, [...row.path, 'name'], info.name);
      ctx.report({
        path: [...row.path, 'name'],
        message: L(`${TABLE_NAMES[table]!.zh}编码 ${row.code} 在${year}年的名称是“${info.name}”，不是“${row.name}”${renamed.zh}`,
          `In ${TABLE_NAMES[table]!.en}, code ${row.code} is named “${info.name}” in ${year}, not “${row.name}”${renamed.en}`),
        expected: info.name,
        found: row.name,
        ...(edit ? { fix: { title: L(`改为“${info.name}”`, `Change to “${info.name}”`), edits: [edit] } } : {}),
      });
    };
    (ctx.model.budget.tables?.summary?.expenditure?.items ?? []).forEach((item, i) => named('function', 'summary', { code: item.code, name: item.name, path: ['tables', 'summary', 'expenditure', 'items', i] }));
    for (const t of codedTables(ctx.model)) for (const row of t.rows) named(t.kind, t.key, row);
  },
});

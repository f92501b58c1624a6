import { L } from '../locale';
import { codedTables } from '../format/model';
import { bundledCatalogue, type Catalogue } from '../format/classification';
import { TABLE_NAMES } from '../format/table-relations';
import { defineRule } from '../check/rule';

const KIND = { function: L('支出功能分类科目', 'function classification'), economic: L('部门预算支出经济分类科目', 'economic classification') };

/**
 * A code the year's classification does not have: a warning where the bundled catalogue holds that level of that
 * year whole; one information for the document where the year is not bundled at all; nothing where the bundled
 * list of the year is partial (a code missing from it may well exist).
 */
export const unknownCode = unknownCodeIn(bundledCatalogue);

/** The rule over a given catalogue (the bundled one in use; a complete one in tests, as no bundled year is yet). */
export function unknownCodeIn(catalogue: Catalogue) {
  return defineRule({
    meta: {
      id: 'unknown-code',
      severity: 'warning',
      scope: 'document',
      fixable: false,
      title: L('分类科目中没有的编码', 'A code the classification does not have'),
      description: L('该年度分类科目中没有的科目编码（未收录的年度为提示）', 'a code the classification of that year does not have (info where the year is not bundled)'),
    },
    check(ctx) {
      const year = ctx.model.budget.year;
      if (year === undefined) return;
      // Counted, the first kept: in a year not bundled that is every row.
      let unbundled = 0;
      let first: (string | number)[] | undefined;
      for (const t of codedTables(ctx.model)) {
        for (const row of t.rows) {
          const status = catalogue.codeStatus(row.code, year, t.kind);
          if (status.status === 'unknown') {
            ctx.report({
              path: [...row.path, 'code'],
              message: L(`${year}年${KIND[t.kind].zh}中没有编码 ${row.code}（${TABLE_NAMES[t.key]!.zh}“${row.name}”）`, `The ${year} ${KIND[t.kind].en} has no code ${row.code} (${TABLE_NAMES[t.key]!.en}, “${row.name}”)`),
              found: String(row.code),
            });
          } else if (status.status === 'not-in-data' && status.reason === 'year-not-bundled') {
            if (unbundled++ === 0) first = [...row.path, 'code'];
          }
        }
      }
      if (first) {
        ctx.report({
          path: first,
          severity: 'info',
          message: L(`未收录${year}年的分类科目：本文件的 ${unbundled} 个编码未能核对`, `The ${year} classification is not bundled: ${unbundled} codes of this file could not be checked`),
        });
      }
    },
  });
}

import { L, type Localized } from '../locale';
import { amountPath } from './figures';
import { codedTables, type Model } from './model';
import { THREE_PUBLIC_ROWS } from './schema';
import { THREE_PUBLIC_LABELS } from './relations';
import { columnName, FIELD_NAMES, TABLE_NAMES } from './table-relations';
import type { YamlPath } from '../syntax/source';

/** A written share and the figures it is of: `share` should be `part ÷ whole`. */
export interface Share {
  readonly share: YamlPath;
  readonly part: YamlPath;
  readonly whole: YamlPath;
  readonly name: Localized;
  readonly wholeName: Localized;
}

/** A written change rate and the figures it is of: `(amount − previous) ÷ previous`, last year being `amount − change` when not written. */
export interface Rate {
  readonly rate: YamlPath;
  readonly amount: YamlPath;
  readonly previous: YamlPath;
  readonly change: YamlPath;
}

/** Every line that may carry a `changeRate`, the 三公 rows first (as the rule has always read them). */
export function rates(model: Model): Rate[] {
  const data = model.budget;
  const out: Rate[] = [];
  const line = (path: YamlPath) => out.push({ rate: [...path, 'changeRate'], amount: amountPath(data, path), previous: [...path, 'previous'], change: [...path, 'change'] });
  const longForm = (path: YamlPath) => {
    if (amountPath(data, path).length > path.length) line(path);
  };
  if (data.threePublicExpenses) for (const k of [...THREE_PUBLIC_ROWS, 'vehicle', 'total'] as const) line(['threePublicExpenses', k]);
  const o = data.overview;
  if (o) {
    o.income.items.forEach((_, i) => line(['overview', 'income', 'items', i]));
    for (const part of ['total', 'basic', 'project'] as const) {
      if (part !== 'total') longForm(['overview', 'expenditure', part]);
      out.push({ rate: ['overview', 'changeRate', part], amount: amountPath(data, ['overview', 'expenditure', part]), previous: ['overview', 'previous', part], change: ['overview', 'change', part] });
    }
  }
  if (data.operatingExpenses) line(['operatingExpenses']);
  const tables = data.tables;
  (tables?.summary?.income?.items ?? []).forEach((_, i) => line(['tables', 'summary', 'income', 'items', i]));
  (tables?.summary?.expenditure?.items ?? []).forEach((_, i) => line(['tables', 'summary', 'expenditure', 'items', i]));
  if (tables?.income?.total) line(['tables', 'income', 'total']);
  (tables?.income?.rows ?? []).forEach((_, i) => line(['tables', 'income', 'rows', i]));
  for (const t of codedTables(model)) {
    if (t.hasTotal) {
      line([...t.path, 'total']);
      for (const c of t.columns) longForm([...t.path, 'total', c]);
    }
    for (const row of t.rows) {
      line(row.path);
      for (const c of t.columns) longForm([...row.path, c]);
    }
  }
  return out;
}

/** Every place a share may be written, with its whole (docs/format.md, "The whole that a share is of"), in document order of sections. */
export function shares(model: Model): Share[] {
  const out: Share[] = [];
  const data = model.budget;
  const at = (path: YamlPath) => amountPath(data, path);
  const line = (path: YamlPath, whole: YamlPath, name: Localized, wholeName: Localized) => {
    out.push({ share: [...path, 'share'], part: at(path), whole: at(whole), name, wholeName });
  };
  const longForm = (path: YamlPath, whole: YamlPath, name: Localized, wholeName: Localized) => {
    if (at(path).length > path.length) line(path, whole, name, wholeName);
  };
  const o = data.overview;
  if (o) {
    o.income.items.forEach((item, i) => line(['overview', 'income', 'items', i], ['overview', 'income', 'total'], L(item.name, item.name), L('收入总计', 'the income total')));
    for (const part of ['basic', 'project'] as const) {
      const name = FIELD_NAMES[part]!;
      longForm(['overview', 'expenditure', part], ['overview', 'expenditure', 'total'], name, L('支出总计', 'total expenditure'));
      out.push({ share: ['overview', 'share', part], part: at(['overview', 'expenditure', part]), whole: ['overview', 'expenditure', 'total'], name, wholeName: L('支出总计', 'total expenditure') });
    }
  }
  if (data.operatingExpenses) line(['operatingExpenses'], ['overview', 'expenditure', 'basic'], L('机关运行经费', 'operating expenses'), L('基本支出', 'basic expenditure'));
  if (data.threePublicExpenses) {
    for (const k of [...THREE_PUBLIC_ROWS, 'vehicle'] as const) {
      const label = k === 'vehicle' ? L('公务用车购置及运行费', 'official vehicles') : THREE_PUBLIC_LABELS[k];
      line(['threePublicExpenses', k], ['threePublicExpenses', 'total'], label, L('三公经费合计', 'the three public expenses total'));
    }
  }
  const tables = data.tables;
  (tables?.summary?.income?.items ?? []).forEach((item, i) => line(['tables', 'summary', 'income', 'items', i], ['tables', 'summary', 'income', 'total'], FIELD_NAMES[item.source]!, L(`${TABLE_NAMES.summary!.zh}收入总计`, `the income total of ${TABLE_NAMES.summary!.en}`)));
  (tables?.summary?.expenditure?.items ?? []).forEach((item, i) => line(['tables', 'summary', 'expenditure', 'items', i], ['tables', 'summary', 'expenditure', 'total'], L(`${item.code} ${item.name}`, `${item.code} ${item.name}`), L(`${TABLE_NAMES.summary!.zh}支出总计`, `the expenditure total of ${TABLE_NAMES.summary!.en}`)));
  (tables?.income?.rows ?? []).forEach((row, i) => line(['tables', 'income', 'rows', i], ['tables', 'income', 'total'], L(row.unit, row.unit), L(`${TABLE_NAMES.income!.zh}合计`, `the total of ${TABLE_NAMES.income!.en}`)));
  for (const t of codedTables(model)) {
    const table = TABLE_NAMES[t.key]!;
    const total: YamlPath = [...t.path, 'total'];
    const totalName = L(`${table.zh}合计`, `the total of ${table.en}`);
    for (const c of t.columns) longForm([...total, c], total, L(`${table.zh}合计行${columnName(t.key, c).zh}`, `the total's ${columnName(t.key, c).en}`), totalName);
    for (const row of t.rows) {
      const name = L(`${row.code} ${row.name}`, `${row.code} ${row.name}`);
      line(row.path, row.parent ? row.parent.path : total, name, row.parent ? L(`上级科目 ${row.parent.code} ${row.parent.name}`, `its parent ${row.parent.code} ${row.parent.name}`) : totalName);
      for (const c of t.columns) longForm([...row.path, c], row.path, L(`${name.zh}${columnName(t.key, c).zh}`, `${name.en}: ${columnName(t.key, c).en}`), L(`本行金额`, 'the row\'s amount'));
    }
  }
  return out;
}

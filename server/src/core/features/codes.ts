import type { CheckResult } from '../check/check';
import { figureAt } from '../format/figures';
import { codeStatus, lookupCode, parentCode, searchCodes, type Classification, type CodeMatch, type Level } from '../format/classification';
import { percentDecimals, shareOf, yearOnYearOf } from '../format/computed';
import { formatFigure, type Figure } from '../format/decimal';
import { codedTables, tablesUnit, type TableRow } from '../format/model';
import { shares } from '../format/shares';
import { CODED_TABLES, type CodedTableKey } from '../format/schema';
import { L, localize, type Locale, type Localized } from '../locale';
import { formatPath, valueAt, type YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';
import { escapeMarkdown as md } from './markdown';

/**
 * The classification codes of the standard tables in the editor: what a code is in its year's catalogue (hover), and
 * which code to write (completion, by number or by name, the name written with it).
 */

const CLASSIFICATION: Readonly<Record<Classification, Localized>> = {
  function: L('支出功能分类科目', 'function classification'),
  economic: L('部门预算支出经济分类科目', 'economic classification'),
};

const LEVEL: Readonly<Record<Level, Localized>> = {
  类: L('类', 'class (类)'),
  款: L('款', 'section (款)'),
  项: L('项', 'item (项)'),
};

/** The classification a `code` at `path` belongs to, when `path` is a code of the tables. */
export function codeKindAt(path: YamlPath): Classification | undefined {
  if (path[0] !== 'tables' || path.at(-1) !== 'code') return undefined;
  if (path[1] === 'summary') return path.length === 6 && path[2] === 'expenditure' && path[3] === 'items' ? 'function' : undefined;
  const where = CODED_TABLES[path[1] as CodedTableKey] as (typeof CODED_TABLES)[CodedTableKey] | undefined;
  if (!where) return undefined;
  return typeof path.at(-2) === 'number' && formatPath(path.slice(0, -2)) === formatPath([...where.path, 'rows']) ? where.kind : undefined;
}

/** The row of a coded table at `path` (its `code` or any of its cells), with its parent in the table. */
function rowAt(result: CheckResult, path: YamlPath): TableRow | undefined {
  const key = formatPath(path.slice(0, -1));
  for (const t of codedTables(result.model)) for (const r of t.rows) if (formatPath(r.path) === key) return r;
  return undefined;
}

const show = (f: Figure, unit: string, locale: Locale) => (locale === 'zh-CN' ? `${formatFigure(f)}${unit}` : `${formatFigure(f)} ${unit}`);

/** A code's name in its year's catalogue, its level and parent, and what the row's figures give: its share and its change. */
export function codeHover(result: CheckResult, path: YamlPath, code: number, span: Span, locale: Locale): { span: Span; markdown: string } | undefined {
  const kind = codeKindAt(path);
  const year = result.model.budget.year;
  if (!kind || year === undefined) return undefined;
  const t = (l: Localized) => localize(l, locale);
  const status = codeStatus(code, year, kind);
  if (status.status === 'invalid') return undefined;
  const lines: string[] = [];
  const info = status.status === 'known' ? status.info : undefined;
  lines.push(info ? `**${code} ${md(info.name)}**` : `**${code}**`);
  const level = info?.level ?? ('level' in status ? status.level : undefined);
  lines.push(md(t(L(`${year}年${CLASSIFICATION[kind].zh}`, `${year} ${CLASSIFICATION[kind].en}`))) + (level ? ` · ${md(t(LEVEL[level]))}` : ''));
  if (info?.renamedFrom) lines.push(md(t(L(`${info.renamedFrom.untilYear}年及以前名为“${info.renamedFrom.name}”`, `named “${info.renamedFrom.name}” until ${info.renamedFrom.untilYear}`))));
  if (status.status === 'unknown') lines.push(md(t(L(`${year}年的科目中没有这个编码`, `not in the ${year} classification`))));
  if (status.status === 'not-in-data') {
    lines.push(md(t(status.reason === 'year-not-bundled'
      ? L(`未收录${year}年的科目，无法核对`, `the ${year} classification is not bundled: the code cannot be checked`)
      : L(`${year}年的${status.level}级科目收录不全，无法核对`, `the ${year} ${LEVEL[status.level].en} codes bundled are not complete: the code cannot be checked`))));
  }
  const row = rowAt(result, path);
  const raw = valueAt(result.parsed.data, [...path.slice(0, -1), 'name']);
  const written = row?.name ?? (typeof raw === 'string' ? raw : undefined);
  if (written !== undefined && written !== info?.name) lines.push(md(t(L(`表中名称：${written}`, `the table names it ${written}`))));
  const parent = parentCode(code, kind);
  if (parent !== undefined) {
    const name = lookupCode(parent, year, kind)?.name;
    const inTable = !!row?.parent && row.parent.code === parent;
    lines.push(md(t(L(`上级科目：${parent}${name ? ` ${name}` : ''}${inTable || !row ? '' : '（表中没有）'}`, `parent: ${parent}${name ? ` ${name}` : ''}${inTable || !row ? '' : ' (not in the table)'}`))));
  }
  const figures = rowFigures(result, path.slice(0, -1), locale);
  if (figures) lines.push(figures);
  return { span, markdown: lines.join('\n\n') };
}

/** `本行 177600.00元，占上级科目 22102 住房改革支出的 100.00%；上年 184600.00元，增减 -7000.00元，增减率 -3.79%` */
function rowFigures(result: CheckResult, row: YamlPath, locale: Locale): string | undefined {
  const figure = (p: YamlPath) => figureAt(result.parsed, p);
  const amount = figure([...row, 'amount']);
  if (!amount) return undefined;
  const unit = tablesUnit(result.model) ?? '';
  const t = (l: Localized) => localize(l, locale);
  let head = t(L(`本行 ${show(amount, unit, 'zh-CN')}`, `this row ${show(amount, unit, 'en')}`));
  const share = shares(result.model).find((s) => formatPath(s.share) === formatPath([...row, 'share']));
  const whole = share && figure(share.whole);
  const percent = whole && shareOf(amount, whole, percentDecimals(valueAt(result.parsed.data, [...row, 'share'])));
  if (share && percent) head += t(L(`，占${share.wholeName.zh} ${formatFigure(percent)}%`, `, ${formatFigure(percent)}% of ${share.wholeName.en}`));
  const parts = [head];
  const yoy = yearOnYearOf(figure, row, percentDecimals(valueAt(result.parsed.data, [...row, 'changeRate'])));
  if (yoy) {
    const rate = yoy.rate ? `${formatFigure(yoy.rate)}%` : t(L('无（上年为 0）', 'none (last year 0)'));
    parts.push(t(L(`上年 ${show(yoy.previous, unit, 'zh-CN')}，增减 ${show(yoy.change, unit, 'zh-CN')}，增减率 ${rate}`, `last year ${show(yoy.previous, unit, 'en')}, change ${show(yoy.change, unit, 'en')}, rate ${rate}`)));
  }
  return md(parts.join(t(L('；', '; '))));
}

/** What a catalogue entry inserts over the code typed: the code, and the row's name written with it. */
export interface CodeCompletion {
  readonly match: CodeMatch;
  readonly insertText: string;
  /** The row's `name` rewritten to the catalogue's, when the row has one. */
  readonly nameEdit?: { readonly span: Span; readonly newText: string };
}

/**
 * The codes of the document's year that what is typed at a code names: digits a code's start, anything else a part
 * of the name (`住房公积金` offers 2210201). The row's name is filled in: rewritten where it is written, else written
 * after the code (`, name: …` in a flow mapping, a `name:` line below in a block one).
 */
export function codeCompletions(result: CheckResult, path: YamlPath, typed: Span): CodeCompletion[] {
  const kind = codeKindAt(path);
  const year = result.model.budget.year ?? yearOfText(result.parsed.text);
  if (!kind || year === undefined) return [];
  const text = result.parsed.text;
  const query = text.slice(typed.start, typed.end).replace(/^["']/, '');
  const row = path.slice(0, -1);
  const nameNode = result.parsed.source.get([...row, 'name']);
  const lineStart = text.lastIndexOf('\n', typed.start - 1) + 1;
  const before = text.slice(lineStart, typed.start);
  const flow = before.includes('{');
  const keyColumn = before.search(/code\s*:\s*$/);
  return searchCodes(query, year, kind).map((match): CodeCompletion => {
    const name = quoted(match.name);
    if (nameNode?.value) {
      const same = text.slice(nameNode.value.start, nameNode.value.end) === name;
      return { match, insertText: String(match.code), ...(same ? {} : { nameEdit: { span: nameNode.value, newText: name } }) };
    }
    return { match, insertText: flow ? `${match.code}, name: ${name}` : `${match.code}\n${' '.repeat(Math.max(0, keyColumn))}name: ${name}` };
  });
}

/** A name as a YAML scalar: as it is, unless it holds what YAML would read otherwise. */
function quoted(name: string): string {
  return /^[^\s'"{}[\],&*#?|<>=!%@`:-][^:#{}[\],]*$/.test(name) && !/\s$/.test(name) ? name : JSON.stringify(name);
}

/** The `year:` of a text that fails the schema while it is typed. */
function yearOfText(text: string): number | undefined {
  const m = /^year:[ \t]*(\d{4})[ \t]*(?:#.*)?$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

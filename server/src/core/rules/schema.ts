import { isMap, isScalar, isSeq } from 'yaml';
import type { z } from 'zod';
import { L, type Localized } from '../locale';
import { defineRule, type Report, type RuleContext } from '../check/rule';
import { keyDoc, keysAt, schemaAt } from '../format/schema-walk';
import { colonAt, wideColonKey } from './yaml-syntax';
import { replaceNumber, replaceScalar } from '../check/edits';
import { amountSlip, asciiFigure, rateSlip } from '../format/slips';
import { INCOME_SOURCE_KEYS, RATE_PATTERN } from '../format/schema';
import { valueAt, type YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

/** Wrong type, missing required key, unknown key, value outside an enum, bare number where a rate belongs. */
export const schemaRule = defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('不符合文件格式', 'Does not match the format'),
    description: L('类型错误、缺少或多出的键、取值不在范围内、该写比率处写了裸数字', 'wrong type, missing or unknown key, value outside an enum, bare number where a rate belongs'),
  },
  check(ctx) {
    // One value can fail several checks that say the same thing (a year of 1e20 is neither a safe integer nor
    // under 2200): each is told once.
    const told = new Set<string>();
    const unknown: Report[] = [];
    const issues = ctx.model.issues.flatMap((issue) => longForm(issue, ctx.parsed.data));
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) unknown.push(...unknownKey(ctx, issue.path as YamlPath, key));
    }
    // A key written with no value is dropped before the schema sees it; an unknown one must still be told.
    for (const { parent, key } of ctx.parsed.emptyKeys ?? emptyKeys(ctx.parsed.yaml.contents, [])) {
      const allowed = keysAt(parent);
      if (allowed.length > 0 && !allowed.some((k) => k.key === key)) unknown.push(...unknownKey(ctx, parent, key));
    }
    // `basci:` for `basic:` is one mistake: told as the unknown key, whose fix renames it, not also as `basic` missing.
    const renamed = new Set(unknown.flatMap((r) => (r.expected ? [JSON.stringify([...r.path.slice(0, -1), r.expected])] : [])));
    for (const report of unknown) ctx.report(report);
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys') continue;
      const { missing, ...report } = describe(ctx, issue);
      const id = JSON.stringify([report.path, report.message.en]);
      if (missing && renamed.has(JSON.stringify(report.path))) continue;
      if (!told.has(id)) ctx.report(report);
      told.add(id);
    }
  },
});

/**
 * A figure that may be bare or in its long form, written as a mapping that fails: told as the long form's own
 * issues (`amount: abc`), not as "should be an amount".
 */
function longForm(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const value = valueAt(data, issue.path as YamlPath);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [issue];
  const branch = issue.errors.find((errors) => errors.length > 0 && !errors.every((e) => e.path.length === 0 && e.code === 'invalid_type'));
  return branch ? branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] })) : [issue];
}

function* emptyKeys(node: unknown, path: YamlPath): Generator<{ parent: YamlPath; key: string }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) yield { parent: path, key };
      else yield* emptyKeys(pair.value, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* emptyKeys(item, [...path, i]);
  }
}

/** What is told of an unknown key: nothing when it is a middle part of a figure split by commas, told at its last part. */
function unknownKey(ctx: RuleContext, parent: YamlPath, key: string): Report[] {
  const path = [...parent, key];
  const allowed = keysAt(parent).map((k) => k.key);
  const suggestion = closest(key, allowed);
  const keySpan = ctx.source.get(path)?.key;
  const term = suggestion ? keyDoc(schemaAt([...parent, suggestion]))?.term : undefined;
  // `amount：200` in braces: a full-width colon made the key and its value one key.
  const wide = wideColonKey(key);
  if (wide && keySpan && ctx.source.text.slice(keySpan.start, keySpan.end) === key) {
    const { span, fix } = colonAt(ctx.source.text, keySpan.start + wide.colon, wide.key);
    return [{
      path,
      span,
      message: L(`未知的键“${key}”：键“${wide.key}”后面是全角冒号“：”，应为半角冒号“:”加空格`, `Unknown key “${key}”: the key “${wide.key}” is followed by a full-width colon “：”; write an ASCII colon “:” and a space`),
      found: key,
      expected: wide.key,
      ...(fix ? { fix } : {}),
    }];
  }
  const comma = decimalComma(ctx, keySpan);
  if (comma && keySpan) {
    const number = ctx.source.text.slice(comma.start, comma.end);
    const tail = ctx.source.text.slice(keySpan.start, keySpan.end);
    // A figure split more than once is told once, at its last part.
    if (comma.end > keySpan.end) return [];
    // `{ amount: 1,000.00 }`: groups of three after the first are thousands separators, and the number is certain.
    const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(number) ? number.replace(/,/g, '') : undefined;
    if (grouped !== undefined) {
      return [{
        path,
        span: comma,
        message: L(`“${number}”里的千分位逗号在花括号中把数字拆开了，“${tail}”被读成了一个键；应写作 ${grouped}`,
          `The thousands separators in “${number}” split the number inside braces, and “${tail}” reads as a key; write ${grouped}`),
        found: number,
        expected: grouped,
        fix: { title: L(`改为 ${grouped}`, `Change to ${grouped}`), edits: [{ span: comma, newText: grouped }] },
      }];
    }
    return [{
      path,
      span: comma,
      message: L(`“${number}”里的逗号在花括号中把数字拆成了两半，“${tail}”被读成了一个键；小数点请用“.”，也不要写千分位逗号`,
        `The comma in “${number}” splits the number inside braces, and “${tail}” reads as a key; use "." for decimals and no thousands separators`),
      found: number,
      expected: 'number',
    }];
  }
  return [{
    path,
    span: ctx.source.keyOrAnchor(path),
    message: suggestion
      ? L(`未知的键“${key}”，是否应为“${suggestion}”${term ? `（${term.zh}）` : ''}？`, `Unknown key “${key}”; did you mean “${suggestion}”${englishTerm(suggestion, term)}?`)
      : L(`未知的键“${key}”；此处可用的键：${allowed.join('、')}`, `Unknown key “${key}”; allowed here: ${allowed.join(', ')}`),
    found: key,
    ...(suggestion ? { expected: suggestion } : {}),
    ...(suggestion && keySpan ? { fix: { title: L(`改为“${suggestion}”`, `Rename to “${suggestion}”`), edits: [{ span: keySpan, newText: suggestion }] } } : {}),
  }];
}

function describe(ctx: RuleContext, issue: z.core.$ZodIssue): Report & { missing?: boolean } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = String(path.findLast((p) => typeof p === 'string') ?? '');
  const value = valueAt(ctx.parsed.data, path);
  const parent = valueAt(ctx.parsed.data, path.slice(0, -1));
  const term = keyDoc(schemaAt(path))?.term;
  const name = L(term ? `“${key}”（${term.zh}）` : `“${key}”`, `“${key}”${englishTerm(key, term)}`);
  const raw = ctx.source.get(path)?.raw?.trim();
  // A value written over several lines is shown on one, as it reads (its line breaks folded into spaces).
  const shown = raw?.replace(/[ \t]*\r?\n\s*/g, ' ') ?? JSON.stringify(value) ?? '';
  // The tables' amounts are in `tables.unit` when it is given.
  const tablesUnit = path[0] === 'tables' ? valueAt(ctx.parsed.data, ['tables', 'unit']) : undefined;
  const unit = typeof tablesUnit === 'string' ? tablesUnit : ctx.model.budget.unit ?? '万元';
  const report = (message: Localized, expected?: string): Report => ({ path, message, found: shown, ...(expected ? { expected } : {}) });

  if (path.length === 0) {
    return { path, message: L('文件应为一个映射（键: 值），以 budget: 1 开头', 'The file should be a mapping (key: value), starting with budget: 1') };
  }
  if (value === undefined && parent && typeof parent === 'object') {
    // Written with no value (`year:`), the key is there to point at; else its parent is.
    const written = ctx.source.get(path)?.key;
    if (written) return { path, span: written, message: L(`必填项${name.zh}没有填写值`, `The required key ${name.en} has no value`) };
    return { path, span: ctx.source.keyOrAnchor(path.slice(0, -1)), message: L(`缺少必填项${name.zh}`, `Missing required key ${name.en}`), missing: true };
  }
  switch (issue.message) {
    case 'expected-amount': {
      // `1,000.00`, `1000.00万元`, `１０００.００`, `下降5`: one number only is meant, and the fix writes it.
      const slip = typeof value === 'string' ? amountSlip(value, unit, signedKey(path, 'change')) : undefined;
      const edit = slip && replaceNumber(ctx, path, slip.text);
      if (slip && edit) {
        return {
          ...report(L(`${name.zh}应为金额数字（单位：${unit}）；写的是 ${shown}，${slip.what.zh}，应写作 ${slip.text}`, `${name.en} should be an amount, a plain number in ${unit}; found ${shown}, ${slip.what.en}: write ${slip.text}`), slip.text),
          fix: { title: L(`改为 ${slip.text}`, `Change to ${slip.text}`), edits: [edit] },
        };
      }
      const hint = amountHint(raw ?? '');
      return report(L(`${name.zh}应为金额数字（单位：${unit}），如 537.00；写的是 ${shown}${hint.zh}`, `${name.en} should be an amount, a plain number in ${unit} such as 537.00; found ${shown}${hint.en}`), 'number');
    }
    case 'negative-amount':
      return report(L(`${name.zh}不能为负数：${shown}`, `${name.en} cannot be negative: ${shown}`), '≥ 0');
    case 'expected-rate': {
      if (typeof value === 'number') {
        return report(L(`${name.zh}应为带 % 的增减率，如 -4%（下降）或 4.2%（上升）；写的是数字 ${shown}，缺少 %`, `${name.en} should be a signed percentage such as -4% (a decrease) or 4.2% (an increase); found the bare number ${shown}, without %`), 'N%');
      }
      // `−4%`, `-4％`, `－４%`: a rate typed with look-alike characters (a Chinese input method, a pasted minus sign);
      // ` -4%`: with spaces inside its quotes.
      const ascii = typeof value === 'string' ? asciiFigure(value.trim()) : undefined;
      if (typeof value === 'string' && ascii !== undefined && ascii !== value && RATE_PATTERN.test(ascii)) {
        const edit = replaceScalar(ctx, path, ascii);
        const what = ascii !== value.trim()
          ? L('其中的符号或数字是全角或近似字符', 'written with full-width or look-alike characters')
          : L('前后有空格', 'with spaces around it');
        return {
          ...report(L(`${name.zh}应为带 % 的增减率；写的是 ${shown}，${what.zh}，应写作 ${ascii}`, `${name.en} should be a signed percentage; found ${shown}, ${what.en}: write ${ascii}`), ascii),
          ...(edit ? { fix: { title: L(`改为 ${ascii}`, `Change to ${ascii}`), edits: [edit] } } : {}),
        };
      }
      // `下降4%`: a decrease in words, which the format writes as a negative rate.
      const slip = typeof value === 'string' ? rateSlip(value, signedKey(path, 'changeRate')) : undefined;
      const edit = slip && replaceScalar(ctx, path, slip.text);
      if (slip && edit) {
        return {
          ...report(L(`${name.zh}应为带 % 的增减率；写的是 ${shown}，${slip.what.zh}，应写作 ${slip.text}`, `${name.en} should be a signed percentage; found ${shown}, ${slip.what.en}: write ${slip.text}`), slip.text),
          fix: { title: L(`改为 ${slip.text}`, `Change to ${slip.text}`), edits: [edit] },
        };
      }
      return report(L(`${name.zh}应为带 % 的增减率，如 -4%（下降）或 4.2%（上升）；写的是 ${shown}`, `${name.en} should be a signed percentage such as -4% (a decrease) or 4.2% (an increase); found ${shown}`), 'N%');
    }
    case 'expected-text':
      return report(L(`${name.zh}应为文字；写的是 ${shown}`, `${name.en} should be text; found ${shown}`), 'text');
    case 'expected-unit':
      return report(L(`金额单位应为 元、千元、万元 或 亿元；写的是 ${shown}`, `The unit should be one of 元, 千元, 万元, 亿元; found ${shown}`), '元 | 千元 | 万元 | 亿元');
    case 'expected-category':
      return report(L(`采购类别应为 货物、工程 或 服务；写的是 ${shown}`, `The category should be one of 货物 (goods), 工程 (works), 服务 (services); found ${shown}`), '货物 | 工程 | 服务');
    case 'expected-date':
      return report(L(`日期应写作 YYYY-MM-DD，如 2017-12-31；写的是 ${shown}`, `The date should be written YYYY-MM-DD, e.g. 2017-12-31; found ${shown}`), 'YYYY-MM-DD');
    case 'no-such-date':
      // The date without the quotes that keep it text: `2018-02-30`, not `'2018-02-30'`.
      return report(L(`没有 ${String(value)} 这一天，请核对月份和日期`, `There is no such day as ${String(value)}; check the month and the day`), 'YYYY-MM-DD');
    case 'expected-year':
      return report(L(`预算年度应为 1900 至 2200 之间的年份，如 2018；写的是 ${shown}`, `The budget year should be a year from 1900 to 2200, such as 2018; found ${shown}`), '1900–2200');
    case 'expected-function-code':
      return report(L(`功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）的整数，如 2010301；写的是 ${shown}`, `A function code should be an integer of 3 (class), 5 (section) or 7 (item) digits, such as 2010301; found ${shown}`), '3 | 5 | 7 digits');
    case 'expected-economic-code':
      return report(L(`经济分类科目编码应为 3 位（类）或 5 位（款）的整数，如 30101；写的是 ${shown}`, `An economic code should be an integer of 3 (class) or 5 (section) digits, such as 30101; found ${shown}`), '3 | 5 digits');
    case 'expected-source':
      return report(L(`收入来源应为 ${INCOME_SOURCE_KEYS.join('、')} 之一；写的是 ${shown}`, `The income source should be one of ${INCOME_SOURCE_KEYS.join(', ')}; found ${shown}`), INCOME_SOURCE_KEYS.join(' | '));
    case 'expected-version':
      return report(L(`格式版本应为 1；写的是 ${shown}`, `The format version should be 1; found ${shown}`), '1');
  }
  if (issue.code === 'invalid_type') {
    const kind = issue.expected === 'array' ? L('列表（每项以“- ”开头）', 'a list (items starting with "- ")') : L('映射（键: 值）', 'a mapping (key: value)');
    // `-编制…`: a dash without its space is text, not a list item.
    const dash = issue.expected === 'array' && /^-[^\s-]/.test(shown) ? L('（“-”后面要有空格）', ' (a space must follow the "-")') : L('', '');
    return report(L(`${name.zh}应为${kind.zh}；写的是 ${shown}${dash.zh}`, `${name.en} should be ${kind.en}; found ${shown}${dash.en}`));
  }
  return report(L(`${name.zh}不符合格式：${issue.message}`, `${name.en} does not match the format: ${issue.message}`));
}

/**
 * `amount: 12,5` in a flow mapping reads as `amount: 12` and a key `5`: the span of `12,5`, and of the whole of a
 * figure split more than once (`1,000,000.00` from the key `000`, which then ends before it).
 */
function decimalComma(ctx: RuleContext, keySpan: Span | undefined): Span | undefined {
  const text = ctx.source.text;
  if (!keySpan || !/^\d+(?:\.\d+)?$/.test(text.slice(keySpan.start, keySpan.end))) return undefined;
  const before = /(?:^|[\s:{[])(\d+(?:,\d+)*(?:\.\d+)?),$/.exec(text.slice(Math.max(0, keySpan.start - 40), keySpan.start));
  if (!before) return undefined;
  const after = /^(?:,\d+(?:\.\d+)?)*/.exec(text.slice(keySpan.end, keySpan.end + 40))![0];
  return { start: keySpan.start - before[1]!.length - 1, end: keySpan.end + after.length };
}

/** Whether the figure at `path` is a change (`change`, `overview.change.total`; `changeRate`, …), which is signed. */
function signedKey(path: YamlPath, key: 'change' | 'changeRate'): boolean {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys[keys.length - 1] === key || (keys[keys.length - 2] === key && path[0] === 'overview');
}

function amountHint(raw: string): Localized {
  if (/[０-９]/.test(raw)) return L('（请用半角数字）', ' (use ASCII digits)');
  if (/\d,\d/.test(raw)) return L('（不要写千分位逗号；小数点用“.”）', ' (no thousands separators; use "." for decimals)');
  if (/[元万亿]/.test(raw)) return L('（不要写单位，单位由 unit 统一给出）', ' (no unit; the file\'s unit applies)');
  return L('', '');
}

/** The allowed key nearest to a typo, if it is near enough. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** A key's English term in brackets, unless it only repeats the key (`year` (year)). */
function englishTerm(key: string, term: { readonly en: string } | undefined): string {
  return term && term.en.toLowerCase() !== key.toLowerCase() ? ` (${term.en})` : '';
}

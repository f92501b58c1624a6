import { isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { L, type Localized } from '../locale';
import { toldProblems, wellFormedData, type SyntaxProblem } from '../syntax/parse';
import { defineRule, type Report, type RuleContext } from '../check/rule';
import { plainValueLength, type Span } from '../syntax/text';

/** What each of the parser's error codes usually means, in words a budget officer can act on. */
const HINTS: Record<string, Localized> = {
  BAD_INDENT: L('缩进不对，同级的键应左对齐', 'the indentation is off; keys at the same level must line up'),
  TAB_AS_INDENT: L('不能用 Tab 缩进，请改用空格', 'tabs cannot indent; use spaces'),
  DUPLICATE_KEY: L('同一映射里的键重复了', 'a key appears twice in the same mapping'),
  MISSING_CHAR: L('缺少字符，引号或括号可能没有闭合', 'a character is missing; a quote or bracket may not be closed'),
  UNEXPECTED_TOKEN: L('此处不应出现这个符号', 'this character cannot stand here'),
  BLOCK_AS_IMPLICIT_KEY: L('此处不能嵌套映射，请检查缩进', 'a mapping cannot be nested here; check the indentation'),
  MULTILINE_IMPLICIT_KEY: L('键不能跨行，请检查缩进', 'a key cannot run over several lines; check the indentation'),
  BAD_SCALAR_START: L('值不能以这个字符开头，请给值加引号', 'a value cannot start with this character; put the value in quotes'),
  BAD_DQ_ESCAPE: L('双引号内的转义写法无效', 'an escape inside double quotes is not valid'),
  BAD_ALIAS: L('别名（*名称）无效', 'the alias (*name) is not valid'),
  BAD_DIRECTIVE: L('指令（%）无效', 'the directive (%) is not valid'),
  MULTIPLE_DOCS: L('一个文件只能有一个文档（不要用 ---）', 'a file holds one document only (no ---)'),
  KEY_OVER_1024_CHARS: L('键太长（超过 1024 个字符）', 'the key is too long (over 1024 characters)'),
  ALIAS_LIMIT: L('别名展开次数过多，疑似“别名炸弹”', 'aliases expand too many times (an “alias bomb”?)'),
  BLOCK_IN_FLOW: L('花括号或方括号里不能写块格式', 'block style cannot be used inside braces or brackets'),
  NON_STRING_KEY: L('键应为文字', 'a key should be text'),
};

/**
 * The file is not well-formed YAML; the range is the offending token, on its
 * own line. One mistake makes the parser stumble again further on, so only
 * the first problem is reported, and every duplicate key (those stand alone).
 */
export const yamlSyntax = defineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('YAML 语法错误', 'YAML syntax error'),
    description: L('文件不是合乎语法的 YAML', 'the file is not well-formed YAML'),
  },
  check(ctx) {
    for (const problem of toldProblems(ctx.parsed.syntax)) ctx.report({ path: [], ...explain(ctx, problem) });
  },
});

type Explained = Pick<Report, 'span' | 'message' | 'fix'>;

function explain(ctx: RuleContext, problem: SyntaxProblem): Explained {
  const text = ctx.parsed.text;
  const hint = HINTS[problem.code];
  const generic: Explained = { span: problem.span, message: syntaxMessage(hint?.zh ?? problem.message, hint?.en ?? problem.message) };
  // A Chinese input method types "：" for ":"; the key and its value then read as one text, and the parser stumbles
  // on a later line. The real mistake is the colon, on the problem's line or just above it.
  const colon = fullWidthColon(text, problem.span.start);
  if (colon) return colon;
  // `poor: >15%`: a value that starts with a block scalar's header (`>` or `|`).
  if (/block scalar (?:indicator|header)/i.test(problem.message)) {
    // In block context the parser points past the header, which its message quotes.
    const header = /extra characters: (.+)$/.exec(problem.message)?.[1];
    const lineStart = text.lastIndexOf('\n', problem.span.start - 1) + 1;
    const found = header === undefined ? -1 : text.slice(lineStart, endOfLine(text, lineStart)).indexOf(header);
    const value = plainValueAt(text, found < 0 ? problem.span.start : lineStart + found);
    const written = text.slice(value.start, value.end);
    const message = syntaxMessage(`以“${written[0]}”开头的值会被读成多行文本的开头，请给值加引号：“"${written}"”`, `a value starting with “${written[0]}” reads as the start of a block of text; put it in quotes: “"${written}"”`);
    return /["\\]/.test(written) ? { span: value, message } : { span: value, message, fix: { title: L('给值加引号', 'Quote the value'), edits: [{ span: value, newText: `"${written}"` }] } };
  }
  if (problem.code === 'MISSING_CHAR' && /Sequence item without/.test(problem.message)) {
    const span = isIndentation(text, problem.span) ? firstToken(text, problem.span.start) : problem.span;
    return { span, message: syntaxMessage('这一行被读成了列表项，但缺少“- ”；多半是缩进不对', 'this line reads as a list item without its “- ”; most likely its indentation is off') };
  }
  if (problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)) {
    const open = unclosedAt(ctx, problem.span, (n) => isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'));
    if (open === undefined) return generic;
    const quote = text[open]!;
    return { span: restOfLine(text, open), message: syntaxMessage(`引号 ${quote} 没有闭合，请在值的末尾补上 ${quote}`, `this ${quote} quote is never closed; add a closing ${quote} at the end of the value`) };
  }
  const bracket = /end with a ([\]}])/.exec(problem.message)?.[1];
  if (bracket) {
    const open = unclosedAt(ctx, problem.span, (n) => (isMap(n) || isSeq(n)) && !!n.flow);
    if (open === undefined) return generic;
    const name = bracket === ']' ? L('方括号', 'bracket') : L('花括号', 'brace');
    return { span: restOfLine(text, open), message: syntaxMessage(`${name.zh} ${text[open]} 没有闭合，请补上 ${bracket}`, `this ${name.en} ${text[open]} is never closed; add the closing ${bracket}`) };
  }
  if (problem.code === 'DUPLICATE_KEY') {
    const key = /^[^\s:,{}[\]]+/.exec(text.slice(problem.span.start))?.[0];
    if (!key) return generic;
    return { span: { start: problem.span.start, end: problem.span.start + key.length }, message: syntaxMessage(`键“${key}”重复了，同一映射里每个键只能写一次`, `the key “${key}” appears twice in the same mapping`) };
  }
  if (problem.code === 'TAB_AS_INDENT') return tabs(text, problem.span) ?? generic;
  if (problem.code === 'BAD_INDENT' && isIndentation(text, problem.span)) {
    return { ...generic, span: firstToken(text, problem.span.start) };
  }
  if (problem.code === 'BLOCK_AS_IMPLICIT_KEY' || problem.code === 'MULTILINE_IMPLICIT_KEY') {
    return implicitKey(text, problem.span.start) ?? generic;
  }
  return generic;
}

/** The tab widths tried when a file's indentation holds tabs: the format's two spaces first. */
const TAB_WIDTHS = [2, 4, 8] as const;

/** Up to what size the tab widths are tried: each is a parse of the whole text, made while the text does not parse. */
const TAB_FIX_MAX_CHARS = 1_000_000;

/** Indentation (and blank lines) holding a tab. */
const TABBED_INDENT = /^[ \t]*\t[ \t]*/gm;

/**
 * A tab in the indentation. Where the tabs, each read as the same number of spaces, make a well-formed document
 * (and every width that does makes the same one), the fix writes them as spaces, touching nothing else. A line
 * whose cells are separated by tabs was pasted from a table: told as such, before any width is tried.
 */
function tabs(text: string, span: Span): Explained | undefined {
  const lineEnd = endOfLine(text, span.start);
  const cells = text.slice(span.start, lineEnd).replace(/^[ \t]+/, '');
  if (isTableRow(cells)) return pastedTable(text, lineEnd - cells.length);
  if (text.length > TAB_FIX_MAX_CHARS) return undefined;
  const lines = [...text.matchAll(TABBED_INDENT)].map((m) => ({ start: m.index, end: m.index + m[0].length, indent: m[0] }));
  const widths = TAB_WIDTHS.flatMap((width) => {
    const edits = lines.map((l) => ({ span: { start: l.start, end: l.end }, newText: l.indent.replace(/\t/g, ' '.repeat(width)) }));
    const read = wellFormedData(edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text));
    return read ? [{ width, edits, data: JSON.stringify(read.data) }] : [];
  });
  const first = widths[0];
  if (first && widths.every((w) => w.data === first.data)) {
    const many = lines.filter((l) => /\S/.test(text.slice(l.end, endOfLine(text, l.end)))).length;
    const count = many > 1 ? L(`（本文件有 ${many} 行用 Tab 缩进）`, ` (${many} lines are indented with tabs)`) : L('', '');
    return {
      span,
      message: syntaxMessage(`不能用 Tab 缩进，请改用空格${count.zh}`, `tabs cannot indent; use spaces${count.en}`),
      fix: { title: L(`把缩进的 Tab 改为 ${first.width} 个空格`, `Convert the indentation to spaces (${first.width} per tab)`), edits: first.edits },
    };
  }
  return undefined;
}

/** A line of cells separated by tabs, not a `key: value` (whose value may hold a tab). */
function isTableRow(line: string): boolean {
  return /\S\t+\S/.test(line) && !/^(?:-[ \t]+)?[^\s:]+:(?:[ \t]|$)/.test(line);
}

/** The first cell of a line pasted from a table (Word, Excel: cells separated by tabs), which reads as a key. */
function pastedTable(text: string, at: number): Explained {
  const cell = /^[^\t\r\n]*/.exec(text.slice(at))![0].trimEnd();
  return {
    span: { start: at, end: at + Math.max(cell.length, 1) },
    message: syntaxMessage(
      '这一行像是从 Word 或 Excel 粘贴的表格（单元格以 Tab 分隔）：没有“键: 值”，也没有缩进到上一个键之下，被读成了一个新键。表格的数字请写进相应的键，文字请缩进到上一个键之下',
      'this line looks like a table pasted from Word or Excel (cells separated by tabs): it has no “key: value” and is not indented under the key above, so it reads as a new key. Write the figures of the table into their keys, and indent text under the key above',
    ),
  };
}

/** Lines looked at above a problem for a key written with a full-width colon. */
const COLON_LOOKBACK = 3;

/**
 * A key (the format's keys are ASCII words) followed by a full-width colon, on the line of `at` or one of the
 * few written lines above it: where the colon is, with the fix that writes `: ` in its place.
 */
function fullWidthColon(text: string, at: number): Explained | undefined {
  let start = at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  for (let seen = 0; seen <= COLON_LOOKBACK; ) {
    const line = text.slice(start, endOfLine(text, start));
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      seen++;
      const lead = /^[ \t]*(?:-[ \t]+)?/.exec(line)![0].length;
      const wide = wideColonKey(line.slice(lead));
      if (wide) return colonAt(text, start + lead + wide.colon, wide.key);
    }
    if (start === 0) return undefined;
    // The line before: from after the line break before this line's own (none: the first line).
    start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  }
  return undefined;
}

/** A text that starts with a key (the format's keys are ASCII words) and a full-width colon: the key, and where the colon is. */
export function wideColonKey(text: string): { readonly key: string; readonly colon: number } | undefined {
  const m = /^([A-Za-z_]\w*)[ \t]*：/.exec(text);
  return m ? { key: m[1]!, colon: m[0].length - 1 } : undefined;
}

/** The full-width colon at `at`, after the key `key`: the message and the fix (`: `, keeping a space already there). */
export function colonAt(text: string, at: number, key: string): Explained {
  const spaced = /[ \t\r\n]/.test(text[at + 1] ?? '\n');
  return {
    span: { start: at, end: at + 1 },
    message: syntaxMessage(`键“${key}”后面是全角冒号“：”，应为半角冒号“:”加空格`, `the key “${key}” is followed by a full-width colon “：”; write an ASCII colon “:” and a space`),
    fix: { title: L('改为半角冒号', 'Use an ASCII colon'), edits: [{ span: { start: at, end: at + 1 }, newText: spaced ? ':' : ': ' }] },
  };
}

function syntaxMessage(zh: string, en: string): Localized {
  return L(`YAML 语法错误：${zh}`, `YAML syntax error: ${en}`);
}

/**
 * An implicit key that starts at `at` but ends with `:` on a later line: that
 * later line is indented too far and reads as the value's continuation. If
 * the `:` is on the same line, the value itself holds `: `.
 */
function implicitKey(text: string, at: number): Explained | undefined {
  const colon = /:(?:[ \t]|\r?\n|$)/g;
  colon.lastIndex = at;
  const m = colon.exec(text);
  if (!m) return undefined;
  const lineEnd = endOfLine(text, at);
  // The key starts a line that has no colon of its own: that line, not the later one with the colon, is the mistake.
  if (m.index > lineEnd && isIndentation(text, { start: at, end: at })) {
    const line = text.slice(at, lineEnd);
    if (isTableRow(line)) return pastedTable(text, at);
    return {
      span: trimmedSpan(text, at, lineEnd),
      message: syntaxMessage('这一行没有“键: 值”，也没有缩进到上一个键之下，被读成了一个新键；如果它接着上一行的值，请把它缩进到那个键之下',
        'this line has no “key: value” and is not indented under the key above, so it reads as a new key; if it continues the value above, indent it under that key'),
    };
  }
  if (m.index > lineEnd) {
    const token = firstToken(text, text.lastIndexOf('\n', m.index) + 1);
    return { span: token, message: syntaxMessage('这一行比上一行的键缩进得多，被读成了上一行值的续行；同级的键应左对齐', 'this line is indented more than the key above it, so it reads as part of that value; keys at the same level must line up') };
  }
  const value = trimmedSpan(text, at, lineEnd);
  const written = text.slice(value.start, value.end);
  // Quoting a pasted table's first row would only move the mistake to its next row.
  if (isTableRow(written)) {
    return {
      span: value,
      message: syntaxMessage('这个值像是从 Word 或 Excel 粘贴的表格（单元格以 Tab 分隔），其中的“: ”被读成了嵌套的键。表格的数字请写进相应的键，文字请写成一段并加引号',
        'this value looks like a table pasted from Word or Excel (cells separated by tabs), and its ": " reads as a nested key. Write the figures of the table into their keys, and text as one paragraph in quotes'),
    };
  }
  const quoted = /["#]/.test(written) ? undefined : `"${written}"`;
  return {
    span: value,
    message: syntaxMessage('值里有“: ”（冒号加空格），被读成了嵌套的键；请给整个值加引号', 'the value holds ": " (a colon and a space), which reads as a nested key; put the whole value in quotes'),
    ...(quoted ? { fix: { title: L('给值加引号', 'Quote the value'), edits: [{ span: value, newText: quoted }] } } : {}),
  };
}

/** Where the unclosed quote or bracket that ends at the problem opens. */
function unclosedAt(ctx: RuleContext, span: Span, match: (n: YamlNode) => boolean): number | undefined {
  let open: number | undefined;
  visit(ctx.parsed.yaml, {
    Node(_key, node) {
      const r = node.range;
      if (r && match(node) && r[1] >= span.start && r[1] <= span.end) open = r[0];
    },
  });
  return open;
}

function isIndentation(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, span.end));
}

/** The first word of the line that `lineOffset` is on: usually a key. */
function firstToken(text: string, lineOffset: number): Span {
  const lineStart = text.lastIndexOf('\n', lineOffset - 1) + 1;
  const line = text.slice(lineStart, endOfLine(text, lineStart));
  const m = /^[ \t]*(?:-[ \t]+)?/.exec(line)!;
  const start = lineStart + m[0].length;
  const word = /^[^\s:]+/.exec(line.slice(m[0].length))?.[0] ?? line.slice(m[0].length, m[0].length + 1);
  return { start, end: start + Math.max(word.length, 1) };
}

/** A plain value written at `start`, inside braces when an opening one stands before it on its line. */
function plainValueAt(text: string, start: number): Span {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const inFlow = /[{[]/.test(text.slice(lineStart, start));
  return trimmedSpan(text, start, start + plainValueLength(text.slice(start, endOfLine(text, start)), inFlow));
}

function restOfLine(text: string, start: number): Span {
  return trimmedSpan(text, start, endOfLine(text, start));
}

function endOfLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function trimmedSpan(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start + 1 && /\s/.test(text[e - 1]!)) e--;
  return { start, end: e };
}

import { L, type Localized } from '../locale';
import type { Rule } from '../rule';

const HINTS: Record<string, string> = {
  BAD_INDENT: '缩进不对，同级的键应左对齐',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  DUPLICATE_KEY: '同一映射里的键重复了',
  MISSING_CHAR: '缺少字符，引号或括号可能没有闭合',
  UNEXPECTED_TOKEN: '此处不应出现这个符号',
  BLOCK_AS_IMPLICIT_KEY: '键不能跨行',
  MULTILINE_IMPLICIT_KEY: '键不能跨行，值里的冒号后若有空格请给整个值加引号',
  BAD_SCALAR_START: '值不能以这个字符开头，请给值加引号',
  BAD_DQ_ESCAPE: '双引号内的转义写法无效',
  BAD_ALIAS: '别名（*名称）无效',
  BAD_DIRECTIVE: '指令（%）无效',
  MULTIPLE_DOCS: '一个文件只能有一个文档（不要用 ---）',
  KEY_OVER_1024_CHARS: '键太长（超过 1024 个字符）',
  ALIAS_LIMIT: '别名展开次数过多，疑似“别名炸弹”',
  BLOCK_IN_FLOW: '花括号或方括号里不能写块格式',
  NON_STRING_KEY: '键应为文字',
};

/** The file is not well-formed YAML; the range is the offending token. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  title: L('YAML 语法错误', 'YAML syntax error'),
  check(ctx) {
    for (const problem of ctx.parsed.syntax) {
      const message: Localized = L(`YAML 语法错误：${HINTS[problem.code] ?? problem.message}`, `YAML syntax error: ${problem.message}`);
      ctx.report({ path: [], span: problem.span, message });
    }
  },
};

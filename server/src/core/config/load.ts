import { readFileSync, statSync } from 'fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'path';
import { minimatch } from 'minimatch';
import { isAlias, isMap, isScalar, parseDocument, visit, type Node, type Pair } from 'yaml';
import { isRuleId, type RuleId } from '../check/registry';
import type { RuleSetting } from '../check/check';
import { L, type Locale, type Localized } from '../locale';
import type { Limits } from '../syntax/limits';
import { LineIndex, type Range } from '../syntax/text';
import { CONFIG_KEYS, RULE_SETTINGS } from './schema';

/** The names a project configuration goes by, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.budgetdoc.yaml', '.budgetdoc.yml'] as const;

/** A mistake in a configuration file, where it is. */
export interface ConfigProblem {
  readonly range: Range;
  readonly message: Localized;
}

/** `.budgetdoc.yaml` as read: what it validly says, and what it says wrongly (left out of the rest). */
export interface ProjectConfig {
  /** The file's absolute path. */
  readonly file: string;
  readonly locale?: 'auto' | Locale;
  readonly rules: Partial<Record<RuleId, RuleSetting>>;
  /** Globs relative to the file's folder. */
  readonly ignores: readonly string[];
  readonly limits: Partial<Limits>;
  readonly problems: readonly ConfigProblem[];
}

/** The nearest configuration file in `dir` or a folder above it. */
export function findConfigFile(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    for (const name of CONFIG_NAMES) {
      const file = join(at, name);
      if (isFile(file)) return file;
    }
    if (dirname(at) === at) return undefined;
  }
}

/** The configuration that applies to a document (by its path), if any; `cache` shares the reading of one per folder. */
export function configFor(documentPath: string, cache?: Map<string, ProjectConfig | undefined>): ProjectConfig | undefined {
  const dir = dirname(resolve(documentPath));
  if (cache?.has(dir)) return cache.get(dir);
  const file = findConfigFile(dir);
  const config = file === undefined ? undefined : readConfig(file);
  cache?.set(dir, config);
  return config;
}

/** Configuration files are short: a larger one is a mistake, not a configuration. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function readConfig(file: string): ProjectConfig {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_CONFIG_BYTES) return problemsOnly(file, L(`配置文件过大（超过 1 MB），未读取。`, `The configuration file is too large (over 1 MB); it was not read.`));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problemsOnly(file, code === undefined
      ? L('配置文件不是 UTF-8 文本，未读取。', 'The configuration file is not UTF-8 text; it was not read.')
      : L(`无法读取配置文件（${code}）。`, `The configuration file cannot be read (${code}).`));
  }
  return parseConfig(text, file);
}

function problemsOnly(file: string, message: Localized): ProjectConfig {
  return { file, rules: {}, ignores: [], limits: {}, problems: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message }] };
}

const KEYS = Object.keys(CONFIG_KEYS).filter((k) => k !== '$schema');
const LIMIT_KEYS: readonly (keyof Limits)[] = ['maxDocumentBytes', 'maxNestingDepth', 'maxAliasCount', 'maxValues'];

/** A configuration's text, read entry by entry: a wrong entry is a located problem, and the others still count. */
export function parseConfig(text: string, file: string): ProjectConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (node: Node | Pair | null | undefined, message: Localized) => {
    const range = (node && 'range' in node ? node.range : undefined) ?? (node && 'key' in node ? (node.key as Node | null)?.range : undefined);
    const span = range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
    problems.push({ range: lines.range(span), message });
  };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const config: { -readonly [K in keyof ProjectConfig]: ProjectConfig[K] } = { file, rules: {}, ignores: [], limits: {}, problems };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ range: lines.range({ start: e.pos[0], end: e.pos[1] }), message: L(`YAML 语法错误：${e.message}`, `YAML syntax error: ${e.message}`) });
    }
    return config;
  }
  // A configuration has no use for aliases, and an alias bomb would expand as it is read.
  let alias: Node | undefined;
  visit(doc, { Alias: (_, node) => { alias ??= node; return visit.BREAK; } });
  if (alias && isAlias(alias)) {
    at(alias, L('配置文件中不能使用别名（*名称），请直接写出内容。', 'Aliases (*name) are not allowed in the configuration; write the content out.'));
    return config;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) {
    at(root, L('配置文件应为键值映射（locale、rules、ignores、limits）。', 'The configuration should be a mapping (locale, rules, ignores, limits).'));
    return config;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    const plain: unknown = value?.toJSON();
    if (key === '$schema') continue;
    if (!KEYS.includes(key)) {
      at(pair.key as Node, L(`未知的配置项 ${key}（可用：${KEYS.join('、')}）。`, `Unknown key ${key} (the keys are ${KEYS.join(', ')}).`));
    } else if (key === 'locale') {
      if (CONFIG_KEYS.locale.safeParse(plain).success && typeof plain === 'string') config.locale = plain as ProjectConfig['locale'];
      else at(value ?? pair, L('locale 应为 auto、zh-CN 或 en。', 'locale should be auto, zh-CN or en.'));
    } else if (key === 'ignores') {
      if (CONFIG_KEYS.ignores.safeParse(plain).success && Array.isArray(plain)) config.ignores = plain as string[];
      else at(value ?? pair, L('ignores 应为 glob 字符串的列表，如 [drafts/**]。', 'ignores should be a list of glob strings, such as [drafts/**].'));
    } else if (key === 'rules') {
      if (!isMap(value)) {
        if (plain !== null && plain !== undefined) at(value ?? pair, L('rules 应为“规则: 级别”的映射。', 'rules should be a mapping of rule: severity.'));
        continue;
      }
      for (const rule of value.items) {
        const id = isScalar(rule.key) ? String(rule.key.value) : '';
        const setting: unknown = (rule.value as Node | null)?.toJSON();
        if (!isRuleId(id)) at(rule.key as Node, L(`未知的规则 ${id}。`, `Unknown rule ${id}.`));
        else if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) at((rule.value as Node | null) ?? rule, L(`规则 ${id} 的级别应为 error、warning、info 或 off。`, `The severity of ${id} should be error, warning, info or off.`));
        else config.rules[id] = setting as RuleSetting;
      }
    } else if (key === 'limits') {
      if (!isMap(value)) {
        if (plain !== null && plain !== undefined) at(value ?? pair, L('limits 应为映射。', 'limits should be a mapping.'));
        continue;
      }
      const limits: { -readonly [K in keyof Limits]?: number } = {};
      for (const entry of value.items) {
        const name = isScalar(entry.key) ? String(entry.key.value) : '';
        const n: unknown = (entry.value as Node | null)?.toJSON();
        const limit = LIMIT_KEYS.find((k) => k === name);
        if (limit === undefined) at(entry.key as Node, L(`未知的限制 ${name}（可用：${LIMIT_KEYS.join('、')}）。`, `Unknown limit ${name} (the limits are ${LIMIT_KEYS.join(', ')}).`));
        else if (!CONFIG_KEYS.limits.safeParse({ [limit]: n }).success || typeof n !== 'number') {
          const max = (CONFIG_KEYS.limits.unwrap().shape[limit].unwrap().maxValue ?? Number.MAX_SAFE_INTEGER);
          at((entry.value as Node | null) ?? entry, L(`${limit} 应为 1 到 ${max} 之间的整数。`, `${limit} should be a whole number from 1 to ${max}.`));
        } else limits[limit] = n;
      }
      config.limits = limits;
    }
  }
  return config;
}

/**
 * Whether a configuration's `ignores` leave a document out: a glob matches the document's path relative to the
 * configuration's folder, or a folder it lies in (`drafts`, `drafts/` and `drafts/**` all leave out what is in drafts).
 */
export function isIgnored(config: ProjectConfig | undefined, documentPath: string): boolean {
  if (!config || config.ignores.length === 0) return false;
  const rel = relative(dirname(config.file), resolve(documentPath));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const parts = rel.split(sep);
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  return config.ignores.some((glob) => {
    const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    return candidates.some((c) => minimatch(c, pattern, { dot: true }));
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

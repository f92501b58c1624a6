import { createHash } from 'crypto';
import { isAbsolute, relative } from 'path';
import { pathToFileURL } from 'url';
import { type Finding, type Severity, L, localize, type Locale, docsUrl, RULES, UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_DOCS, unusedMessage, type UnusedReport } from '../core';
import { ruleDescription, ruleDoc } from './rule-docs';

export interface FileResult {
  /** As given on the command line, or found below a folder given (`-` for standard input). */
  readonly file: string;
  readonly findings: readonly Finding[];
  /** The text the findings are of (after --fix, the fixed text). */
  readonly text?: string;
  /** That text's data as parsed (what names each list item in the SARIF fingerprints). */
  readonly data?: unknown;
  /** With --report-unused-disable-directives: the directives that silence nothing, and the rules they name in vain. */
  readonly unused?: readonly UnusedReport[];
  /** With --fix or --fix-dry-run: what Fix all changed (or would change), each at its place in the text as read. */
  readonly changes?: readonly FixChange[];
}

/** One change Fix all made: the text at `range` (of the text as read) was `from` and is `to`. */
export interface FixChange {
  readonly range: Finding['range'];
  readonly from: string;
  readonly to: string;
}

/** What `--fix` (or `--fix-dry-run`) changed: files, and the findings that went. */
export interface FixSummary {
  readonly mode: 'write' | 'dry-run';
  readonly files: number;
  readonly findings: number;
}

/** `budgetdoc check --format json`: positions are LSP's, which the report says, so that no reader guesses. */
export interface JsonReport {
  /** Lines and characters count from 0. */
  readonly positionBase: 0;
  /** Characters count UTF-16 code units, as in LSP and JavaScript strings. */
  readonly positionEncoding: 'utf-16';
  readonly findings: readonly JsonFinding[];
  readonly fixed?: {
    readonly files: number;
    readonly findings: number;
    readonly written: boolean;
    /** Each change Fix all made (or would make), in positions of the text as read. */
    readonly changes: readonly (FixChange & { readonly file: string })[];
  };
}

export interface JsonFinding {
  readonly file: string;
  /** null for an unused directive, as ESLint's. */
  readonly rule: string | null;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly range: Finding['range'];
  readonly expected?: string;
  readonly found?: string;
}

export function toJson(results: readonly FileResult[], locale: Locale, fixes?: FixSummary): JsonReport {
  return {
    positionBase: 0,
    positionEncoding: 'utf-16',
    findings: [
      ...jsonFindings(results, locale),
      ...results.flatMap(({ file, unused }) => (unused ?? []).map((u) => ({ file, rule: null, severity: 'error' as const, message: localize(unusedMessage(u), locale), path: '', range: u.range }))),
    ],
    ...(fixes ? {
      fixed: {
        files: fixes.files,
        findings: fixes.findings,
        written: fixes.mode === 'write',
        changes: results.flatMap(({ file, changes }) => (changes ?? []).map((c) => ({ file, range: c.range, from: c.from, to: c.to }))),
      },
    } : {}),
  };
}

function jsonFindings(results: readonly FileResult[], locale: Locale): JsonFinding[] {
  return results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      rule: f.rule,
      severity: f.severity,
      message: localize(f.message, locale),
      path: f.path,
      range: f.range,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.found !== undefined ? { found: f.found } : {}),
    })),
  );
}

const LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/**
 * ESLint's stylish layout: a block per file, `line:col  severity  message  rule`, then a summary, which never
 * says "no problems" when some file (`unchecked` of them) could not be read.
 */
export function toText(results: readonly FileResult[], locale: Locale, color: boolean, unchecked = 0, fixes?: FixSummary): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const tone: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { file, findings, unused = [] } of results) {
    if (findings.length === 0 && unused.length === 0) continue;
    lines.push(paint(4, file));
    const entries = [
      ...findings.map((f) => ({ range: f.range, severity: f.severity, message: localize(f.message, locale), rule: f.rule as string })),
      ...unused.map((u) => ({ range: u.range, severity: 'error' as const, message: localize(unusedMessage(u), locale), rule: '' })),
    ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const f of entries) {
      counts[f.severity]++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`  ${where.padEnd(8)} ${paint(tone[f.severity], localize(LABEL[f.severity], locale).padEnd(7))}  ${f.message}${f.rule ? `  ${paint(2, f.rule)}` : ''}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const files = (n: number) => (locale === 'zh-CN' ? `${n} 个文件` : `${n} file${n === 1 ? '' : 's'}`);
  if (fixes) {
    // What Fix all changed, each change where it was: a reader sees every figure and word it rewrote.
    const changed = results.filter((r) => (r.changes?.length ?? 0) > 0);
    if (changed.length > 0) {
      lines.push(fixes.mode === 'write' ? (locale === 'zh-CN' ? '已改动：' : 'Changed:') : (locale === 'zh-CN' ? '将改动（未写入）：' : 'Would change (not written):'));
      for (const { file, changes = [] } of changed) {
        for (const c of changes) lines.push(`  ${file}:${c.range.start.line + 1}:${c.range.start.character + 1}  ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);
      }
      lines.push('');
    }
    const n = fixes.findings;
    lines.push(fixes.mode === 'write'
      ? (locale === 'zh-CN' ? `已修复 ${n} 个问题，改写 ${files(fixes.files)}` : `Fixed ${n} problem${n === 1 ? '' : 's'} in ${files(fixes.files)}`)
      : (locale === 'zh-CN' ? `可修复 ${n} 个问题，涉及 ${files(fixes.files)}（--fix-dry-run，未写入）` : `${n} problem${n === 1 ? '' : 's'} in ${files(fixes.files)} would be fixed (--fix-dry-run: nothing written)`));
  }
  const notRead = unchecked === 0 ? '' : locale === 'zh-CN' ? `，另有 ${files(unchecked)}无法读取` : `; ${files(unchecked)} could not be read`;
  if (results.length === 0 && unchecked === 0) {
    lines.push(paint(31, locale === 'zh-CN' ? '✖ 未检查任何文件' : '✖ No file checked'));
  } else if (total === 0 && unchecked === 0) {
    lines.push(locale === 'zh-CN' ? `✔ 未发现问题（${files(results.length)}）` : `✔ No problems (${files(results.length)})`);
  } else if (results.length === 0) {
    lines.push(paint(31, locale === 'zh-CN' ? `✖ ${files(unchecked)}无法读取` : `✖ ${files(unchecked)} could not be read`));
  } else if (total === 0) {
    lines.push(paint(31, locale === 'zh-CN' ? `✖ 已检查的 ${files(results.length)}未发现问题${notRead}` : `✖ No problems in ${files(results.length)} checked${notRead}`));
  } else {
    const summary = locale === 'zh-CN'
      ? `✖ ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示）${notRead}`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)${notRead}`;
    lines.push(paint(counts.error > 0 || unchecked > 0 ? 31 : 33, summary));
  }
  return lines.join('\n') + '\n';
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** What GitHub code scanning shows as the alert's severity. */
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = { error: 'error', warning: 'warning', info: 'recommendation' };

/** The base the relative artifact URIs are resolved against: the folder budgetdoc ran in (the checkout, in CI). */
export const SRCROOT = 'SRCROOT';

export interface SarifOptions {
  readonly version: string;
  /** The working folder: relative paths are given against it, as `SRCROOT`. */
  readonly cwd: string;
}

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: each rule with its description and its page (docs/rules/<id>.md)
 * as help; each result with a fingerprint of its rule and YAML path (so that an alert is tracked across runs and
 * when lines move), its location relative to `SRCROOT`, the figures it was checked against as related locations.
 */
export function toSarif(results: readonly FileResult[], locale: Locale, options: SarifOptions): object {
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  // With --report-unused-disable-directives: the directives that silence nothing, under a rule of their own after the rules.
  const reportsUnused = results.some((r) => (r.unused?.length ?? 0) > 0);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'budgetdoc',
          version: options.version,
          semanticVersion: options.version,
          informationUri: 'https://github.com/budget-docs/budget-docs',
          rules: [...RULES.map(({ meta: r }) => {
            const doc = ruleDoc(r.id);
            const title = localize(r.title, locale);
            const description = (doc && ruleDescription(doc, locale)) ?? title;
            return {
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: title },
              fullDescription: { text: description },
              help: { text: `${description}\n${docsUrl(r.id)}`, ...(doc ? { markdown: doc } : {}) },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['budget-disclosure'], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[r.severity] },
            };
          }), ...(reportsUnused ? [unusedRule(locale)] : [])],
        },
      },
      automationDetails: { id: 'budgetdoc/' },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd).toString().replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap(({ file, findings, data, unused = [] }) => {
        const artifact = artifactLocation(file, options.cwd);
        const seen = new Map<string, number>();
        return [...findings.map((f) => {
          const key = fingerprintKey(f, data);
          // The same finding twice at one place (two activities of one name): told apart by their order.
          const nth = seen.get(key) ?? 0;
          seen.set(key, nth + 1);
          return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: localize(f.message, locale) },
            locations: [{
              physicalLocation: { artifactLocation: artifact, region: region(f.range) },
              ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
            }],
            ...(f.related && f.related.length > 0
              ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifact, region: region(r.range) }, message: { text: localize(r.message, locale) } })) }
              : {}),
            partialFingerprints: { [FINGERPRINT]: createHash('sha256').update(`${key}\u0000${nth}`).digest('hex').slice(0, 32) },
          };
        }), ...unused.map((u) => {
          // A directive is told by what it says, and by its order among those that say the same.
          const key = `${UNUSED_DIRECTIVE}\u0000${u.text}\u0000${u.rules.join(',')}`;
          const nth = seen.get(key) ?? 0;
          seen.set(key, nth + 1);
          return {
            ruleId: UNUSED_DIRECTIVE,
            ruleIndex: RULES.length,
            level: 'error',
            message: { text: localize(unusedMessage(u), locale) },
            locations: [{ physicalLocation: { artifactLocation: artifact, region: region(u.range) } }],
            partialFingerprints: { [FINGERPRINT]: createHash('sha256').update(`${key}\u0000${nth}`).digest('hex').slice(0, 32) },
          };
        })];
      }),
    }],
  };
}

/** The descriptor of the results that are unused directives: no rule of the registry, and no severity setting. */
function unusedRule(locale: Locale): object {
  const title = localize(L('未用的屏蔽指令', 'Unused disable directive'), locale);
  const description = localize(L(
    '一条 # budget-disable… 注释没有屏蔽任何问题（或没有它所列规则的问题）：问题已改正，或注释写错了位置，可删去。',
    'A # budget-disable… comment silences no problem (or none of a rule it names): the problem was fixed, or the comment stands in the wrong place; it can go.',
  ), locale);
  return {
    id: UNUSED_DIRECTIVE,
    name: 'UnusedDisableDirective',
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: `${description}\n${UNUSED_DIRECTIVE_DOCS}` },
    helpUri: UNUSED_DIRECTIVE_DOCS,
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['budget-disclosure'], precision: 'very-high', 'problem.severity': 'error' },
  };
}

/** The name of the SARIF fingerprint (v1 was of the rule and the YAML path with its list indexes, which moved when an item was inserted). */
export const FINGERPRINT = 'budgetdocFinding/v2';

/**
 * What tells a finding from the others across runs, whatever lines or list items are inserted before it: its rule,
 * its place by the names of the items on the way to it (`performance.activities[name=社会事务管理].budget`, not
 * `[9]`), and its message in English with the figures left out (a figure corrected to another wrong one is the
 * same alert, and the message does not change with --locale).
 */
export function fingerprintKey(f: Finding, data: unknown): string {
  const message = f.message.en.replace(/[-+]?\d[\d,]*(?:\.\d+)?%?/g, '#');
  return `${f.rule}\u0000${namedPath(data, f.path)}\u0000${message}`;
}

/** The keys that name a list item, first found first: a classification row by its code, an activity or row by its name, a term by itself. */
const ITEM_NAMES = ['code', 'name', 'term', 'unit'] as const;

/**
 * A YAML path (`performance.activities[9].children[0].budget`) with each list index replaced by what names that
 * item in `data`: `[name=…]`, or `[=…]` for an item that is a text; an index where nothing names the item.
 */
export function namedPath(data: unknown, path: string): string {
  let value = data;
  let out = '';
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (m[2] !== undefined) {
      out += out ? `.${m[2]}` : m[2];
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[m[2]] : undefined;
      continue;
    }
    const item = Array.isArray(value) ? value[Number(m[1])] : undefined;
    const key = item !== null && typeof item === 'object' && !Array.isArray(item)
      ? ITEM_NAMES.find((k) => ['string', 'number'].includes(typeof (item as Record<string, unknown>)[k]))
      : undefined;
    out += typeof item === 'string' ? `[=${item}]` : key ? `[${key}=${String((item as Record<string, unknown>)[key])}]` : `[${m[1]}]`;
    value = item;
  }
  return out;
}

function region(range: Finding['range']): object {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Where a file is: relative to `SRCROOT` when it lies below the working folder, else its absolute `file://` URI. */
function artifactLocation(file: string, cwd: string): object {
  if (file === '-') return { uri: 'stdin' };
  const absolute = isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file);
  const rel = absolute ? relative(cwd, file) : file;
  if (!absolute || (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel))) return { uri: artifactUri(rel), uriBaseId: SRCROOT };
  return { uri: artifactUri(file) };
}

/**
 * A file's path as a URI reference: relative as given, or a `file://` URI for an absolute path (`/w/a.yaml`,
 * `C:\\w\\a.yaml`); each segment escaped, so that `#`, `?` and `%` in a name stay part of it (`预算 2019#1.budget.yaml`
 * is not `预算 2019` with a fragment); `/` keeps separating segments, and a drive's colon stays.
 */
export function artifactUri(file: string): string {
  const path = file.split('\\').join('/').replace(/^\.\//, '');
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  const segments = (drive ? path.slice(drive.length) : path).split('/').map(encodeURIComponent).join('/');
  if (drive) return `file:///${drive}${segments}`;
  // `\\\\server\\share\\a.yaml`: the server is the URI's host.
  if (path.startsWith('//')) return `file:${segments}`;
  return path.startsWith('/') ? `file://${segments}` : segments;
}

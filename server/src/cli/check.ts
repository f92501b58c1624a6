import { writeFileSync } from 'fs';
import { relative, resolve } from 'path';
import { check, type CheckOptions, type CheckResult, fixAllRepeated, unusedDirectivesOf, type Finding, configFor, type ProjectConfig, checkOptions, resolveSettings, localeOfEnv, localize } from '../core';
import { FileFinder } from './files';
import { describeErrno, localeOption, parse, readDocument, SEE_HELP, UsageError, VERSION, type Io } from './io';
import { toJson, toSarif, toText, type FileResult, type FixChange, type FixSummary } from './report';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
} as const;

/** `budgetdoc check`: the exit status (0 no errors, 1 errors or too many warnings, 2 a usage, configuration or file problem). */
export function checkCommand(args: readonly string[], io: Io): number {
  const { values, positionals, tokens } = parse(args, OPTIONS);
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not ${format}`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isSafeInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values['max-warnings']!))) {
    throw new UsageError(`--max-warnings must be a whole number, 0 or more, not ${values['max-warnings']}`);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other: --fix-dry-run writes nothing');
  const stdinName = values['stdin-filename'];
  const paths = positionals.length === 0 && stdinName !== undefined ? ['-'] : positionals;
  if (paths.length === 0) throw new UsageError(`no file to check (${SEE_HELP})`);
  if (values.fix && paths.includes('-')) throw new UsageError('--fix cannot write standard input back; --fix-dry-run reports what fixing would leave');
  if (stdinName !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename names standard input, which is read as -');
  const fixing = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;

  const configs = new Map<string, ProjectConfig | undefined>();
  const finder = new FileFinder(io.cwd, configs);
  /** Standard input stands where --stdin-filename says (for its configuration), else in the working folder. */
  const where = (file: string) => resolve(io.cwd, file === '-' ? stdinName ?? 'stdin' : file);

  let problems = 0;
  let unreadable = 0;
  const targets: string[] = [];
  const seen = new Set<string>();
  for (const arg of paths) {
    const expanded = arg === '-' ? { files: ['-'] } : finder.expand(arg);
    if (expanded.nothing !== undefined) {
      io.stderr(`budgetdoc: ${arg}: ${expanded.nothing}\n`);
      problems++;
    }
    for (const file of expanded.files) {
      const key = file === '-' ? '-' : where(file);
      if (!seen.has(key)) targets.push(file);
      seen.add(key);
    }
  }

  const envLocale = localeOfEnv(io.env);
  // --locale, else the configuration's (of the first file), else the terminal's.
  const first = targets[0] === undefined ? undefined : configFor(where(targets[0]), configs);
  const locale = localeOption(values.locale, first?.locale && first.locale !== 'auto' ? first.locale : envLocale);

  const results: FileResult[] = [];
  const fixes: { -readonly [K in keyof FixSummary]: FixSummary[K] } = { mode: fixing ?? 'write', files: 0, findings: 0 };
  const told = new Set<string>();
  for (const file of targets) {
    const path = where(file);
    const config = configFor(path, configs);
    if (config && !told.has(config.file)) {
      told.add(config.file);
      for (const p of config.problems) io.stderr(`budgetdoc: ${relative(io.cwd, config.file) || config.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${localize(p.message, locale)}\n`);
      if (config.problems.length > 0) problems++;
    }
    const settings = resolveSettings({}, config, file === '-' && stdinName === undefined ? undefined : path);
    const options = checkOptions(settings);
    let document: { text: string; bom: boolean };
    try {
      document = readDocument(file, io);
    } catch (e) {
      problems++;
      unreadable++;
      io.stderr(`budgetdoc: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    const shown = file === '-' ? stdinName ?? '-' : file;
    let checked = check(document.text, options);
    let findings = checked.findings;
    let text = document.text;
    let changes: readonly FixChange[] = [];
    if (fixing) {
      const fixed = fixText(document.text, checked, options);
      if (fixed.text !== document.text) {
        if (fixing === 'write') {
          try {
            writeFileSync(path, (document.bom ? '\uFEFF' : '') + fixed.text);
          } catch (e) {
            problems++;
            io.stderr(`budgetdoc: ${file}: cannot write the fixes (${describeErrno(e, 'no such file')})\n`);
            results.push({ file: shown, findings, text, data: checked.parsed.data });
            continue;
          }
        }
        fixes.files++;
        fixes.findings += gone(findings, fixed.result.findings);
        changes = fixed.changes;
        checked = fixed.result;
        findings = checked.findings;
        text = fixed.text;
      }
    }
    // Each directive that silences nothing, as an error (as ESLint's flag of this name reports them).
    // Not in a file the configuration ignores, which is checked with every rule off.
    const unused = values['report-unused-disable-directives'] && !settings.ignored ? unusedDirectivesOf(checked) : [];
    results.push({ file: shown, findings, text, data: checked.parsed.data, ...(unused.length > 0 ? { unused } : {}), ...(changes.length > 0 ? { changes } : {}) });
  }

  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  // --quiet reports errors alone; --max-warnings counts the warnings all the same.
  const reported = values.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const toFile = values['output-file'];
  const summary = fixing ? fixes : undefined;
  const output = format === 'json'
    ? JSON.stringify(toJson(reported, locale, summary), null, 2) + '\n'
    : format === 'sarif'
      ? JSON.stringify(toSarif(reported, locale, { version: VERSION, cwd: io.cwd }), null, 2) + '\n'
      : toText(reported, locale, useColor(tokens, io, toFile !== undefined), unreadable, summary);
  if (toFile === undefined) io.stdout(output);
  else {
    try {
      writeFileSync(resolve(io.cwd, toFile), output);
    } catch (e) {
      throw new UsageError(`${toFile}: cannot write (${describeErrno(e, 'no such directory')})`);
    }
  }
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`budgetdoc: ${localize({ zh: `警告过多：${warnings} 个，上限 ${maxWarnings} 个（--max-warnings）`, en: `too many warnings: ${warnings}, at most ${maxWarnings} allowed (--max-warnings)` }, locale)}\n`);
  }
  if (problems > 0) return 2;
  if (results.some((r) => r.findings.some((f) => f.severity === 'error') || (r.unused?.length ?? 0) > 0)) return 1;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/**
 * Fix all, as the editor's Fix all does: every safe fix, pass after pass (core/check/fix-all.ts); each edit touches
 * only the figure or name it fixes, so every other byte (line breaks, comments, quotes) stays as it was.
 */
function fixText(text: string, result: CheckResult, options: CheckOptions): { text: string; result: CheckResult; changes: readonly FixChange[] } {
  // The passes end with a check of the fixed text (the one that finds nothing more to fix): that is its result.
  let last: CheckResult | undefined;
  const edits = fixAllRepeated(text, result.findings, (t) => (last = check(t, options)).findings);
  if (edits.length === 0) return { text, result, changes: [] };
  const fixed = edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
  const changes = edits.map((e) => ({ range: result.lines.range(e.span), from: text.slice(e.span.start, e.span.end), to: e.newText }));
  return { text: fixed, result: last?.parsed.text === fixed ? last : check(fixed, options), changes };
}

/** How many findings of `before` are not among `after` (by rule, path and message): those the fixes removed. */
function gone(before: readonly Finding[], after: readonly Finding[]): number {
  const key = (f: Finding) => `${f.rule} ${f.path} ${f.message.en}`;
  const left = new Map<string, number>();
  for (const f of after) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  let n = 0;
  for (const f of before) {
    const k = key(f);
    const count = left.get(k) ?? 0;
    if (count > 0) left.set(k, count - 1);
    else n++;
  }
  return n;
}

/** `--color` / `--no-color` (the last one given), else FORCE_COLOR, else NO_COLOR, else whether stdout is a terminal. */
function useColor(tokens: readonly { kind: string; name?: string }[], io: Io, toFile: boolean): boolean {
  const asked = tokens.filter((t) => t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')).pop();
  if (asked) return asked.name === 'color';
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (io.env.NO_COLOR) return false;
  return io.isTTY && !toFile;
}

#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'fs';
import { relative } from 'path';
import { check } from '../core/check/check';
import { configFor, type ProjectConfig } from '../core/config/load';
import { checkOptions, resolveSettings } from '../core/config/settings';
import { localize, toLocale, type Locale } from '../core/locale';
import { budgetJsonSchema } from '../core/format/json-schema';
import { cannotExport, renderDocument } from '../render';
import { renderDocx } from '../render/docx';
import { toJson, toSarif, toText, type FileResult } from './report';

declare const BUDGETDOC_VERSION: string;
const VERSION = typeof BUDGETDOC_VERSION === 'string' ? BUDGETDOC_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  budgetdoc check FILE... [--format text|json|sarif] [--locale zh-CN|en]
  budgetdoc render FILE [-o out.html] [--locale zh-CN|en]
  budgetdoc render FILE --format docx -o out.docx [--locale zh-CN|en]
  budgetdoc schema
  budgetdoc --help | --version
  budgetdoc COMMAND --help

  FILE may be - for standard input; after --, every argument is a file.
Exit status: 0 no errors, 1 errors found, 2 usage or file problems.`;

/** A problem with how the command was called or a file read: one line, exit 2. */
export class UsageError extends Error {}

interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Reads a file; `-` is standard input. */
  readonly readFile: (file: string) => Buffer;
  readonly env: NodeJS.ProcessEnv;
  readonly color: boolean;
}

const COMMANDS = ['check', 'render', 'schema'];

/** One line after a usage mistake: where the whole usage is. */
const SEE_HELP = 'budgetdoc --help tells how to call it';

/** The exit status; a promise of it for `render --format docx`, whose file is packed asynchronously. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    // `budgetdoc check --help`: the usage, as asked (before a `--`, after which everything is a file).
    const ask = rest.indexOf('--');
    if (command !== undefined && COMMANDS.includes(command) && (ask < 0 ? rest : rest.slice(0, ask)).some((a) => a === '--help' || a === '-h')) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    switch (command) {
      case 'check':
        return checkCommand(rest, io);
      case 'render':
        return renderCommand(rest, io);
      case 'schema':
        if (rest.some((a) => a !== '--')) throw new UsageError(`budgetdoc schema takes no arguments: ${rest.join(' ')}`);
        io.stdout(JSON.stringify(budgetJsonSchema(), null, 2) + '\n');
        return 0;
      case '--version':
      case '-v':
        io.stdout(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
        io.stdout(USAGE + '\n');
        return 0;
      case undefined:
        throw new UsageError(`no command: check, render or schema (${SEE_HELP})`);
      default:
        throw new UsageError(`unknown command: ${command}; the commands are check, render and schema (${SEE_HELP})`);
    }
  } catch (e) {
    return failed(e, io);
  }
}

/** A usage or file problem told in one line (exit 2); anything else as an internal error, still one line. */
function failed(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.stderr(`budgetdoc: ${e.message}\n`);
    return 2;
  }
  io.stderr(`budgetdoc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}

/** Splits `--name value`, `--name=value` and short aliases from file arguments (`-` is standard input). */
function parseArgs(args: readonly string[], names: Record<string, readonly string[]>): { options: Map<string, string>; files: string[] } {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // `--` ends the options: a file may then start with `-`.
    if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    const name = Object.keys(names).find((n) => names[n]!.includes(flag));
    if (name !== undefined) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${names[name]![0]} needs a value`);
      options.set(name, v);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option: ${a} (${SEE_HELP})`);
    } else {
      files.push(a);
    }
  }
  return { options, files };
}

function localeOption(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (!/^(zh(-cn)?|en(-us)?)$/i.test(value)) throw new UsageError(`--locale must be zh-CN or en, not ${value}`);
  return toLocale(value);
}

function checkCommand(args: readonly string[], io: Io): number {
  const { options, files } = parseArgs(args, { format: ['--format', '-f'], locale: ['--locale'] });
  const format = options.get('format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not ${format}`);
  if (files.length === 0) throw new UsageError(`no file to check (${SEE_HELP})`);
  const envLocale = toLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  // --locale, else the configuration's (of the first file; standard input's is the working folder's), else the terminal's.
  const configs = new Map<string, ProjectConfig | undefined>();
  const first = configFor(files[0] === '-' ? 'stdin' : files[0]!, configs);
  const locale = localeOption(options.get('locale'), first?.locale && first.locale !== 'auto' ? first.locale : envLocale);

  const results: FileResult[] = [];
  let unreadable = 0;
  const told = new Set<string>();
  for (const file of files) {
    const config = configFor(file === '-' ? 'stdin' : file, configs);
    if (config && !told.has(config.file)) {
      told.add(config.file);
      for (const p of config.problems) io.stderr(`budgetdoc: ${relative('.', config.file) || config.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${localize(p.message, locale)}\n`);
    }
    const settings = resolveSettings({}, config, file === '-' ? undefined : file);
    let text: string;
    try {
      text = readText(file, io);
    } catch (e) {
      unreadable++;
      io.stderr(`budgetdoc: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    results.push({ file, findings: check(text, checkOptions(settings)).findings });
  }
  const badConfig = [...configs.values()].some((c) => c !== undefined && c.problems.length > 0);
  if (format === 'json') io.stdout(JSON.stringify(toJson(results, locale), null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(results, locale, VERSION), null, 2) + '\n');
  else io.stdout(toText(results, locale, io.color, unreadable));
  if (unreadable > 0 || badConfig) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * The disclosure as one self-contained HTML page (to -o or stdout), or as a Word file (`--format docx`, or an -o
 * ending in .docx). Published documents default to Chinese.
 */
function renderCommand(args: readonly string[], io: Io): number | Promise<number> {
  const { options, files } = parseArgs(args, { output: ['--output', '-o'], locale: ['--locale'], format: ['--format', '-f'] });
  const out = options.get('output');
  const format = options.get('format') ?? (out !== undefined && /\.docx$/i.test(out) ? 'docx' : 'html');
  if (format !== 'html' && format !== 'docx') throw new UsageError(`--format must be html or docx, not ${format}`);
  // A Word file is not text: it goes to a file, never to a terminal.
  if (format === 'docx' && (out === undefined || out === '-')) throw new UsageError(`render --format docx needs -o FILE.docx (${SEE_HELP})`);
  const locale = localeOption(options.get('locale'), 'zh-CN');
  // The page's language is --locale's (published pages are Chinese); what is said to the user, the environment's.
  const said = toLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  if (files.length !== 1) throw new UsageError(`render takes one file, not ${files.length} (${SEE_HELP})`);
  const file = files[0]!;
  let text: string;
  try {
    text = readText(file, io);
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The project configuration's limits and rules, as the preview and the export in the editor read them.
  const result = check(text, checkOptions(resolveSettings({}, configFor(file === '-' ? 'stdin' : file), file === '-' ? undefined : file)));
  const unreadable = cannotExport(result);
  if (unreadable) {
    // Nothing is written: a page of a title alone would replace a good one.
    io.stderr(`budgetdoc: ${file}: ${localize({ zh: `未导出：${unreadable.zh}（budgetdoc check ${file} 列出问题）`, en: `not rendered: ${unreadable.en} (budgetdoc check ${file} lists the problems)` }, said)}\n`);
    return 1;
  }
  const write = (bytes: string | Uint8Array) => {
    try {
      writeFileSync(out!, bytes);
    } catch (e) {
      throw new UsageError(`${out}: cannot write (${describeErrno(e, 'no such directory')})`);
    }
  };
  // The file is written in any case, as the document stands; a document with errors is not ready to publish.
  const finish = (): number => {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (errors === 0) return 0;
    const what = format === 'docx' ? { zh: 'Word 文件', en: 'the Word file' } : { zh: '页面', en: 'the page' };
    io.stderr(`budgetdoc: ${file}: ${localize({
      zh: `${errors} 个错误；${what.zh}按文件原样生成，错误未改（budgetdoc check ${file} 列出错误）`,
      en: `${errors} error${errors === 1 ? '' : 's'}; ${what.en} shows the document as written, mistakes included (budgetdoc check ${file} lists them)`,
    }, said)}\n`);
    return 1;
  };
  if (format === 'docx') return renderDocx(result, { locale }).then((bytes) => { write(bytes); return finish(); }).catch((e: unknown) => failed(e, io));
  const html = renderDocument(result, { locale, mode: 'export', showFindings: false });
  if (out === undefined || out === '-') io.stdout(html);
  else write(html);
  return finish();
}

/** A file system error in a few words: `permission denied`, or its code. */
function describeErrno(e: unknown, missing: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? missing : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unknown error';
}

/** A file's text as UTF-8, without a BOM; a clear one-line reason when it cannot be had. */
function readText(file: string, io: Io): string {
  let bytes: Buffer;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    const reason = describeErrno(e, 'no such file');
    throw new Error(reason.includes(' ') ? reason : `cannot read (${reason})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text; save the file as UTF-8');
  }
  // NUL is valid UTF-8 but never in a text: a binary file, or UTF-16 written without its BOM.
  if (text.includes('\0')) throw new Error('not a text file (it holds NUL bytes: binary, or UTF-16 without a BOM); save it as UTF-8');
  return text;
}

if (require.main === module) {
  // `budgetdoc … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void Promise.resolve(run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (f) => readFileSync(f === '-' ? 0 : f),
    env: process.env,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  })).then((code) => { process.exitCode = code; });
}

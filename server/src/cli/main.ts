#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { check, configFor, configJsonSchema, checkOptions, resolveSettings, localeOfEnv, localize, budgetJsonSchema } from '../core';
import { cannotExport, renderDocument } from '../render';
import { checkCommand } from './check';
import { importCommand } from './import';
import { loadApart } from './apart';
import { describeErrno, failed, localeOption, parse, readText, SEE_HELP, UsageError, VERSION, type Io } from './io';

type DocxWriter = typeof import('../render/docx');

/** The Word writer and its library (dist/docx.js), for `render --format docx`. */
function docxWriter(): DocxWriter {
  return loadApart<DocxWriter>('docx', ['..', 'render', 'docx']);
}

const USAGE = `Usage:
  budgetdoc check PATH... [options]      PATH: a file, a folder, a quoted glob, or - for standard input
      -f, --format text|json|sarif       how findings are printed (text)
      --locale zh-CN|en                  the language of messages (.budgetdoc.yaml's locale, else LANG)
      --fix                              apply every safe fix, pass after pass, and write the files that change
      --fix-dry-run                      the same, writing nothing: report what would be left
      --quiet                            report errors alone
      --max-warnings N                   exit 1 when more than N warnings are found
      -o, --output-file FILE             write the report to FILE instead of standard output
      --stdin-filename NAME              the name standard input is reported and configured as
      --color, --no-color                colour the text report or not (default: when a terminal; FORCE_COLOR, NO_COLOR)
      --report-unused-disable-directives report each # budget-disable… comment that silences nothing, as an error
  budgetdoc render FILE [-o out.html] [--locale zh-CN|en]
  budgetdoc render FILE --format docx -o out.docx [--locale zh-CN|en]
  budgetdoc import FILE.txt|FILE.docx|FILE.xlsx [-o out.budget.yaml] [--locale zh-CN|en]
                                         a disclosure in Word, Excel or text as a budget document, then its check
  budgetdoc schema [--config]            the JSON Schema of documents, or of .budgetdoc.yaml
  budgetdoc --help | --version
  budgetdoc COMMAND --help

  After --, every argument is a path. Configuration: docs/configuration.md.
Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or file problems.`;

const COMMANDS = ['check', 'render', 'import', 'schema'];

/** The exit status; a promise of it for `render --format docx`, whose file is packed asynchronously. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    // `budgetdoc check --help`: the usage, as asked (before a `--`, after which everything is a path).
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
      case 'import':
        return importCommand(rest, io);
      case 'schema': {
        const { values } = parse(rest, { config: { type: 'boolean' } }, false);
        io.stdout(JSON.stringify(values.config ? configJsonSchema() : budgetJsonSchema(), null, 2) + '\n');
        return 0;
      }
      case '--version':
      case '-v':
        io.stdout(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
        io.stdout(USAGE + '\n');
        return 0;
      case undefined:
        throw new UsageError(`no command: check, render, import or schema (${SEE_HELP})`);
      default:
        throw new UsageError(`unknown command: ${command}; the commands are check, render, import and schema (${SEE_HELP})`);
    }
  } catch (e) {
    return failed(e, io);
  }
}

/**
 * The disclosure as one self-contained HTML page (to -o or stdout), or as a Word file (`--format docx`, or an -o
 * ending in .docx). Published documents default to Chinese.
 */
function renderCommand(args: readonly string[], io: Io): number | Promise<number> {
  const { values, positionals: files } = parse(args, { output: { type: 'string', short: 'o' }, locale: { type: 'string' }, format: { type: 'string', short: 'f' } });
  const out = values.output === undefined || values.output === '-' ? values.output : resolve(io.cwd, values.output);
  const format = values.format ?? (out !== undefined && /\.docx$/i.test(out) ? 'docx' : 'html');
  if (format !== 'html' && format !== 'docx') throw new UsageError(`--format must be html or docx, not ${format}`);
  // A Word file is not text: it goes to a file, never to a terminal.
  if (format === 'docx' && (out === undefined || out === '-')) throw new UsageError(`render --format docx needs -o FILE.docx (${SEE_HELP})`);
  const locale = localeOption(values.locale, 'zh-CN');
  // The page's language is --locale's (published pages are Chinese); what is said to the user, the environment's.
  const said = localeOfEnv(io.env);
  if (files.length !== 1) throw new UsageError(`render takes one file, not ${files.length} (${SEE_HELP})`);
  const file = files[0]!;
  let text: string;
  try {
    text = readText(file, io);
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The project configuration's limits and rules, as the preview and the export in the editor read them.
  const path = resolve(io.cwd, file === '-' ? 'stdin' : file);
  const result = check(text, checkOptions(resolveSettings({}, configFor(path), file === '-' ? undefined : path)));
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
      throw new UsageError(`${values.output}: cannot write (${describeErrno(e, 'no such directory')})`);
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
  if (format === 'docx') return docxWriter().renderDocx(result, { locale }).then((bytes) => { write(bytes); return finish(); }).catch((e: unknown) => failed(e, io));
  const html = renderDocument(result, { locale, mode: 'export', showFindings: false });
  if (out === undefined || out === '-') io.stdout(html);
  else write(html);
  return finish();
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
    env: process.env,
    cwd: process.cwd(),
    readStdin: () => readFileSync(0),
    isTTY: !!process.stdout.isTTY,
  })).then((code) => { process.exitCode = code; });
}

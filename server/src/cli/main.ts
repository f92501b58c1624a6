#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'fs';
import { check } from '../core/check';
import { toLocale, type Locale } from '../core/locale';
import { budgetJsonSchema } from '../core/json-schema';
import { renderDocument } from '../render';
import { toJson, toSarif, toText, type FileResult } from './report';

declare const BUDGETDOC_VERSION: string;
const VERSION = typeof BUDGETDOC_VERSION === 'string' ? BUDGETDOC_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  budgetdoc check FILE... [--format text|json|sarif] [--locale zh-CN|en]
  budgetdoc render FILE [-o out.html] [--locale zh-CN|en]
  budgetdoc schema
  budgetdoc --help | --version

  FILE may be - for standard input.
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

export function run(argv: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return checkCommand(rest, io);
      case 'render':
        return renderCommand(rest, io);
      case 'schema':
        if (rest.length > 0) throw new UsageError(`budgetdoc schema takes no arguments: ${rest.join(' ')}`);
        io.stdout(JSON.stringify(budgetJsonSchema(), null, 2) + '\n');
        return 0;
      case '--version':
      case '-v':
        io.stdout(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
      case undefined:
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command: ${command}\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`budgetdoc: ${e.message}\n`);
      return 2;
    }
    io.stderr(`budgetdoc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function checkCommand(args: readonly string[], io: Io): number {
  let format = 'text';
  let locale: Locale = toLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') {
      format = value('--format');
      if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not ${format}`);
    } else if (a === '--locale' || a.startsWith('--locale=')) {
      const v = value('--locale');
      if (!/^(zh(-cn)?|en(-us)?)$/i.test(v)) throw new UsageError(`--locale must be zh-CN or en, not ${v}`);
      locale = toLocale(v);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option: ${a}`);
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError(`no file to check\n${USAGE}`);

  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = readText(file, io);
    } catch (e) {
      unreadable = true;
      io.stderr(`budgetdoc: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    results.push({ file, findings: check(text).findings });
  }
  if (format === 'json') io.stdout(JSON.stringify(toJson(results, locale), null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(results, locale, VERSION), null, 2) + '\n');
  else io.stdout(toText(results, locale, io.color));
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** The disclosure as one self-contained HTML page, to -o or stdout. Published pages default to Chinese. */
function renderCommand(args: readonly string[], io: Io): number {
  let out: string | undefined;
  let locale: Locale = 'zh-CN';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-o' || a === '--output' || a.startsWith('--output=')) out = value('--output');
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const v = value('--locale');
      if (!/^(zh(-cn)?|en(-us)?)$/i.test(v)) throw new UsageError(`--locale must be zh-CN or en, not ${v}`);
      locale = toLocale(v);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(`render takes one file\n${USAGE}`);
  let text: string;
  try {
    text = readText(files[0]!, io);
  } catch (e) {
    throw new UsageError(`${files[0]}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const html = renderDocument(check(text), { locale, mode: 'export', showFindings: false });
  if (out === undefined || out === '-') {
    io.stdout(html);
    return 0;
  }
  try {
    writeFileSync(out, html);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${out}: cannot write (${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code ?? 'unknown error'})`);
  }
  return 0;
}

/** A file's text as UTF-8, without a BOM; a clear one-line reason when it cannot be had. */
function readText(file: string, io: Io): string {
  let bytes: Buffer;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text; save the file as UTF-8');
  }
}

if (require.main === module) {
  // `budgetdoc … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (f) => readFileSync(f === '-' ? 0 : f),
    env: process.env,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  });
  process.exitCode = code;
}

import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseArgs, type ParseArgsConfig } from 'util';
import { toLocale, type Locale } from '../core';

/** A problem with how the command was called or a file read: one line, exit 2. */
export class UsageError extends Error {}

export { VERSION } from '../version';

/** One line after a usage mistake: where the whole usage is. */
export const SEE_HELP = 'budgetdoc --help tells how to call it';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** Standard input's bytes (`-`). */
  readonly readStdin: () => Buffer;
  /** Whether standard output is a terminal: the text report is coloured by default then. */
  readonly isTTY: boolean;
}

/** A usage or file problem told in one line (exit 2); anything else as an internal error, still one line. */
export function failed(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.stderr(`budgetdoc: ${e.message}\n`);
    return 2;
  }
  io.stderr(`budgetdoc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}

/** Node's `util.parseArgs`, its mistakes told as usage errors in our words. */
export function parse<T extends ParseArgsConfig['options']>(args: readonly string[], options: T, positionals = true) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true, tokens: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: string }).code;
    const flag = /'(?:-\w, )?(-[^' <]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option: ${flag} (${SEE_HELP})`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(message.includes('does not take') ? `${flag} takes no value` : `${flag} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`this command takes no arguments: ${args.filter((a) => a !== '--').join(' ')}`);
    throw new UsageError(message);
  }
}

export function localeOption(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (!/^(zh(-cn)?|en(-us)?)$/i.test(value)) throw new UsageError(`--locale must be zh-CN or en, not ${value}`);
  return toLocale(value);
}

/** A file system error in a few words: `permission denied`, or its code. */
export function describeErrno(e: unknown, missing: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? missing : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unknown error';
}

/** A file's text as UTF-8, without a BOM; a clear one-line reason when it cannot be had. */
export function readText(file: string, io: Io): string {
  return readDocument(file, io).text;
}

/** A file's text, and whether it started with a byte order mark (which `--fix` writes back). */
export function readDocument(file: string, io: Io): { readonly text: string; readonly bom: boolean } {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.readStdin() : readFileSync(resolve(io.cwd, file));
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
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

import { readFileSync, writeFileSync } from 'fs';
import { basename, resolve } from 'path';
import { check, checkOptions, configFor, localeOfEnv, localize, resolveSettings } from '../core';
import { importedName, importFormatOf } from '../import/format';
import { describeErrno, failed, localeOption, parse, SEE_HELP, UsageError, type Io } from './io';
import { toText } from './report';
import { loadApart } from './apart';

type Importer = typeof import('../import/index.js');

/** The importer and its readers of Word and Excel files (dist/importer.js). */
function importer(): Importer {
  return loadApart<Importer>('importer', ['..', 'import', 'index']);
}

/**
 * A disclosure in Word, Excel or text read into a budget document (beside the source, or -o; `-o -` is standard
 * output, the report then on standard error), the import report, and the check's findings of what was written.
 */
export function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals: files } = parse(args, { output: { type: 'string', short: 'o' }, locale: { type: 'string' } });
  const locale = localeOption(values.locale, localeOfEnv(io.env));
  if (files.length !== 1) throw new UsageError(`import takes one file, not ${files.length} (${SEE_HELP})`);
  const file = files[0]!;
  const format = importFormatOf(file);
  if (!format) throw new UsageError(`${file}: import reads .txt, .docx and .xlsx files`);
  const source = resolve(io.cwd, file);
  const shown = values.output ?? importedName(file);
  const out = shown === '-' ? '-' : resolve(io.cwd, shown);
  if (out === source) throw new UsageError(`${file}: the output would replace the source; name another with -o`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (e) {
    throw new UsageError(`${file}: ${describeErrno(e, 'no such file')}`);
  }
  const { importDocument, formatReport } = importer();
  return importDocument(bytes, format, basename(file)).catch((e: unknown) => {
    // A file that is not what its name says (a .docx that is not a Word file): one line, no stack.
    const what = format === 'docx' ? 'a Word (.docx) file' : format === 'xlsx' ? 'an Excel (.xlsx) workbook' : 'a text file';
    throw new UsageError(`${file}: cannot be read as ${what} (${e instanceof Error ? e.message.split(/[\n:]/)[0]!.trim() : String(e)})`);
  }).then((result) => {
    const say = out === '-' ? io.stderr : io.stdout;
    if (out === '-') io.stdout(result.yaml);
    else {
      try {
        writeFileSync(out, result.yaml);
      } catch (e) {
        throw new UsageError(`${shown}: cannot write (${describeErrno(e, 'no such directory')})`);
      }
      say(localize({ zh: `已写入 ${shown}\n`, en: `Wrote ${shown}\n` }, locale));
    }
    say(formatReport(result.report, locale));
    const configured = out === '-' ? source : out;
    const findings = check(result.yaml, checkOptions(resolveSettings({}, configFor(configured), out === '-' ? undefined : out))).findings;
    say(toText([{ file: out === '-' ? `${file} (imported)` : shown, findings }], locale, false));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  }).catch((e: unknown) => failed(e, io));
}

// `npm run typecheck`: the three programs (everything; the preview page's script, with the DOM; the core on its
// own, which cannot see VS Code or LSP) in one process, sharing the source files they have in common, so that
// the libraries' declarations are read and bound once rather than once a program. Each keeps its incremental
// build info in out/.
import ts from 'typescript';

const projects = [
  ['tsconfig.json', 'out/typecheck.tsbuildinfo'],
  ['client/preview-src/tsconfig.json', 'out/typecheck-preview.tsbuildinfo'],
  ['server/src/core/tsconfig.json', 'out/typecheck-core.tsbuildinfo'],
];

/** Source files by name and parse options, shared by the programs. */
const files = new Map();
const format = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: ts.sys.getCurrentDirectory,
  getNewLine: () => ts.sys.newLine,
};

let errors = 0;
for (const [config, buildInfo] of projects) {
  // A tsconfig that cannot be read (missing, not JSON, naming no files) is told as tsc tells it, and its program is
  // not checked under options it does not give.
  let unreadable = false;
  const parsed = ts.getParsedCommandLineOfConfigFile(config, { noEmit: true, incremental: true, tsBuildInfoFile: buildInfo }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      unreadable = true;
      errors++;
      process.stderr.write(ts.formatDiagnosticsWithColorAndContext([d], format));
    },
  });
  const broken = parsed?.errors.filter((d) => d.category === ts.DiagnosticCategory.Error) ?? [];
  if (broken.length) {
    errors += broken.length;
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(broken, format));
  }
  if (!parsed || unreadable || broken.length) continue;
  const host = ts.createIncrementalCompilerHost(parsed.options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, options, onError, fresh) => {
    const version = typeof options === 'object' ? `${options.languageVersion}/${options.impliedNodeFormat}` : String(options);
    const key = `${version}:${name}`;
    let file = fresh ? undefined : files.get(key);
    if (!file) {
      file = read.call(host, name, options, onError, fresh);
      if (file) files.set(key, file);
    }
    return file;
  };
  const program = ts.createIncrementalProgram({ rootNames: parsed.fileNames, options: parsed.options, host, projectReferences: parsed.projectReferences, configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed) });
  const diagnostics = [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  program.emit();
  if (diagnostics.length) {
    errors += diagnostics.length;
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, format));
  }
}
process.exitCode = errors ? 2 : 0;

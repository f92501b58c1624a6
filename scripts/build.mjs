// Bundles the extension client, the language server and the CLI into dist/, and the preview page's script into media/.
import { build, context } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/**
 * zod registers English as its default locale and re-exports all of its ~50 others through `locales/index`, which
 * a bundle would then carry (the messages are ours: schema texts are message ids). This resolves that index to
 * English alone.
 * @type {import('esbuild').Plugin}
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.c?js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(args.resolveDir, args.path.replace(/index\.(c?js)$/, 'en.$1')), namespace: 'zod-locales' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, resolveDir: '/' }));
  },
};

/**
 * The `yaml` library's parser asks the environment for `LOG_TOKENS` at every token it reads (and its composer for
 * `LOG_STREAM` at every document token), to print them when debugging the library. Node answers `process.env` from
 * the C environment each time: at 2,000 activities, ~900,000 tokens, a fifth of a full parse (docs/performance.md,
 * "A full check of the `yaml` path"). Our bundles never print them; this reads them as unset. The build
 * fails when a version of the library no longer has the line, so the change is not lost in silence.
 * @type {import('esbuild').Plugin}
 */
const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(b) {
    const switches = { parser: 'LOG_TOKENS', composer: 'LOG_STREAM' };
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const file = /parser\.js$/.test(args.path) ? 'parser' : 'composer';
      const read = `node_process.env.${switches[file]}`;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(read)) throw new Error(`${args.path} no longer reads ${read}: see yamlDebugSwitchesOff in scripts/build.mjs`);
      return { contents: text.split(read).join('false'), loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  plugins: [zodEnglishOnly, yamlDebugSwitchesOff],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify: !watch && process.env.BUDGET_DOCS_MINIFY !== '0',
  logLevel: 'warning',
  define: { BUDGETDOC_VERSION: JSON.stringify(pkg.version) },
};

// The rules' pages, for the help of each rule in SARIF (server/src/cli/rule-docs.ts).
const rulesDir = new URL('../docs/rules/', import.meta.url);
const ruleDocs = Object.fromEntries(readdirSync(rulesDir).filter((f) => f.endsWith('.md')).map((f) => [f.slice(0, -3), readFileSync(new URL(f, rulesDir), 'utf8')]));

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', define: { ...common.define, BUDGETDOC_RULE_DOCS: JSON.stringify(JSON.stringify(ruleDocs)) } },
  // The language server keeps its source's `#!/usr/bin/env node`, so `budget-language-server --stdio` runs as a bin.
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // VS Code provides `vscode` to the extension host; everything else is bundled. The entry is light (any YAML
  // file activates it); the language client and the commands load with the first budget document (session.ts).
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['client/src/session.ts'], outfile: 'dist/session.js', external: ['vscode'] },
  // The preview and its renderer load on the first preview or export command (client/src/preview/index.ts).
  { entryPoints: ['client/src/preview/runtime.ts'], outfile: 'dist/preview.js', external: ['vscode'] },
  // The Word writer and its library, for `budgetdoc render --format docx` and the editor's Export Word: loaded by
  // them when asked for, so the CLI's other commands and the preview's first open do not read them.
  { entryPoints: ['server/src/render/docx.ts'], outfile: 'dist/docx.js' },
  // The importer and its Word and Excel readers, for `budgetdoc import` and the editor's import command: loaded
  // by them when asked for, so the CLI's other commands and the extension's activation do not read them.
  { entryPoints: ['server/src/import/index.ts'], outfile: 'dist/importer.js' },
];

// The page's own script runs in the webview, a browser: loaded from media/, the only folder the webview may read.
entries.push({ entryPoints: ['client/preview-src/index.ts'], outfile: 'media/preview.js', platform: 'browser', target: 'chrome120', format: 'iife' });

/**
 * What the last build read, to skip the next when none of it changed (`npm test` builds before every run): each
 * input esbuild reported (node_modules' included), package.json and this script, by size and modification time,
 * beside the options (the rules' pages among them, in the CLI's `define`). `--force` builds anyway.
 */
const STAMP = 'out/build-inputs.json';
const key = JSON.stringify({ common: { ...common, plugins: common.plugins.map((p) => p.name) }, entries });
const outputs = entries.map((e) => e.outfile);
const fileState = (file) => {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
};
const upToDate = () => {
  if (process.argv.includes('--force')) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (stamp.key !== key || !outputs.every((f) => existsSync(f))) return false;
  return Object.entries(stamp.inputs).every(([file, state]) => fileState(file) === state);
};

if (!watch && upToDate()) process.exit(0);

// All at once: esbuild runs them side by side on its own threads (one after another, the small bundles left cores idle).
const inputs = new Set(['package.json', 'scripts/build.mjs']);
await Promise.all(entries.map(async (entry) => {
  if (watch) await (await context({ ...common, ...entry })).watch();
  else for (const file of Object.keys((await build({ ...common, ...entry, metafile: true })).metafile.inputs)) inputs.add(file);
}));
if (!watch) {
  mkdirSync('out', { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ key, inputs: Object.fromEntries([...inputs].map((f) => [f, fileState(f)])) }));
}

import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { readFileSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  categories: string[];
  icon: string;
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: string } };
  contributes: { configurationDefaults: Record<string, Record<string, unknown>>; yamlValidation: { fileMatch: string[]; url: string }[] };
};

describe('what is published', () => {
  it('npm pack ships the CLI, the language server and the schemas, and nothing else (.npmignore)', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    assert.deepEqual(pack!.files.map((f) => f.path).sort(), [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/docx.js', 'dist/importer.js', 'dist/server.js', 'package.json',
      'schemas/budget.schema.json', 'schemas/budgetdoc-config.schema.json',
    ]);
  });

  it('the .vsix holds the bundles the editor runs, the grammar, the schemas, media and the manifest\'s strings', () => {
    const listed = execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(listed.trim().split('\n').sort(), [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/client.js', 'dist/docx.js', 'dist/importer.js', 'dist/preview.js', 'dist/server.js', 'dist/session.js', 'language-configuration.json',
      'media/icon.png', 'media/preview.css', 'media/preview.js', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json',
      'schemas/budget.schema.json', 'schemas/budgetdoc-config.schema.json', 'syntaxes/budget-yaml.tmLanguage.json',
    ]);
  });

  it('activates with an entry of a few KB, which any YAML file loads: the sniff, without the schema, zod or the language client', () => {
    const entry = readFileSync(join(ROOT, 'dist', 'client.js'), 'utf8');
    const session = readFileSync(join(ROOT, 'dist', 'session.js'), 'utf8');
    assert.ok(entry.length < 16_000, `dist/client.js holds ${entry.length} characters`);
    // The sniff's keys are in the entry; zod and the language client are in dist/session.js alone.
    assert.ok(entry.includes('threePublicExpenses'), 'dist/client.js has no sniff');
    for (const inside of ['ZodError', 'Budget Language Server']) {
      assert.ok(session.includes(inside) && !entry.includes(inside), inside);
    }
  });

  it('bundles the Word writer apart: the docx library is in dist/docx.js, which a Word export loads, not in the CLI\'s or the preview\'s bundle', () => {
    // A namespace every Word file declares, written by the docx library alone.
    const marker = 'schemas.openxmlformats.org/wordprocessingml/2006/main';
    assert.ok(readFileSync(join(ROOT, 'dist', 'docx.js'), 'utf8').includes(marker), 'dist/docx.js');
    for (const bundle of ['cli.js', 'server.js', 'session.js', 'preview.js']) assert.ok(!readFileSync(join(ROOT, 'dist', bundle), 'utf8').includes(marker), bundle);
  });

  it('depends on nothing at run time: every library is bundled', () => {
    assert.deepEqual(manifest.dependencies ?? {}, {});
  });

  it('bundles zod without its translations, which it never shows', () => {
    for (const bundle of ['cli.js', 'server.js', 'session.js', 'preview.js']) {
      const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
      // French and Spanish zod messages, as esbuild writes them (non-ASCII escaped)
      assert.doesNotMatch(text, /Entr\\xE9e invalide|Entrada inv\\xE1lida/, bundle);
      // A bound on growth, beside the text check above (zod's other locales are about 260 KB). The CLI, the largest,
      // is 1.2 MB with the rules' pages it carries for SARIF.
      assert.ok(statSync(join(ROOT, 'dist', bundle)).size < 1_300_000, `${bundle} is ${statSync(join(ROOT, 'dist', bundle)).size} bytes`);
    }
  });
  it('bundles the yaml parser without its debug switches, which it would read from the environment at every token', () => {
    // The bundles that parse with `yaml`: the server and the CLI (documents), the preview (its incremental re-read).
    for (const bundle of ['cli.js', 'server.js', 'preview.js']) {
      const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
      assert.ok(text.includes('Not a YAML token'), `${bundle} does not bundle the yaml parser`);
      assert.doesNotMatch(text, /LOG_TOKENS|LOG_STREAM/, bundle);
    }
  });
});

describe('the extension manifest, as VS Code reads it', () => {
  it('runs in Restricted Mode (it runs no code of the workspace) and, limited, in virtual workspaces', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('gives budget-yaml the YAML editor defaults: spaces, two of them, suggestions in strings', () => {
    assert.deepEqual(manifest.contributes.configurationDefaults['[budget-yaml]'], {
      'editor.tabSize': 2,
      'editor.insertSpaces': true,
      'editor.detectIndentation': false,
      'editor.autoIndent': 'keep',
      'editor.quickSuggestions': { other: true, comments: false, strings: true },
    });
  });

  it('claims only categories it fills, has its icon, and gives the YAML extension the schema of .budgetdoc.yaml alone', () => {
    assert.deepEqual(manifest.categories, ['Programming Languages', 'Linters']);
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: ['.budgetdoc.yaml', '.budgetdoc.yml'], url: './schemas/budgetdoc-config.schema.json' }]);
  });
});

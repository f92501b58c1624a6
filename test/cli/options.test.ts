import { strict as assert } from 'assert';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { fixture, projectFolder } from '../helpers';
import { budgetdoc as inProcess } from './budgetdoc';

/** `budgetdoc check ARGS` in this process, its standard output a pipe, in an environment of LANG=C and `env` alone. */
function budgetdoc(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { LANG: 'C', ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return inProcess(['check', ...args], { cwd, env, input: options.input });
}
const plain = { NO_COLOR: '1', FORCE_COLOR: undefined };

const files = (stdout: string) => [...new Set((JSON.parse(stdout).findings as { file: string }[]).map((f) => f.file))];

/** The project folder with more in it: a nested document, one in node_modules, one .gitignore leaves out. */
function richFolder(): string {
  const dir = projectFolder();
  const wrong = fixture('consistent.budget.yaml').replace('budget: 587.00', 'budget: 1518.81');
  mkdirSync(join(dir, 'sub', 'deeper'));
  writeFileSync(join(dir, 'sub', 'deeper', 'wrong.budget.yml'), wrong);
  writeFileSync(join(dir, 'sub', 'notes.yaml'), 'not: a budget\n');
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'x', 'dep.budget.yaml'), wrong);
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'build', 'copy.budget.yaml'), wrong);
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  return dir;
}

describe('budgetdoc check on folders and globs', () => {
  it('checks every *.budget.yaml and *.budget.yml below a folder, less ignores, .gitignore and node_modules', () => {
    const r = budgetdoc(richFolder(), ['.', '--format', 'json'], { env: plain });
    assert.equal(r.code, 1);
    assert.deepEqual(files(r.stdout), ['sub/cangzhou-2018.budget.yaml', 'sub/deeper/wrong.budget.yml']);
  });

  it('names files below a folder from the folder as given', () => {
    assert.deepEqual(files(budgetdoc(richFolder(), ['sub/', '--format', 'json']).stdout), ['sub/cangzhou-2018.budget.yaml', 'sub/deeper/wrong.budget.yml']);
  });

  it('expands a quoted glob itself, with the same ignores', () => {
    const dir = richFolder();
    assert.deepEqual(files(budgetdoc(dir, ['**/*.budget.yml', '--format', 'json']).stdout), ['sub/deeper/wrong.budget.yml']);
    assert.deepEqual(files(budgetdoc(dir, ['**/*.budget.y*ml', '--format', 'json']).stdout), ['sub/cangzhou-2018.budget.yaml', 'sub/deeper/wrong.budget.yml']);
  });

  it('says so, and exits 2, when a glob or a folder finds nothing', () => {
    const dir = richFolder();
    assert.deepEqual(budgetdoc(dir, ['nothing/*.budget.yaml'], { env: plain }), { code: 2, stdout: '✖ No file checked\n', stderr: 'budgetdoc: nothing/*.budget.yaml: no file matches\n' });
    assert.equal(budgetdoc(dir, ['build'], { env: plain }).stderr, 'budgetdoc: build: no *.budget.yaml here that is not ignored\n');
    assert.deepEqual(files(budgetdoc(dir, ['build/copy.budget.yaml', '--format', 'json']).stdout), ['build/copy.budget.yaml'], 'a file named is checked as named');
    assert.equal(budgetdoc(dir, ['drafts'], { env: plain }).stderr, 'budgetdoc: drafts: no *.budget.yaml here that is not ignored\n');
  });

  it('checks a file given twice once', () => {
    const dir = richFolder();
    const r = budgetdoc(dir, ['sub/deeper/wrong.budget.yml', './sub/deeper/wrong.budget.yml', 'sub', '--format', 'json']);
    assert.deepEqual(files(r.stdout), ['sub/deeper/wrong.budget.yml', 'sub/cangzhou-2018.budget.yaml']);
  });
});

describe('budgetdoc check options', () => {
  const dir = projectFolder();
  const doc = 'sub/cangzhou-2018.budget.yaml';

  it('--quiet reports errors alone', () => {
    const r = budgetdoc(dir, [doc, '--quiet', '--format', 'json']);
    assert.deepEqual([...new Set((JSON.parse(r.stdout).findings as { severity: string }[]).map((f) => f.severity))], ['error']);
    assert.equal(JSON.parse(r.stdout).findings.length, 16);
  });

  it('--max-warnings N exits 1 past N warnings, whatever --quiet shows, and says why', () => {
    const good = join(dir, 'good.budget.yaml');
    writeFileSync(good, fixture('consistent.budget.yaml').replace('  - name: 审计业务', '  - name: 1、审计业务'));
    writeFileSync(join(dir, '.budgetdoc.yaml'), 'locale: en\n');
    assert.equal(budgetdoc(dir, ['good.budget.yaml', '--max-warnings', '1'], { env: plain }).code, 0);
    assert.deepEqual(budgetdoc(dir, ['good.budget.yaml', '--max-warnings', '0', '--quiet'], { env: plain }), {
      code: 1, stdout: '✔ No problems (1 file)\n', stderr: 'budgetdoc: too many warnings: 1, at most 0 allowed (--max-warnings)\n',
    });
    assert.deepEqual(budgetdoc(dir, ['good.budget.yaml', '--max-warnings', 'x']), { code: 2, stdout: '', stderr: 'budgetdoc: --max-warnings must be a whole number, 0 or more, not x\n' });
  });

  it('--output-file writes the report there and nothing to standard output', () => {
    const project = projectFolder();
    const r = budgetdoc(project, [doc, '--format', 'sarif', '--output-file', 'out.sarif']);
    assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', '']);
    assert.equal(JSON.parse(readFileSync(join(project, 'out.sarif'), 'utf8')).runs[0].results.length, 39);
    assert.deepEqual(budgetdoc(project, [doc, '-o', 'no/such/dir/out.txt']), { code: 2, stdout: '', stderr: 'budgetdoc: no/such/dir/out.txt: cannot write (no such directory)\n' });
  });

  it('--stdin-filename names standard input, and finds its configuration', () => {
    const project = projectFolder();
    const text = readFileSync(join(project, doc), 'utf8');
    const r = budgetdoc(project, ['--stdin-filename', doc, '--format', 'json'], { input: text });
    const report = JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] };
    assert.deepEqual(files(r.stdout), [doc]);
    assert.ok(!report.findings.some((f) => f.rule === 'numbering-prefix'));
    assert.equal(budgetdoc(project, ['--stdin-filename', 'drafts/x.budget.yaml'], { input: text, env: plain }).stdout, '✔ No problems (1 file)\n');
  });

  it('colours the text report with --color or FORCE_COLOR, not with --no-color, NO_COLOR or into a pipe', () => {
    const project = projectFolder();
    const coloured = (r: { stdout: string }) => r.stdout.includes('\x1b[');
    assert.equal(coloured(budgetdoc(project, [doc], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } })), false);
    assert.equal(coloured(budgetdoc(project, [doc, '--color'], { env: plain })), true);
    assert.equal(coloured(budgetdoc(project, [doc], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })), true);
    assert.equal(coloured(budgetdoc(project, [doc, '--no-color'], { env: { FORCE_COLOR: '1' } })), false);
    assert.equal(coloured(budgetdoc(project, [doc, '--no-color', '--color'], { env: plain })), true);
    assert.equal(coloured(budgetdoc(project, [doc], { env: { FORCE_COLOR: '0', NO_COLOR: undefined } })), false);
  });

  it('--report-unused-disable-directives reports each directive that silences nothing, as an error', () => {
    const project = projectFolder();
    const wrong = fixture('consistent.budget.yaml').replace('budget: 587.00', 'budget: 1518.81');
    const [head, ...rest] = wrong.split('\n');
    const at = rest.findIndex((l) => l.includes('budget: 1518.81'));
    rest.splice(at, 0, '      # budget-disable-next-line sum-mismatch rounding -- the table is printed so');
    writeFileSync(join(project, 'silenced.budget.yaml'), ['# budget-disable-next-line', head, ...rest].join('\n'));
    writeFileSync(join(project, '.budgetdoc.yaml'), 'locale: en\n');
    assert.deepEqual(budgetdoc(project, ['silenced.budget.yaml'], { env: plain }), { code: 0, stdout: '✔ No problems (1 file)\n', stderr: '' });
    const r = budgetdoc(project, ['silenced.budget.yaml', '--report-unused-disable-directives'], { env: plain });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      'silenced.budget.yaml',
      '  1:3      error    Unused directive “budget-disable-next-line”: there is no problem to silence',
      `  ${at + 3}:9     error    Unused directive “budget-disable-next-line sum-mismatch rounding”: no rounding problem to silence`,
      '',
      '✖ 2 problems (2 errors, 0 warnings, 0 info)',
      '',
    ].join('\n'));
    const json = JSON.parse(budgetdoc(project, ['silenced.budget.yaml', '--report-unused-disable-directives', '--format', 'json']).stdout);
    assert.deepEqual(json.findings.map((f: { rule: null; range: { start: { line: number } } }) => [f.rule, f.range.start.line]), [[null, 0], [null, at + 2]]);
  });

  it('tells an option it does not know, or one without its value, in one line', () => {
    assert.deepEqual(budgetdoc(dir, [doc, '--fixx']), { code: 2, stdout: '', stderr: 'budgetdoc: unknown option: --fixx (budgetdoc --help tells how to call it)\n' });
    assert.deepEqual(budgetdoc(dir, [doc, '--format']), { code: 2, stdout: '', stderr: 'budgetdoc: --format needs a value\n' });
    assert.deepEqual(budgetdoc(dir, [doc, '--fix=yes']), { code: 2, stdout: '', stderr: 'budgetdoc: --fix takes no value\n' });
    assert.equal(budgetdoc(dir, [doc, '--fix', '--fix-dry-run']).code, 2);
  });
});

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { artifactUri } from '../../server/src/cli/report';
import { fixture, projectFolder } from '../helpers';
import { budgetdoc as inProcess, ROOT, spawnBudgetdoc } from './budgetdoc';

/** The CLI in this process; the tests of what only the bin in a process of its own shows use `spawned`. */
const budgetdoc = (args: string[], input?: string) => inProcess(args, { input });
const spawned = (args: string[], input?: string) => spawnBudgetdoc(args, { input });

const WRONG = fixture('consistent.budget.yaml').replace('budget: 587.00', 'budget: 1518.81');

describe('budgetdoc check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-'));
  const good = join(dir, 'good.budget.yaml');
  const bad = join(dir, 'bad.budget.yaml');
  writeFileSync(good, fixture('consistent.budget.yaml'));
  writeFileSync(bad, WRONG);

  it('exits 0 and says so on a consistent document', () => {
    const r = budgetdoc(['check', good, '--locale', 'en']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ No problems (1 file)\n');
  });

  it('prints file:line:col, severity, message and rule like ESLint, and exits 1 on an error', () => {
    const r = spawned(['check', bad, '--locale', 'zh-CN']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      bad,
      '  51:15    错误       预算数 1518.81 与下级合计 587.00 不符（差 931.81）  sum-mismatch',
      '',
      '✖ 1 个问题（1 个错误，0 个警告，0 个提示）',
      '',
    ].join('\n'));
  });

  it('writes JSON findings with 0-based LSP ranges, and says so', () => {
    const r = budgetdoc(['check', bad, '--format', 'json', '--locale', 'en']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.deepEqual([report.positionBase, report.positionEncoding], [0, 'utf-16']);
    assert.deepEqual(report.findings, [{
      file: bad,
      rule: 'sum-mismatch',
      severity: 'error',
      message: 'Budget 1518.81 does not match the sum of its children 587.00 (difference 931.81)',
      path: 'performance.activities[0].budget',
      range: { start: { line: 50, character: 14 }, end: { line: 50, character: 21 } },
      expected: '587.00',
      found: '1518.81',
    }]);
  });

  it('writes SARIF 2.1.0 with the rule table and 1-based regions', () => {
    const r = budgetdoc(['check', bad, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'budgetdoc');
    assert.equal(run.tool.driver.rules.length, 31);
    assert.equal(run.results.length, 1);
    assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 51, startColumn: 15, endLine: 51, endColumn: 22 });
    assert.equal(run.results[0].ruleId, 'sum-mismatch');
    assert.equal(run.tool.driver.rules[run.results[0].ruleIndex].id, 'sum-mismatch');
    assert.equal(run.results[0].level, 'error');
  });

  it('reads standard input from -', () => {
    const r = spawned(['check', '-', '--format', 'json'], WRONG);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).findings[0].file, '-');
  });

  it('checks every file even when one is missing, and exits 2 with a one-line message', () => {
    const r = spawned(['check', join(dir, 'missing.budget.yaml'), bad, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `budgetdoc: ${join(dir, 'missing.budget.yaml')}: no such file\n`);
    assert.equal(JSON.parse(r.stdout).findings.length, 1);
  });

  it('does not say "no problems" when a file could not be read', () => {
    const missing = join(dir, 'missing.budget.yaml');
    assert.deepEqual(budgetdoc(['check', missing, '--locale', 'en']), { code: 2, stdout: '✖ 1 file could not be read\n', stderr: `budgetdoc: ${missing}: no such file\n` });
    assert.equal(budgetdoc(['check', good, missing, '--locale', 'zh-CN']).stdout, '✖ 已检查的 1 个文件未发现问题，另有 1 个文件无法读取\n');
    const both = budgetdoc(['check', bad, missing, '--locale', 'en']);
    assert.equal(both.code, 2);
    assert.match(both.stdout, /\n✖ 1 problem \(1 error, 0 warnings, 0 info\); 1 file could not be read\n$/);
  });

  it('refuses a file that is not UTF-8 with a one-line message', () => {
    const gbk = join(dir, 'gbk.budget.yaml');
    writeFileSync(gbk, Buffer.from([0x72, 0x65, 0x67, 0x69, 0x6f, 0x6e, 0x3a, 0x20, 0xb2, 0xd7, 0xd6, 0xdd, 0x0a]));
    const r = budgetdoc(['check', gbk]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `budgetdoc: ${gbk}: not UTF-8 text; save the file as UTF-8\n`);
  });

  it('refuses a binary file and UTF-16 without a BOM (valid UTF-8, but holding NUL bytes) with a one-line message', () => {
    const nul = join(dir, 'nul.budget.yaml');
    const utf16 = join(dir, 'utf16.budget.yaml');
    writeFileSync(nul, Buffer.from([0, 0, 0]));
    writeFileSync(utf16, Buffer.from('budget: 1\n', 'utf16le'));
    const r = budgetdoc(['check', nul, utf16]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, [nul, utf16].map((f) => `budgetdoc: ${f}: not a text file (it holds NUL bytes: binary, or UTF-16 without a BOM); save it as UTF-8\n`).join(''));
  });

  it('writes each SARIF artifact URI escaped, so that # and ? in a file name stay in the name', () => {
    const odd = join(dir, 'sub dir');
    mkdirSync(odd, { recursive: true });
    writeFileSync(join(odd, '预算 2019#1?.budget.yaml'), WRONG);
    const r = inProcess(['check', 'sub dir/预算 2019#1?.budget.yaml', '--format', 'sarif'], { cwd: dir });
    const uri = JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    assert.equal(uri, 'sub%20dir/%E9%A2%84%E7%AE%97%202019%231%3F.budget.yaml');
    assert.equal(decodeURIComponent(new URL(uri, 'file:///w/').pathname.slice('/w/'.length)), 'sub dir/预算 2019#1?.budget.yaml');
  });

  it('writes an absolute path as a file:// URI, a Windows drive included', () => {
    assert.equal(artifactUri('C:\\work\\预算 #1.budget.yaml'), 'file:///C:/work/%E9%A2%84%E7%AE%97%20%231.budget.yaml');
    assert.equal(artifactUri('/w/a b.budget.yaml'), 'file:///w/a%20b.budget.yaml');
    assert.equal(artifactUri('./a.budget.yaml'), 'a.budget.yaml');
    assert.equal(artifactUri('\\\\server\\share\\a.budget.yaml'), 'file://server/share/a.budget.yaml');
  });

  it('answers usage mistakes with exit 2, one line on stderr and no stack trace', () => {
    for (const args of [[], ['check'], ['check', good, '--format', 'xml'], ['check', good, '--bogus'], ['frobnicate'], ['render', good, bad]]) {
      const r = budgetdoc(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^budgetdoc: [^\n]+\n$/, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
    // The bin itself, in a process of its own: exit 2 and one line, no stack trace.
    assert.deepEqual(spawned(['check', good, '--bogus']), { code: 2, stdout: '', stderr: 'budgetdoc: unknown option: --bogus (budgetdoc --help tells how to call it)\n' });
    assert.equal(budgetdoc([]).stderr, 'budgetdoc: no command: check, render, import or schema (budgetdoc --help tells how to call it)\n');
    assert.equal(budgetdoc(['frobnicate']).stderr, 'budgetdoc: unknown command: frobnicate; the commands are check, render, import and schema (budgetdoc --help tells how to call it)\n');
    assert.equal(budgetdoc(['frobnicate', '--help']).code, 2);
    assert.equal(budgetdoc(['schema', '--']).code, 0);
  });

  it('prints the usage on stdout and exits 0 for --help, after a command too', () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['render', '-h'], ['check', good, '--help']]) {
      const r = budgetdoc(args);
      assert.deepEqual([r.code, r.stderr], [0, ''], args.join(' '));
      assert.match(r.stdout, /^Usage:\n  budgetdoc check PATH\.\.\. \[options\]/, args.join(' '));
    }
  });

  it('takes every argument after -- as a file, so that a file may start with -', () => {
    writeFileSync(join(dir, '-odd.budget.yaml'), WRONG);
    const r = inProcess(['check', '--format', 'json', '--', '-odd.budget.yaml'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual((JSON.parse(r.stdout).findings as { file: string; rule: string }[]).map((f) => [f.file, f.rule]), [['-odd.budget.yaml', 'sum-mismatch']]);
    // And --help after -- is a file, not a question.
    assert.equal(budgetdoc(['check', '--', '--help']).code, 2);
  });
});

describe('budgetdoc check under a .budgetdoc.yaml', () => {
  const run = (cwd: string, ...args: string[]) => inProcess(['check', ...args], { cwd, env: { NO_COLOR: '1', LANG: 'zh_CN.UTF-8' } });

  it('takes its severities, rules off and locale; --locale still wins', () => {
    const dir = projectFolder();
    const r = run(dir, 'sub/cangzhou-2018.budget.yaml');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\n✖ 39 problems \(16 errors, 23 warnings, 0 info\)\n$/);
    assert.doesNotMatch(r.stdout, /numbering-prefix/);
    assert.match(r.stdout, /  73:15    warning  The previous-year total of the three public expenses 240 is less than/);
    assert.match(run(dir, 'sub/cangzhou-2018.budget.yaml', '--locale', 'zh-CN').stdout, /✖ 39 个问题/);
  });

  it('checks a file its ignores leave out with every rule off', () => {
    assert.deepEqual(run(projectFolder(), 'drafts/unfinished.budget.yaml'), { code: 0, stdout: '✔ No problems (1 file)\n', stderr: '' });
  });

  it('tells each mistake of the configuration, located, checks with the rest, and exits 2', () => {
    const dir = projectFolder();
    writeFileSync(join(dir, '.budgetdoc.yaml'), 'locale: en\nrules:\n  numbering-prefix: of\n');
    const r = run(dir, 'sub/cangzhou-2018.budget.yaml');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'budgetdoc: .budgetdoc.yaml:3:21: The severity of numbering-prefix should be error, warning, info or off.\n');
    assert.match(r.stdout, /numbering-prefix/);
  });
});

describe('budget-language-server, started by hand', () => {
  const SERVER = join(ROOT, 'dist', 'server.js');
  const server = (...args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: 10_000 });
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it('prints its version with --version, and its usage with --help, on stdout with exit 0', () => {
    const v = server('--version');
    assert.deepEqual([v.status, v.stdout], [0, `${version}\n`]);
    const help = server('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: budget-language-server --stdio\n/);
  });

  it('started without a transport, says how to start it in one line and exits 2', () => {
    const r = server();
    assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', 'budget-language-server: no transport; start it as budget-language-server --stdio (--help tells more)\n']);
  });
});

describe('budgetdoc schema', () => {
  it('prints the JSON Schema', () => {
    const r = budgetdoc(['schema']);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});

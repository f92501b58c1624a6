import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { projectFolder } from '../helpers';
import { Session } from './client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

interface CliFinding { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/** What `budgetdoc check --format json` says of a file, run in the project folder by a Chinese-speaking shell. */
function cli(dir: string, file: string): CliFinding[] {
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
  return (JSON.parse(r.stdout) as { findings: CliFinding[] }).findings;
}

const SEVERITY = ['', 'error', 'warning', 'info'];

describe('one .budgetdoc.yaml for the language server and the CLI', () => {
  let session: Session;
  let dir: string;
  beforeEach(async () => {
    dir = projectFolder();
    // A Chinese-speaking editor with no budget settings of its own: the configuration's locale (en) holds.
    session = await Session.start({ locale: 'zh-cn', settings: { locale: 'auto', rules: {} } });
  });
  afterEach(() => session.stop());

  it('gives the same findings in both: severities, rules off, locale', async () => {
    const file = join(dir, 'sub', 'cangzhou-2018.budget.yaml');
    const published = await session.open(pathToFileURL(file).toString(), readFileSync(file, 'utf8'));
    const fromServer = published.diagnostics.map((d) => ({ rule: String(d.code), severity: SEVERITY[d.severity!]!, message: d.message, range: d.range }));
    const fromCli = cli(dir, join('sub', 'cangzhou-2018.budget.yaml')).map(({ rule, severity, message, range }) => ({ rule, severity, message, range }));
    assert.deepEqual(fromServer, fromCli);
    assert.equal(fromServer.length, 39);
    assert.ok(!fromServer.some((f) => f.rule === 'numbering-prefix'));
    assert.deepEqual([...new Set(fromServer.filter((f) => f.rule === 'sum-mismatch').map((f) => f.severity))], ['warning']);
    assert.equal(fromServer[0]!.message, '“社会维定” is a misspelling of “社会稳定”');
  });

  it('publishes nothing for a document its ignores leave out', async () => {
    const file = join(dir, 'drafts', 'unfinished.budget.yaml');
    assert.deepEqual((await session.open(pathToFileURL(file).toString(), readFileSync(file, 'utf8'))).diagnostics, []);
  });

  it('lets the editor\'s budget.rules override the configuration, rule by rule', async () => {
    session.settings = { rules: { 'numbering-prefix': 'info' } };
    const file = join(dir, 'sub', 'cangzhou-2018.budget.yaml');
    const published = await session.open(pathToFileURL(file).toString(), readFileSync(file, 'utf8'));
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'numbering-prefix').map((d) => d.severity), [3, 3, 3]);
  });

  it('checks again when the configuration changes, and shows its mistakes on it', async () => {
    const file = join(dir, 'sub', 'cangzhou-2018.budget.yaml');
    const uri = pathToFileURL(file).toString();
    await session.open(uri, readFileSync(file, 'utf8'));
    const configFile = join(dir, '.budgetdoc.yaml');
    writeFileSync(configFile, 'rules:\n  missing-kpi: off\n  sum-mismatch: loud\n');
    const configUri = pathToFileURL(configFile).toString();
    const republished = session.next(uri);
    const configProblems = session.next(configUri);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const after = await republished;
    assert.equal(after.diagnostics.filter((d) => d.code === 'missing-kpi').length, 0);
    assert.equal(after.diagnostics.filter((d) => d.code === 'numbering-prefix').length, 3);
    assert.deepEqual((await configProblems).diagnostics.map((d) => [d.range.start, d.message]), [[{ line: 2, character: 16 }, '规则 sum-mismatch 的级别应为 error、warning、info 或 off。']]);
  });
});

import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../server/src/cli/main';
import { fixture } from '../helpers';

interface Ran { code: number; stdout: string; stderr: string }

function budgetdoc(argv: string[], cwd: string): Ran {
  let stdout = '';
  let stderr = '';
  // None of these asks for a Word file: the status comes back at once.
  const code = run(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: { LANG: 'en_US.UTF-8' },
    cwd,
    readStdin: () => Buffer.alloc(0),
    isTTY: false,
  });
  assert.equal(typeof code, 'number');
  return { code: code as number, stdout, stderr };
}

/** Every file under a folder with its bytes and modification time, to prove nothing was touched. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    const st = statSync(file);
    out.set(name, st.isDirectory() ? `dir ${st.mtimeMs}` : `${st.mtimeMs} ${readFileSync(file).toString('base64')}`);
  }
  return out;
}

describe('budgetdoc check on a mix of good and bad files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'budgetdoc-robust-'));
    writeFileSync(join(dir, 'good.budget.yaml'), fixture('consistent.budget.yaml'));
    writeFileSync(join(dir, 'wrong.budget.yaml'), fixture('consistent.budget.yaml').replace('total: 3200.00', 'total: 3300.00'));
    mkdirSync(join(dir, 'folder.budget.yaml'));
    writeFileSync(join(dir, 'gbk.budget.yaml'), Buffer.from([0x62, 0x75, 0x64, 0x67, 0x65, 0x74, 0x3a, 0x20, 0xb2, 0xd7, 0xd6, 0xdd, 0x0a])); // 沧州 in GBK
    writeFileSync(join(dir, 'image.budget.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]));
    writeFileSync(join(dir, 'nul.budget.yaml'), 'budget: 1\n\u0000\u0000\u0000\n');
    writeFileSync(join(dir, 'huge.budget.yaml'), 'notes:\n  - ' + 'x'.repeat(33 * 1024 * 1024) + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const files = ['good.budget.yaml', 'missing.budget.yaml', 'folder.budget.yaml', 'gbk.budget.yaml', 'image.budget.yaml', 'wrong.budget.yaml', 'nul.budget.yaml', 'huge.budget.yaml'];

  it('checks every readable file, says one line per unreadable one, and exits 2', () => {
    const r = budgetdoc(['check', '--format', 'json', ...files], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), [
      'budgetdoc: folder.budget.yaml: no *.budget.yaml here that is not ignored',
      'budgetdoc: missing.budget.yaml: no such file',
      'budgetdoc: gbk.budget.yaml: not UTF-8 text; save the file as UTF-8',
      'budgetdoc: image.budget.yaml: not UTF-8 text; save the file as UTF-8',
      'budgetdoc: nul.budget.yaml: not a text file (it holds NUL bytes: binary, or UTF-16 without a BOM); save it as UTF-8',
    ]);
    const found = (JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] }).findings;
    // the good file has nothing to say; every other readable file was checked
    assert.deepEqual([...new Set(found.map((f) => f.file))].sort(), ['huge.budget.yaml', 'wrong.budget.yaml']);
    assert.ok(found.some((f) => f.file === 'wrong.budget.yaml' && f.rule === 'sum-mismatch'), 'the wrong total was not reported');
    assert.ok(found.some((f) => f.file === 'huge.budget.yaml' && f.message.includes('budget.limits.maxDocumentBytes')), 'the file over the size limit got no finding');
    assert.equal(budgetdoc(['check', 'good.budget.yaml'], dir).code, 0);
  });

  it('never prints a stack trace, in any format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = budgetdoc(['check', '--format', format, ...files], dir);
      assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+\)?\n|internal error/, format);
    }
  });

  it('never writes to the files it checks, nor beside them', () => {
    const before = snapshot(dir);
    for (const format of ['text', 'json', 'sarif']) budgetdoc(['check', '--format', format, ...files], dir);
    assert.deepEqual(snapshot(dir), before);
  });
});

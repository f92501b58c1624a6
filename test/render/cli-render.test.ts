import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../server/src/cli/main';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cangzhou-2018.budget.yaml');
const CONSISTENT = join(__dirname, '..', 'fixtures', 'consistent.budget.yaml');

function budgetdoc(...argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = run(argv, { stdout: (s) => { out.stdout += s; }, stderr: (s) => { out.stderr += s; }, readFile: (f) => readFileSync(f), env: {}, color: false });
  return { code, ...out };
}

describe('budgetdoc render', () => {
  it('writes the self-contained page to -o', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budgetdoc-')), 'out.html');
    const r = budgetdoc('render', CONSISTENT, '-o', file);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.match(readFileSync(file, 'utf8'), /<h2>九、其他需要说明的事项<\/h2>/);
  });

  it('writes the page of a document with errors too, and exits 1 saying how many', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budgetdoc-')), 'out.html');
    const r = budgetdoc('render', EXAMPLE, '-o', file);
    assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', `budgetdoc: ${EXAMPLE}: 19 errors; the page shows the document as written, mistakes included (budgetdoc check ${EXAMPLE} lists them)\n`]);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<h2>九、其他需要说明的事项<\/h2>/);
  });

  it('writes to stdout without -o, in English with --locale en', () => {
    const r = budgetdoc('render', CONSISTENT, '--locale', 'en');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /<html lang="en">/);
  });

  it('exits 2 with one line when the file cannot be read', () => {
    const r = budgetdoc('render', '/no/such/file.budget.yaml');
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', 'budgetdoc: /no/such/file.budget.yaml: no such file\n']);
  });

  it('exits 2 with one line when the page cannot be written', () => {
    const r = budgetdoc('render', EXAMPLE, '-o', '/no/such/dir/out.html');
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', 'budgetdoc: /no/such/dir/out.html: cannot write (no such directory)\n']);
  });

  it('exits 2 on a usage mistake', () => {
    assert.equal(budgetdoc('render').code, 2);
    assert.equal(budgetdoc('render', EXAMPLE, '--locale', 'fr').code, 2);
  });
});

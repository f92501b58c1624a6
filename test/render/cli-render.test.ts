import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../server/src/cli/main';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cangzhou-2018.budget.yaml');
const CONSISTENT = join(__dirname, '..', 'fixtures', 'consistent.budget.yaml');

function runWith(env: NodeJS.ProcessEnv) {
  return (...argv: string[]) => {
    const out = { stdout: '', stderr: '' };
    const code = run(argv, { stdout: (s) => { out.stdout += s; }, stderr: (s) => { out.stderr += s; }, env, cwd: process.cwd(), readStdin: () => Buffer.alloc(0), isTTY: false });
    return { code, ...out };
  };
}
const budgetdoc = Object.assign(runWith({}), { env: runWith });

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

  it('says so in Chinese when the environment is Chinese, whatever the page\'s language', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budgetdoc-')), 'out.html');
    const r = budgetdoc.env({ LANG: 'zh_CN.UTF-8' })('render', EXAMPLE, '-o', file, '--locale', 'en');
    assert.deepEqual([r.code, r.stderr], [1, `budgetdoc: ${EXAMPLE}: 19 个错误；页面按文件原样生成，错误未改（budgetdoc check ${EXAMPLE} 列出错误）\n`]);
  });

  for (const [name, text, reason] of [
    ['a YAML syntax error', readFileSync(EXAMPLE, 'utf8').replace('region: 沧州经济开发区', 'region: "沧州经济开发区'), '1 YAML syntax error; fix it to export'],
    ['an empty file', '', 'the YAML is not a mapping (key: value); there is nothing to export'],
    ['a list', '- budget: 1\n', 'the YAML is not a mapping (key: value); there is nothing to export'],
    ['a line indented too far (one error told, though the parser stumbles twice)', readFileSync(EXAMPLE, 'utf8').replace('\nregion: ', '\n   region: '), '1 YAML syntax error; fix it to export'],
    ['a syntax error whose finding is silenced', readFileSync(EXAMPLE, 'utf8').replace('department: ', '# budget-disable-next-line\ndepartment: 重复\ndepartment: '), '1 YAML syntax error; fix it to export'],
    ['a text nested past the limit', `notes: ${'['.repeat(150)}${']'.repeat(150)}\n`, 'Nesting is too deep: more than 100 levels (setting budget.limits.maxNestingDepth); the file was not checked. Check that brackets are paired and the indentation is right.'],
  ] as const) {
    it(`writes nothing for ${name}, keeping the page already there, and exits 1`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-'));
      const [source, file] = [join(dir, 'in.budget.yaml'), join(dir, 'out.html')];
      writeFileSync(source, text);
      writeFileSync(file, 'the page exported before');
      const r = budgetdoc('render', source, '-o', file);
      assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', `budgetdoc: ${source}: not rendered: ${reason} (budgetdoc check ${source} lists the problems)\n`]);
      assert.equal(readFileSync(file, 'utf8'), 'the page exported before');
    });
  }

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

import { strict as assert } from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { fixture, projectFolder } from '../helpers';
import { budgetdoc } from '../cli/budgetdoc';
import { shareSession, type Session } from './client';

/** The consistent fixture with a wrong budget silenced for sum-mismatch (and, in vain, rounding), and a directive at the top that silences nothing. */
function silenced(): { text: string; at: number } {
  const [head, ...rest] = fixture('consistent.budget.yaml').replace('budget: 587.00', 'budget: 1518.81').split('\n');
  const at = rest.findIndex((l) => l.includes('budget: 1518.81'));
  rest.splice(at, 0, '      # budget-disable-next-line sum-mismatch rounding -- the table is printed so');
  return { text: ['# budget-disable-next-line', head, ...rest].join('\n'), at: at + 2 };
}

const DOCS = 'https://github.com/budget-docs/budget-docs/blob/main/docs/configuration.md#unused-directives';

describe('unused disable directives in the editor', () => {
  let session: Session;
  shareSession({ locale: 'en', settings: {} }, (s) => (session = s));

  it('shows each directive that silences nothing as information, faded, where the CLI reports it', async () => {
    const { text, at } = silenced();
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-unused-'));
    const file = join(dir, 'silenced.budget.yaml');
    writeFileSync(file, text);
    const published = await session.open(pathToFileURL(file).toString(), text);
    assert.deepEqual(published.diagnostics, [
      {
        range: { start: { line: 0, character: 2 }, end: { line: 0, character: 26 } },
        severity: 3,
        source: 'budget',
        code: 'unused-disable-directive',
        codeDescription: { href: DOCS },
        message: 'Unused directive “budget-disable-next-line”: there is no problem to silence',
        tags: [1],
      },
      {
        range: { start: { line: at, character: 8 }, end: { line: at, character: 54 } },
        severity: 3,
        source: 'budget',
        code: 'unused-disable-directive',
        codeDescription: { href: DOCS },
        message: 'Unused directive “budget-disable-next-line sum-mismatch rounding”: no rounding problem to silence',
        tags: [1],
      },
    ]);
    // The same directives, at the same places, as budgetdoc check --report-unused-disable-directives.
    const cli = JSON.parse(budgetdoc(['check', 'silenced.budget.yaml', '--report-unused-disable-directives', '--format', 'json', '--locale', 'en'], { cwd: dir }).stdout) as { findings: { rule: null; message: string; range: unknown }[] };
    assert.deepEqual(cli.findings.map((f) => [f.rule, f.message, f.range]), published.diagnostics.map((d) => [null, d.message, d.range]));
  });

  it('takes the diagnostic away once the directive silences something, and shows it again when it no longer does', async () => {
    const { text, at } = silenced();
    const uri = 'untitled:silenced.budget.yaml';
    await session.open(uri, text);
    // Rounding's directive used at last: the top one still silences nothing.
    const used = await session.replace(uri, text.replace('sum-mismatch rounding --', 'sum-mismatch --'));
    assert.deepEqual(used.diagnostics.map((d) => [d.code, d.range.start.line]), [['unused-disable-directive', 0]]);
    // The budget put right: the directive has nothing left to silence.
    const fixed = await session.replace(uri, text.replace('sum-mismatch rounding --', 'sum-mismatch --').replace('budget: 1518.81', 'budget: 587.00'));
    assert.deepEqual(fixed.diagnostics.map((d) => [d.code, d.range.start.line, d.message]), [
      ['unused-disable-directive', 0, 'Unused directive “budget-disable-next-line”: there is no problem to silence'],
      ['unused-disable-directive', at, 'Unused directive “budget-disable-next-line sum-mismatch”: no sum-mismatch problem to silence'],
    ]);
  });

  it('shows nothing of the kind in a document the configuration ignores, nor in one that is not YAML', async () => {
    const dir = projectFolder();
    const file = join(dir, 'drafts', 'silenced.budget.yaml');
    writeFileSync(file, silenced().text);
    assert.deepEqual((await session.open(pathToFileURL(file).toString(), silenced().text)).diagnostics, []);
    const broken = await session.open('untitled:broken.budget.yaml', silenced().text.replace('region: ', 'region: "'));
    assert.deepEqual(broken.diagnostics.map((d) => d.code), ['yaml-syntax']);
  });
});

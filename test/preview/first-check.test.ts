import { strict as assert } from 'assert';
import { generate } from '../../bench/generate';
import { check, checkAgain, RULE_IDS, type CheckOptions } from '../../server/src/core';
import { renderBody, renderPreview, type RenderOptions } from '../../server/src/render';
import { pageRulesOnly } from '../../client/src/preview/first-check';
import { example } from '../helpers';

const HIDDEN: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: false };
const SHOWN: RenderOptions = { ...HIDDEN, showFindings: true };

describe('the preview\'s page before its findings (client/src/preview/first-check.ts)', () => {
  it('turns every rule off but numbering-prefix and yaml-syntax, which keep the user\'s settings, and keeps the limits and directives', () => {
    const options: CheckOptions = { rules: { 'numbering-prefix': 'warning', 'sum-mismatch': 'error', 'missing-kpi': 'off' }, limits: { maxNestingDepth: 50 }, directives: false };
    const page = pageRulesOnly(options);
    assert.deepEqual(page.limits, { maxNestingDepth: 50 });
    assert.equal(page.directives, false);
    assert.deepEqual(page.rules, Object.fromEntries(RULE_IDS.filter((id) => id !== 'yaml-syntax').map((id) => [id, id === 'numbering-prefix' ? 'warning' : 'off'])));
  });

  for (const [name, options] of [
    ['the defaults', {}],
    ['numbering-prefix off', { rules: { 'numbering-prefix': 'off' } }],
    ['numbering-prefix a warning, sum-mismatch off', { rules: { 'numbering-prefix': 'warning', 'sum-mismatch': 'off' } }],
  ] as const satisfies readonly (readonly [string, CheckOptions])[]) {
    it(`shows the page of the full check with its findings hidden, under ${name}`, () => {
      const text = example();
      const full = check(text, options);
      const page = check(text, pageRulesOnly(options));
      assert.equal(renderBody(page, HIDDEN), renderBody(full, HIDDEN));
      assert.deepEqual([...new Set(page.findings.map((f) => f.rule))], options.rules?.['numbering-prefix'] === 'off' ? [] : ['numbering-prefix']);
    });
  }

  it('needs numbering-prefix: without it, the example\'s numbered names print their numbers twice', () => {
    const text = example();
    const none = check(text, { rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'off'])) });
    assert.notEqual(renderBody(none, HIDDEN), renderBody(check(text), HIDDEN));
  });

  it('tells a text that cannot be read as the full check does: the same notice over the last readable page', () => {
    const text = example();
    const broken = text.replace('\nperformance:', '\n  "unclosed\nperformance:');
    assert.notEqual(broken, text);
    const readable = check(text);
    const full = renderPreview(check(broken), readable, SHOWN);
    const page = renderPreview(check(broken, pageRulesOnly({})), readable, SHOWN);
    assert.ok(full.notice);
    assert.equal(page.notice, full.notice);
  });

  for (const [name, text] of [['the example', example()], ['400 generated activities', generate(400)]] as const) {
    it(`then checks the same parse under all the rules, with the full check's findings: ${name}`, () => {
      const page = check(text, pageRulesOnly({}));
      const again = checkAgain(page, {});
      assert.equal(again.parsed, page.parsed);
      assert.equal(again.model, page.model);
      assert.deepEqual(again.options, {});
      assert.deepEqual(again.findings, check(text).findings);
      assert.equal(renderBody(again, SHOWN), renderBody(check(text), SHOWN));
    });
  }
});

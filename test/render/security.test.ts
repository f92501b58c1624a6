import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { renderDocument } from '../../server/src/render';
import { consistentWith, yaml } from '../helpers';
import { useChromium } from './chromium';


/** Texts that would run script, load from the network or break out of a context if not escaped. */
const HOSTILE = [
  '<script>window.__pwned = 1; console.log("PWNED-script")</script>',
  '<img src=x onerror="window.__pwned = 2; console.log(\'PWNED-img\')">',
  '<a href="javascript:window.__pwned=3">javascript:alert(1)</a>',
  '</style><script>window.__pwned = 4</script><style>',
  '</textarea><script>window.__pwned = 5</script>',
  '" onmouseover="window.__pwned = 6" x="',
  "' autofocus onfocus='window.__pwned = 7' x='",
  '<svg onload="window.__pwned = 8"></svg><iframe src="https://example.com/"></iframe>',
  '<link rel="stylesheet" href="https://example.com/x.css"><style>@import url(https://example.com/y.css);</style>',
];

/** A consistent document whose every kind of free text holds a hostile string. */
function hostileDocument(): string {
  const q = (s: string) => JSON.stringify(s);
  let text = consistentWith('region: 示范区', `region: ${q(HOSTILE[0]!)}`);
  text = text.replace(/^department: .*$/m, `department: ${q(HOSTILE[1]!)}`);
  text = text.replace(/^title: .*$/m, '') + '';
  text = text.replace(/^(organization:\n  composition: ).*$/m, `$1${q(HOSTILE[2]!)}`);
  text = text.replace(/^(  explanation: ).*$/m, `$1${q(HOSTILE[3]!)}`);
  text = text.replace(/^(  overallGoal: ).*$/m, `$1${q(HOSTILE[4]!)}`);
  text = text.replace(/^(notes:\n  - ).*$/m, `$1${q(HOSTILE[5]!)}`);
  text = text.replace(/(\n    - name: )[^\n]*/, `$1${q(HOSTILE[6]!)}`);
  text = text.replace(/(\n      content: )[^\n]*/, `$1${q(HOSTILE[7]!)}`);
  text = text.replace(/(\n      goal: )[^\n]*/, `$1${q(HOSTILE[8]!)}`);
  return text;
}

describe('rendering hostile text', () => {
  const text = hostileDocument();
  const result = check(text);

  it('builds the hostile fixture as intended: every hostile string reaches the model', () => {
    const json = JSON.stringify(result.model.budget);
    for (const h of HOSTILE) assert.ok(json.includes(JSON.stringify(h).slice(1, -1)), h);
  });

  for (const mode of ['export', 'preview'] as const) {
    it(`escapes every hostile string in the ${mode} HTML`, () => {
      const html = renderDocument(result, { locale: 'zh-CN', mode, showFindings: true, nonce: 'n0nce', media: { style: 'h1 { color: red }', script: 'void 0;' } });
      assert.doesNotMatch(html, /<script>|<img|<iframe|<svg onload|<a href|<link rel="stylesheet" href="https|<\/textarea>/i);
      // Every `<` of document text is escaped, so each tag left is ours: none may carry an event handler.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      assert.deepEqual(tags.filter((t) => /\son[a-z]+\s*=/i.test(t) || /javascript:/i.test(t)), []);
      assert.equal((html.match(/<\/style>/g) ?? []).length, mode === 'preview' ? 2 : 1, 'only our own stylesheets close');
      assert.equal((html.match(/<\/script>/g) ?? []).length, mode === 'preview' ? 1 : 0, 'only our own script closes');
      assert.ok(html.includes('&lt;script&gt;window.__pwned = 1;'));
      assert.ok(html.includes('&quot; onmouseover=&quot;window.__pwned = 6&quot; x=&quot;'));
      assert.ok(html.includes('&#39; autofocus onfocus=&#39;window.__pwned = 7&#39; x=&#39;'));
    });
  }

  it('stays inert in a title attribute too (finding messages quote document text)', () => {
    const bad = check(yaml`
      budget: 1
      region: r
      department: d
      year: 2019
      unit: 万元
      organization: { composition: c, duties: [] }
      overview:
        income: { total: 1, items: [] }
        expenditure: { total: 1, basic: 1, project: 0 }
        change: { total: 0, basic: 0, project: 0 }
      threePublicExpenses: { total: { amount: 0 } }
      performance:
        overallGoal: g
        activities:
          - name: '"><script>window.__pwned=9</script>'
            budget: 1
    `);
    const html = renderDocument(bad, { locale: 'zh-CN', mode: 'export', showFindings: true });
    assert.match(html, /title="[^"]*&quot;&gt;&lt;script&gt;window.__pwned=9/);
    assert.doesNotMatch(html, /<script>/);
  });

  describe('in headless Chromium', function () {
    this.timeout(60000);
    const browser = useChromium();

    /** Loads a page, hovers and focuses what it can, and reports anything that ran or loaded. */
    async function load(html: string): Promise<{ dialogs: string[]; console: string[]; requests: string[]; flag: unknown }> {
      const page = await browser().newPage();
      const seen = { dialogs: [] as string[], console: [] as string[], requests: [] as string[] };
      page.on('dialog', (d) => { seen.dialogs.push(d.message()); void d.dismiss(); });
      page.on('console', (m) => seen.console.push(m.text()));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('about:') || url === 'http://budget.test/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
        seen.requests.push(url);
        return route.abort();
      });
      await page.goto('http://budget.test/');
      await page.waitForLoadState('load');
      // Give event handlers every chance: hover and click every element, then wait.
      // (A string, as the tests compile without DOM types.)
      await page.evaluate(`for (const el of document.querySelectorAll('*')) for (const type of ['mouseover', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: true }))`);
      await page.waitForTimeout(300);
      const flag: unknown = await page.evaluate('window.__pwned');
      await page.close();
      return { ...seen, flag };
    }

    const assertInert = (r: Awaited<ReturnType<typeof load>>) => {
      assert.deepEqual(r.dialogs, []);
      assert.deepEqual(r.console.filter((m) => m.includes('PWNED')), []);
      assert.equal(r.flag, undefined);
      assert.deepEqual(r.requests, []);
    };

    it('runs nothing and loads nothing from the exported page', async () => {
      assertInert(await load(renderDocument(result, { locale: 'zh-CN', mode: 'export', showFindings: true })));
    });

    it('runs nothing even without the page\'s content security policy: escaping alone holds', async () => {
      const html = renderDocument(result, { locale: 'zh-CN', mode: 'export', showFindings: true }).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.doesNotMatch(html, /Content-Security-Policy/);
      assertInert(await load(html));
    });

    it('notices a script that does run (the harness is not blind)', async () => {
      const r = await load('<!DOCTYPE html><p>x</p><img src="https://example.com/a.png"><script>window.__pwned = 1; console.log("PWNED")</script>');
      assert.equal(r.flag, 1);
      assert.deepEqual(r.console.filter((m) => m.includes('PWNED')), ['PWNED']);
      assert.deepEqual(r.requests, ['https://example.com/a.png']);
    });
  });
});

import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { check, type CheckResult } from '../../server/src/core/check/check';
import { fillBody, renderBody, renderBodyParts, renderDocument, type BodyParts, type RenderOptions } from '../../server/src/render';
import { patch, withBlocks } from '../../client/src/preview/patch';
import { generate } from '../../bench/generate';
import { example } from '../helpers';
import { launchChromium } from './chromium';

const ORIGIN = 'http://budget.test';
const MEDIA = join(__dirname, '..', '..', 'media');

/**
 * media/preview.js (built from client/preview-src/) in a real browser, under the preview's own CSP, with
 * VS Code's webview API stubbed: what it posts is recorded.
 */
describe('the preview webview script', function () {
  this.timeout(60000);
  let browser: Browser | undefined;
  let page: Page;
  const text = example();
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
  const options: RenderOptions = {
    locale: 'zh-CN', mode: 'preview', showFindings: true, nonce: 'dGVzdG5vbmNl',
    media: { style: readFileSync(join(MEDIA, 'preview.css'), 'utf8'), script: readFileSync(join(MEDIA, 'preview.js'), 'utf8') },
    resource: 'file:///w/cangzhou-2018.budget.yaml',
  };
  // Each text checked once, the 400 activities' body split once: the tests only render and read them.
  const results = new Map<string, CheckResult>();
  const checked = (source: string): CheckResult => results.get(source) ?? results.set(source, check(source)).get(source)!;
  let generated: { text: string; parts: BodyParts } | undefined;
  const largeOf = () => {
    if (!generated) { const source = generate(400); generated = { text: source, parts: renderBodyParts(checked(source), options) }; }
    return generated;
  };
  const blocked: string[] = [];
  let served = '';
  /** The page of a text, loaded anew, once its script has said it is ready. */
  const load = async (source: string, body?: string): Promise<void> => {
    served = renderDocument(checked(source), options, body);
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "ready")');
  };
  /** The body of a text as the page's root would hold it, parsed whole (the root's own line breaks around it aside). */
  const parsedBody = async (source: string): Promise<string> =>
    page.evaluate(`(() => { const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(renderBody(checked(source), options))}; return t.innerHTML; })()`);
  const cspViolations: string[] = [];

  before(async function () {
    browser = await launchChromium(this);
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
    await page.addInitScript(`
      window.__posted = [];
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
    `);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: served });
      blocked.push(url);
      return route.abort();
    });
    await load(text);
  });
  after(async () => browser?.close());

  const posted = async (): Promise<{ type: string; line?: number }[]> => page.evaluate('window.__posted.splice(0)');
  const scrollY = async (): Promise<number> => page.evaluate('window.scrollY');
  const topOf = async (selector: string): Promise<number> => page.evaluate(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top`);

  it('runs under the preview CSP (its own style and script in the page, under the nonce) and loads nothing', async () => {
    assert.deepEqual(cspViolations, []);
    assert.equal(await page.evaluate('getComputedStyle(document.querySelector("h1")).textAlign'), 'center', 'the nonce\'d stylesheet applies');
    assert.deepEqual(blocked, []);
  });

  it('keeps its document in the state VS Code restores the panel from after a reload', async () => {
    assert.equal(await page.evaluate('window.__state && window.__state.resource'), 'file:///w/cangzhou-2018.budget.yaml');
  });

  it('reports a click on a figure as its source line', async () => {
    await posted();
    await page.click('td[data-path="performance.activities[0].children[0].budget"]');
    // (Clicking scrolls the cell into view, which may also post a revealLine.)
    assert.deepEqual((await posted()).filter((m) => m.type === 'didClick'), [{ type: 'didClick', line: lineOf('budget: 537.00') }]);
  });

  it('scrolls to a source line sent by the extension', async () => {
    const line = lineOf('procurement:');
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    assert.ok(Math.abs(await topOf('#section-procurement')) < 10, `section top at ${await topOf('#section-procurement')}`);
  });

  it('scrolls to a line with a finding where the document shows it, not to the list of problems over the page', async () => {
    const line = lineOf('budget: 1518.81');
    assert.ok(await page.evaluate(`!!document.querySelector('.bd-findings li[data-line="${line}"]')`));
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    // The first place the page shows that figure, after the list and but for the charts (a bar stands for a row): the activity's row.
    const top = await page.evaluate(`[...document.querySelectorAll('#section-performance [data-line="${line}"]')].find((e) => !e.closest('.bd-figure')).getBoundingClientRect().top`) as number;
    assert.ok(await page.evaluate(`!!document.querySelector('#section-performance .bd-figure [data-line="${line}"]')`), 'a chart shows the figure too');
    assert.ok(Math.abs(top) < 10, `top at ${top}`);
    assert.ok(await topOf(`.bd-findings li[data-line="${line}"]`) < -1000);
  });

  it('tells the editor the source line at the top when the user scrolls', async () => {
    await posted();
    const y = await page.evaluate('document.querySelector("#section-assets").getBoundingClientRect().top + window.scrollY');
    await page.evaluate(`window.scrollTo(0, ${y})`);
    await page.waitForTimeout(250);
    const reveals = (await posted()).filter((m) => m.type === 'revealLine');
    assert.ok(reveals.length >= 1);
    const line = reveals[reveals.length - 1]!.line!;
    assert.ok(Math.abs(line - lineOf('assets:')) < 1.5, `revealLine ${line}, assets at ${lineOf('assets:')}`);
  });

  it('tells the editor the line of a row at the top, not of its last cell, and line 0 at the page\'s top, over the list of problems', async () => {
    await posted();
    const row = `tr[data-path="threePublicExpenses.total"]`;
    assert.ok(await page.evaluate(`document.querySelectorAll('${row} > td[data-line]').length > 1`), 'the cells stand on lines of their own');
    const y = await page.evaluate(`Math.round(document.querySelector('${row}').getBoundingClientRect().top + window.scrollY)`);
    await page.evaluate(`window.scrollTo(0, ${y})`);
    await page.waitForTimeout(250);
    const atRow = (await posted()).filter((m) => m.type === 'revealLine');
    // threePublicExpenses.total: its key's line, where its cells' lines follow (amount, previous, changeRate, sources).
    const total = text.split('\n').findIndex((l, i) => i > lineOf('threePublicExpenses:') && l === '  total:');
    assert.equal(Math.floor(atRow[atRow.length - 1]!.line!), total);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(250);
    assert.deepEqual((await posted()).filter((m) => m.type === 'revealLine'), [{ type: 'revealLine', line: 0 }]);
  });

  it('applies a new frame without a reload, keeping the scroll position', async () => {
    await page.evaluate('window.__marker = "same page"');
    await page.evaluate('window.scrollTo(0, 1200)');
    const before = await scrollY();
    assert.ok(before > 0);
    const to = text.replace('region: 沧州经济开发区', 'region: 沧州经济开发区（已修改）');
    const message = patch(renderBodyParts(checked(text), options), renderBodyParts(checked(to), options));
    assert.ok(message.type === 'patch' && message.frame !== undefined);
    await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    await page.waitForFunction('document.body.textContent.includes("沧州经济开发区（已修改）")');
    assert.equal(await page.evaluate('window.__marker'), 'same page');
    assert.equal(await scrollY(), before);
  });

  it('ignores a message that is none of the extension\'s, and one that is malformed', async () => {
    const html = await page.evaluate('document.getElementById("bd-root").innerHTML');
    await page.evaluate(`window.postMessage({ type: 'update', html: '<p>replaced</p>' }, '*')`);
    await page.evaluate(`window.postMessage({ type: 'patch', blocks: { x: 1 }, frame: '<p>replaced</p>' }, '*')`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate('document.getElementById("bd-root").innerHTML'), html);
  });

  it('patches one activity\'s rows in place, the other activities\' elements left as they were', async () => {
    const to = text.replace('name: 综合协调处理', 'name: 综合协调处理（补丁）');
    // An activity is kept when its row elements are the ones marked before the patch.
    await page.evaluate(`window.__kept = () => [...document.querySelectorAll('tbody[data-block]')].filter((el) => el.firstElementChild && el.firstElementChild.__mark === el.id).map((el) => el.id)`);
    const message = patch(renderBodyParts(checked(text), options), renderBodyParts(checked(to), options));
    assert.equal(message.type, 'patch');
    assert.ok(message.type === 'patch' && message.frame === undefined);
    const changed = message.type === 'patch' ? Object.keys(message.blocks) : [];
    assert.equal(changed.length, 1);
    await load(text);
    await page.evaluate(`window.__kept = () => [...document.querySelectorAll('tbody[data-block]')].filter((el) => el.firstElementChild && el.firstElementChild.__mark === el.id).map((el) => el.id)`);
    await page.evaluate(`for (const el of document.querySelectorAll('tbody[data-block]')) el.firstElementChild.__mark = el.id`);
    const all = await page.evaluate('window.__kept()') as string[];
    await posted();
    await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    await page.waitForFunction('document.body.textContent.includes("综合协调处理（补丁）")');
    // Applied, it says so: the extension sends a large page's next blocks only then.
    assert.deepEqual((await posted()).filter((m) => m.type === 'patched'), [{ type: 'patched' }]);
    assert.deepEqual(await page.evaluate('window.__kept()'), all.filter((id) => id !== changed[0]));
    assert.equal(await page.evaluate('document.getElementById("bd-root").innerHTML.trim()'), await parsedBody(to));
  });

  it('swaps a new frame in around the activities already shown, moving their elements', async () => {
    const to = text.replace(/^(\s+)explanation: /m, '$1explanation: 补充说明。');
    assert.notEqual(to, text);
    const message = patch(renderBodyParts(checked(text), options), renderBodyParts(checked(to), options));
    assert.ok(message.type === 'patch' && message.frame !== undefined && Object.keys(message.blocks).length === 0);
    await load(text);
    await page.evaluate(`window.__kept = () => [...document.querySelectorAll('tbody[data-block]')].filter((el) => el.firstElementChild && el.firstElementChild.__mark === el.id).map((el) => el.id)`);
    await page.evaluate(`for (const el of document.querySelectorAll('tbody[data-block]')) el.firstElementChild.__mark = el.id`);
    const all = await page.evaluate('window.__kept()') as string[];
    assert.ok(all.length > 5);
    await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    await page.waitForFunction('document.body.textContent.includes("补充说明。")');
    assert.deepEqual(await page.evaluate('window.__kept()'), all);
    assert.equal(await page.evaluate('document.getElementById("bd-root").innerHTML.trim()'), await parsedBody(to));
  });

  it('keeps the blocks sent after a large page was built out of it until they come near the view, or are scrolled to', async () => {
    const parts = renderBodyParts(checked(text), options);
    const first = (id: string) => ['bd-a-0', 'bd-a-1', 'bd-a-2'].includes(id);
    await load(text, fillBody(withBlocks(parts, first)));
    const rest = Object.fromEntries([...parts.blocks].filter(([id]) => !first(id)));
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: rest })}, '*')`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "patched")');
    const rowsOf = (id: string) => page.evaluate(`document.getElementById('${id}').childElementCount`) as Promise<number>;
    assert.equal(await rowsOf('bd-a-3'), 0);
    await page.evaluate(`window.scrollTo(0, document.getElementById('bd-a-0').getBoundingClientRect().top + window.scrollY)`);
    await page.waitForTimeout(150);
    // Near the view: put in. Far below it: still empty, as tall as its rows will be.
    assert.equal(await rowsOf('bd-a-3'), parts.blocks.get('bd-a-3')!.split('<tr').length - 1);
    assert.equal(await rowsOf('bd-a-45'), 0);
    assert.ok(await page.evaluate(`document.getElementById('bd-a-45').getBoundingClientRect().height`) as number > 40);
    // Scrolled to from the editor: the block holding the line is put in, and the line is at the top.
    const line = lineOf('三十八、卫计政务管理');
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    assert.ok(await rowsOf('bd-a-45') > 0);
    const top = await page.evaluate(`document.querySelector('#bd-a-45 [data-line="${line}"]').getBoundingClientRect().top`) as number;
    assert.ok(Math.abs(top) < 10, `top at ${top}`);
    // Scrolled from the top to the end by the user: every block on the way is put in, and the body is the whole body.
    await page.evaluate('window.scrollTo(0, 0)');
    for (let k = 0; k < 40 && await page.evaluate('document.querySelectorAll("tbody[data-block]:empty").length') as number > 0; k++) {
      await page.evaluate('window.scrollBy(0, 1500)');
      await page.waitForTimeout(50);
    }
    assert.equal(await page.evaluate('document.getElementById("bd-root").innerHTML.trim()'), await parsedBody(text));
  });

  it('puts in the blocks a patch brings near the view, a block above them grown shorter, without a scroll', async () => {
    const parts = renderBodyParts(checked(text), options);
    // The first activity's rows eighty times over: every block after it starts far below the view and waits.
    const tall = new Map(parts.blocks).set('bd-a-0', parts.blocks.get('bd-a-0')!.repeat(80));
    await load(text, fillBody(withBlocks({ frame: parts.frame, blocks: tall }, (id) => id === 'bd-a-0')));
    const rest = Object.fromEntries([...parts.blocks].filter(([id]) => id !== 'bd-a-0'));
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: rest })}, '*')`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "patched")');
    await page.waitForTimeout(100);
    const rowsOf = (id: string) => page.evaluate(`document.getElementById('${id}').childElementCount`) as Promise<number>;
    // The view at the first activity's top; the next block starts beyond the margin under it.
    await page.evaluate(`window.scrollTo(0, document.getElementById('bd-a-0').getBoundingClientRect().top + window.scrollY)`);
    await page.waitForTimeout(100);
    const y = await scrollY();
    assert.ok(await topOf('#bd-a-1') > 800 + 2000, 'the next block starts beyond the near margin');
    assert.equal(await rowsOf('bd-a-1'), 0);
    // The first activity patched to its own rows: the blocks under it move up into the margin and are put in.
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: { 'bd-a-0': parts.blocks.get('bd-a-0') } })}, '*')`);
    await page.waitForFunction('window.__posted.filter((m) => m.type === "patched").length >= 2');
    await page.waitForTimeout(100);
    assert.equal(await scrollY(), y);
    assert.equal(await rowsOf('bd-a-1'), parts.blocks.get('bd-a-1')!.split('<tr').length - 1);
    await load(text);
  });

  it('finds the waiting blocks near the view by halves: a patch asks a few of 400 where they are, not each', async () => {
    const { text: large, parts } = largeOf();
    const first = (id: string) => id === 'bd-a-0';
    await load(large, fillBody(withBlocks(parts, first)));
    const rest = Object.fromEntries([...parts.blocks].filter(([id]) => !first(id)));
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: rest })}, '*')`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "patched")');
    await page.waitForTimeout(100);
    const waiting = await page.evaluate('document.querySelectorAll("tbody[data-block]:empty").length') as number;
    assert.ok(waiting > 350, `${waiting} blocks waiting`);
    // The editor at the 200th activity: its block put in, and a keystroke's patch of it, each asking the blocks' places.
    await page.evaluate(`(() => {
      window.__asked = 0;
      const own = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function () { if (this.matches('tbody[data-block]')) window.__asked++; return own.call(this); };
    })()`);
    const line = large.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('    - name: '))[200]![1];
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    const id = [...parts.blocks.keys()].find((b) => parts.blocks.get(b)!.includes(`data-line="${line}"`))!;
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: { [id]: parts.blocks.get(id) } })}, '*')`);
    await page.waitForFunction('window.__posted.filter((m) => m.type === "patched").length >= 2');
    await page.waitForTimeout(100);
    const asked = await page.evaluate('window.__asked') as number;
    assert.ok(asked < waiting, `${asked} places asked of the blocks`);
    assert.ok(await page.evaluate(`document.getElementById('${id}').childElementCount`) as number > 0);
    await load(text);
  });

  it('reads again the lines of the block a patch changed, not of every element of the page', async () => {
    const { text: large, parts } = largeOf();
    await load(large, fillBody(parts));
    const lines = await page.evaluate('document.querySelectorAll("[data-line]").length') as number;
    const line = large.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('    - name: '))[200]![1];
    // The editor at the 200th activity: the page scrolls back there after each patch.
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    const top = await page.evaluate(`document.querySelector('[data-line="${line}"]').getBoundingClientRect().top`) as number;
    await page.evaluate(`(() => {
      window.__read = 0;
      const own = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) { if (name === 'data-line') window.__read++; return own.call(this, name); };
    })()`);
    const id = [...parts.blocks.keys()].find((b) => parts.blocks.get(b)!.includes(`data-line="${line}"`))!;
    const typed = parts.blocks.get(id)!.replace(/(<td[^>]*bd-name[^>]*>)([^<]*)/, '$1$2X');
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: { [id]: typed } })}, '*')`);
    await page.waitForFunction('window.__posted.filter((m) => m.type === "patched").length >= 1');
    const read = await page.evaluate('window.__read') as number;
    const own = typed.split('data-line=').length - 1;
    assert.ok(read <= own, `${read} lines read, the block has ${own}, the page ${lines}`);
    assert.ok(Math.abs(await page.evaluate(`document.querySelector('[data-line="${line}"]').getBoundingClientRect().top`) as number - top) < 2);
    await load(text);
  });

  it('scrolls to a line of a block not received yet once it arrives, unless the user scrolled meanwhile', async () => {
    const parts = renderBodyParts(checked(text), options);
    await load(text, fillBody(withBlocks(parts, (id) => ['bd-a-0', 'bd-a-1', 'bd-a-2'].includes(id))));
    const line = lineOf('三十八、卫计政务管理');
    await page.evaluate(`window.postMessage({ type: 'scrollTo', line: ${line} }, '*')`);
    await page.waitForTimeout(150);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: { 'bd-a-45': parts.blocks.get('bd-a-45') } })}, '*')`);
    await page.waitForFunction(`!!document.querySelector('#bd-a-45 [data-line="${line}"]')`);
    const top = await page.evaluate(`document.querySelector('#bd-a-45 [data-line="${line}"]').getBoundingClientRect().top`) as number;
    assert.ok(Math.abs(top) < 10, `top at ${top}`);
    // Scrolled by the user (past the moment the page's own scroll is told apart from it): a block arriving later
    // leaves the page where the user put it.
    await page.waitForTimeout(200);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(150);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'patch', blocks: { 'bd-a-46': parts.blocks.get('bd-a-46') } })}, '*')`);
    await page.waitForFunction('window.__posted.filter((m) => m.type === "patched").length >= 2');
    assert.equal(await scrollY(), 0);
  });

  it('shows a notice over the page, keeps it through patches, and takes it away', async () => {
    const notice = 'document.querySelector(".bd-notice")?.textContent ?? null';
    await page.evaluate(`window.postMessage({ type: 'notice', text: '第 4 行：引号没有闭合。预览显示的是最后一次能读取的内容。' }, '*')`);
    await page.waitForFunction('document.querySelector(".bd-notice")');
    assert.equal(await page.evaluate(notice), '第 4 行：引号没有闭合。预览显示的是最后一次能读取的内容。');
    // Outside the body: a patch with a new frame leaves it, and it stays put at the top as the page scrolls.
    assert.equal(await page.evaluate('document.querySelector(".bd-notice").nextElementSibling.id'), 'bd-root');
    await page.evaluate(`window.postMessage({ type: 'patch', frame: ${JSON.stringify(renderBodyParts(checked(text), options).frame)}, blocks: {} }, '*')`);
    assert.equal(await page.evaluate(notice), '第 4 行：引号没有闭合。预览显示的是最后一次能读取的内容。');
    await page.evaluate(`window.postMessage({ type: 'notice', text: '<b>not markup</b>' }, '*')`);
    await page.waitForFunction('document.querySelector(".bd-notice").textContent.startsWith("<b>")');
    assert.equal(await page.evaluate('document.querySelectorAll(".bd-notice b").length'), 0);
    await page.evaluate(`window.postMessage({ type: 'notice', text: null }, '*')`);
    await page.waitForFunction('!document.querySelector(".bd-notice")');
  });

  it('is built with the notice when the page is rendered whole while the text cannot be read', () => {
    const html = renderDocument(checked(text), { ...options, notice: '第 4 行：<引号>' });
    assert.match(html, /<body>\n<div class="bd-notice" role="status">第 4 行：&lt;引号&gt;<\/div>\n<main class="bd-doc" id="bd-root"/);
    assert.doesNotMatch(renderDocument(checked(text), { ...options, mode: 'export', notice: 'x' }), /bd-notice/);
  });
});

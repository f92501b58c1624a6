import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../server/src/core/check/check';
import { allActivities } from '../../server/src/core/format/model';
import { formatPath } from '../../server/src/core/syntax/source';
import { escape, renderBody, renderDocument, type RenderOptions } from '../../server/src/render';
import { inline } from '../../server/src/render/document';
import { example, fixture } from '../helpers';

const EXPORT: RenderOptions = { locale: 'zh-CN', mode: 'export', showFindings: false };
const render = (text: string, options: Partial<RenderOptions> = {}) => renderDocument(check(text), { ...EXPORT, ...options });
const headings = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
/** The opening tag of the element made from `path`. */
const tagOf = (html: string, path: string, tag = '[a-z]+') => new RegExp(`<${tag}[^>]*data-path="${path.replace(/[[\].]/g, '\\$&')}"[^>]*>`).exec(html)?.[0];
const withoutTags = (html: string) => html.replace(/<[^>]+>/g, '');
const consistent = fixture('consistent.budget.yaml');

describe('renderDocument', () => {
  it('names the document on the preview page (escaped), and not on the exported one', () => {
    const result = check(example());
    const preview = renderDocument(result, { locale: 'zh-CN', mode: 'preview', showFindings: false, resource: 'file:///w/a"<b>.budget.yaml' });
    assert.match(preview, /<main class="bd-doc" id="bd-root" data-resource="file:\/\/\/w\/a&quot;&lt;b&gt;\.budget\.yaml">/);
    assert.doesNotMatch(renderDocument(result, { ...EXPORT, resource: 'file:///w/a.budget.yaml' }), /data-resource/);
  });

  it('numbers the nine sections 一 … 九 in the order of the published document', () => {
    assert.deepEqual(headings(render(example())), [
      '一、部门主要职责及机构设置', '二、部门预算安排总体情况', '三、机关运行经费安排情况', '四、财政拨款“三公”经费预算情况及增减变化原因',
      '五、绩效预算信息', '六、政府采购信息', '七、国有资产信息', '八、名词解释', '九、其他需要说明的事项',
    ]);
  });

  it('closes up the numbering when optional sections are absent or empty', () => {
    const text = consistent
      .replace(/^operatingExpenses:\n(?: .*\n)+/m, '')
      .replace(/^procurement:\n(?: .*\n)+/m, '')
      .replace(/^glossary:\n(?: .*\n)+/m, 'glossary: []\n');
    assert.deepEqual(headings(render(text)), [
      '一、部门主要职责及机构设置', '二、部门预算安排总体情况', '三、财政拨款“三公”经费预算情况及增减变化原因',
      '四、绩效预算信息', '五、国有资产信息', '六、其他需要说明的事项',
    ]);
  });

  it('keeps a section that fails the schema in place, so numbering does not jump while typing', () => {
    const html = render(consistent.replace(/^operatingExpenses:\n  amount: .*$/m, 'operatingExpenses:\n  amount: 很多'));
    assert.equal(headings(html)[2], '三、机关运行经费安排情况');
    assert.match(html, /本部分有格式错误，修正后显示。/);
  });

  it('numbers child activities 1、2、… under unnumbered top-level activities', () => {
    const html = render(example());
    const cell = (path: string) => withoutTags(html.split(tagOf(html, path)!)[1]!.split('</td>')[0]!);
    assert.equal(cell('performance.activities[0].name'), '政务服务');
    assert.equal(cell('performance.activities[0].children[0].name'), '1、综合协调');
    assert.equal(cell('performance.activities[0].children[1].name'), '2、会议管理');
  });

  it('prints a name written with its own number (三十八、卫计政务管理) once numbered, not twice', () => {
    const html = render(example());
    assert.doesNotMatch(html, /三十八、卫计政务管理/);
    assert.match(html, />卫计政务管理</);
  });

  it('prints a name as written where its numbering is not flagged: silenced, turned off, or a list of numerals', () => {
    const silenced = example().replace('    - name: 三十八、卫计政务管理', '    # budget-disable-next-line numbering-prefix\n    - name: 三十八、卫计政务管理');
    assert.match(render(silenced), />三十八、卫计政务管理</);
    const html = renderDocument(check(example(), { rules: { 'numbering-prefix': 'off' } }), { locale: 'zh-CN', mode: 'export', showFindings: false });
    assert.match(html, />三十八、卫计政务管理</);
    assert.match(render(example().replace('    - name: 三十八、卫计政务管理', '    - name: 一、二级公路养护')), />一、二级公路养护</);
  });

  it('writes the change sentence from the figures: an increase', () => {
    assert.match(render(example()), /2018年部门预算收支安排49951万元，较2017年预算增加5088万元，其中：基本支出增加2861万元，项目支出增加2227万元。/);
  });

  it('writes the change sentence from the figures: decreases and no change', () => {
    const text = consistent
      .replace('total: 3200.00\n    items', 'total: 2800.00\n    items').replace('- { name: 财政拨款收入, amount: 3000.00 }', '- { name: 财政拨款收入, amount: 2600.00 }')
      .replace(/change:\n    total: 200.00\n    basic: 150.00\n    project: 50.00/, 'change:\n    total: -200.00\n    basic: -200.00\n    project: 0.00');
    const html = render(text);
    assert.match(html, /较2018年预算减少200.00万元，其中：基本支出减少200.00万元，项目支出与上年持平。/);
  });

  it('computes the 三公 sentences from the figures, not from the written rate', () => {
    const html = render(example());
    // The seed wrote 下降4% for 240 → 250; the figures say an increase of 10, 4%.
    assert.match(html, /2018年，沧州经济开发区管理委员会安排“三公”经费250万元，较2017年“三公”经费240万元增加10万元，增长4%。/);
    assert.match(html, /车辆运行费2018年预算安排130万元，较上年减少5万元，同比下降4%/);
    assert.match(html, /因公出国经费2018年预算安排50万元，与上年持平，无增减变化/);
    assert.match(html, /车辆购置费2018年未安排预算/);
  });

  it('rounds a generated rate exactly: 23 over 40 is 57.5%, so 58%', () => {
    const text = consistent
      .replace('reception: { amount: 6, previous: 8, change: -2, changeRate: -25%, sources: { general: 6 } }', 'reception: { amount: 63, previous: 40, change: 23, changeRate: 58%, sources: { general: 63 } }')
      .replace('total: { amount: 40, previous: 43, change: -3, changeRate: -7%, sources: { general: 40 } }', 'total: { amount: 97, previous: 75, change: 22, changeRate: 29%, sources: { general: 97 } }');
    assert.deepEqual(check(text).findings, []);
    assert.match(render(text), /公务接待费2019年预算安排63万元，较上年增加23万元，同比增长58%/);
  });

  it('says "as follows" of the procurement budget only when a table of items follows', () => {
    const html = render(consistent.replace(/procurement:\n  total: 105\n  items:\n(?: {4}- .*\n)+/, 'procurement:\n  total: 0\n  items: []\n'));
    assert.match(html, /2019年示范区政府采购预算安排0万元。/);
    assert.doesNotMatch(html, /具体内容如下/);
    assert.match(render(consistent), /政府采购预算安排105万元，具体内容如下：/);
  });

  it('tells a 三公 row\'s change when last year is not written but the change is', () => {
    const text = consistent.replace('reception: { amount: 6, previous: 8, change: -2, changeRate: -25%, sources: { general: 6 } }', 'reception: { amount: 6, change: -2, changeRate: -25%, sources: { general: 6 } }');
    assert.deepEqual(check(text).findings.filter((f) => f.severity === 'error'), []);
    assert.match(render(text), /公务接待费2019年预算安排6万元，较上年减少2万元，同比下降25%/);
  });

  it('clips a long 三公 row label in its chart rather than shrink the whole chart to fit it', () => {
    const label = '公务用车运行维护费（含燃料费、维修费、过路过桥费、保险费等）';
    const html = render(consistent.replace('  vehicleOperation:\n', `  vehicleOperation:\n    label: ${label}\n`));
    const svg = /<svg class="bd-chart" id="bd-chart-three-public" viewBox="0 0 (\d+) \d+"[\s\S]*?<\/svg>/.exec(html)!;
    const normal = /<svg class="bd-chart" id="bd-chart-three-public" viewBox="0 0 (\d+) \d+"/.exec(render(consistent))!;
    assert.ok(Number(svg[1]) <= Number(normal[1]) + 4 * 90, `${svg[1]} wide, against ${normal[1]}`);
    assert.match(svg[0], />公务用车运行维护费（含燃料费…<\/text>/);
    assert.ok(svg[0].includes(label), 'the whole label stays in the chart\'s description');
  });

  it('shows amounts in the document unit with their decimals as written', () => {
    const html = render(example());
    const cell = (path: string) => withoutTags(html.split(tagOf(html, path)!)[1]!.split('</td>')[0]!);
    assert.equal(cell('performance.activities[0].budget'), '587.00');
    assert.equal(cell('performance.activities[0].children[1].budget'), '50.00');
    assert.equal(cell('threePublicExpenses.total.amount'), '250');
    assert.match(html, /机关运行经费安排947\.8万元/);
    assert.match(html, /单位：万元/);
  });

  it('has every table of the seed and a row for every activity and indicator of the example', () => {
    const result = check(example());
    const html = renderDocument(result, EXPORT);
    for (const table of ['organization.units', 'threePublicExpenses', 'performance.activities', 'procurement.items', 'assets.items']) {
      assert.ok(tagOf(html, table, 'table'), table);
    }
    for (const node of allActivities(result.model.activities)) {
      assert.match(tagOf(html, formatPath(node.path)) ?? '', /^<tr/, formatPath(node.path));
      (node.activity.indicators ?? []).forEach((_, i) => assert.ok(tagOf(html, `${formatPath(node.path)}.indicators[${i}].name`), `${formatPath(node.path)} indicator ${i}`));
    }
    for (let i = 0; i < 7; i++) assert.ok(tagOf(html, `procurement.items[${i}]`));
    assert.equal((html.match(/<svg /g) ?? []).length, 3);
  });

  it('puts the source line on elements, for scroll sync and click-to-source', () => {
    const text = example();
    const html = render(text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
    assert.match(tagOf(html, 'performance.activities[0].children[0].budget')!, new RegExp(`data-line="${lineOf('budget: 537.00')}"`));
    assert.match(tagOf(html, 'assets.items[1]')!, new RegExp(`data-line="${lineOf('name: 汽车')}"`));
  });

  it('outlines the cell of a wrong total with its message, only when findings are shown', () => {
    const shown = render(example(), { showFindings: true });
    const cell = tagOf(shown, 'performance.activities[9].budget', 'td')!;
    assert.match(cell, /class="bd-num bd-finding bd-finding-error"/);
    assert.match(cell, /title="预算数 29155.00 与下级合计 9205.00 不符/);
    assert.match(shown, /<aside class="bd-findings">/);
    const hidden = render(example(), { showFindings: false });
    assert.doesNotMatch(hidden, /class="[^"]*bd-finding|<aside/);
  });

  it('tells the findings in the user\'s language, the page in its own: an English UI over a Chinese page', () => {
    const shown = render(example(), { showFindings: true, messageLocale: 'en' });
    assert.match(shown, /<html lang="zh-CN">/);
    assert.match(shown, /<h2>一、部门主要职责及机构设置<\/h2>/);
    assert.match(tagOf(shown, 'performance.activities[9].budget', 'td')!, /title="Budget 29155.00 does not match the sum of its children 9205.00/);
    assert.match(shown, /<summary>42 problems in this document<\/summary>/);
    assert.doesNotMatch(shown.split('<aside class="bd-findings">')[1]!.split('</aside>')[0]!, /预算数/);
  });

  it('outlines cells and headings, never a whole table or section', () => {
    const shown = render(example(), { showFindings: true });
    assert.doesNotMatch(tagOf(shown, 'performance.activities', 'table')!, /bd-finding/);
    assert.doesNotMatch(tagOf(shown, 'performance.activities[9]', 'tr')!, /bd-finding/);
    assert.match(tagOf(shown, 'performance.activities', 'h3')!, /class="bd-finding bd-finding-error" [^>]*title="[^"]*69922.14/);
  });

  it('loads nothing from the network in the export: no http(s) in src, href or url()', () => {
    const html = render(example());
    assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    assert.doesNotMatch(html, /url\(\s*["']?\s*(?:https?:)?\/\//i);
    assert.doesNotMatch(html, /<link|<script|@import/i);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;sha256-/);
  });

  it('prints on A4 with repeated table heads and CJK font fallbacks', () => {
    const html = render(example());
    assert.match(html, /@page \{ size: A4;/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
    assert.match(html, /"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"/);
    assert.match(html, /class="bd-table-block bd-large"><h3[^>]*>职责活动绩效预算表<\/h3><div class="bd-unit">单位：万元<\/div><div class="bd-table-scroll"><table[^>]*data-path="performance.activities"/);
  });

  it('renders a preview page that holds its own stylesheet and script under the nonce, loads nothing and has no inline style attributes', () => {
    const media = { style: readFileSync(join(__dirname, '..', '..', 'media', 'preview.css'), 'utf8'), script: readFileSync(join(__dirname, '..', '..', 'media', 'preview.js'), 'utf8') };
    const html = render(example(), { mode: 'preview', showFindings: true, nonce: 'abc123', media });
    assert.match(html, /content="default-src &#39;none&#39;; img-src data:; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;"/);
    assert.equal((html.match(/<style nonce="abc123">/g) ?? []).length, 2);
    assert.ok(html.includes(`<style nonce="abc123">${media.style}</style>\n<title>`));
    assert.ok(html.includes(`</main>\n<script nonce="abc123">${media.script}</script>\n</body>`));
    assert.equal((html.match(/<\/script/gi) ?? []).length, 1);
    assert.doesNotMatch(html, /<link|<script[^>]*\ssrc=/);
    assert.doesNotMatch(html, /\sstyle=/);
  });

  it('refuses a stylesheet or script that would end its element before its end', () => {
    assert.throws(() => inline('const t = "</script>";', 'script'), /^Error: media\/preview\.js holds what would end its <script> element$/);
    assert.throws(() => inline('s = "<!--"', 'script'), /media\/preview\.js/);
    assert.throws(() => inline('/* </STYLE> */', 'style'), /^Error: media\/preview\.css holds what would end its <style> element$/);
    assert.equal(inline('if (a < b && c > d) x = "<\\/script>";', 'script'), 'if (a < b && c > d) x = "<\\/script>";');
  });

  it('renders the generated text in English with --locale en, leaving the document text as written', () => {
    const html = render(example(), { locale: 'en' });
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h2>1\. Main duties and organisation<\/h2>/);
    assert.match(html, /The 2018 department budget arranges 49951 万元, up 5088 万元 on the 2017 budget; basic expenditure up 2861 万元, project expenditure up 2227 万元\./);
    assert.match(html, />综合协调处理</);
    // An unchanged row is said to be unchanged once.
    assert.match(html, /因公出国经费: 50 万元 in 2018, unchanged from last year;/);
    // The overview's parts are (a) (b) (c), not 1. 2. 3. like the sections around them; brackets are half-width.
    assert.deepEqual(html.match(/<h3>\([abc]\) [^<]*<\/h3>/g)?.slice(0, 3), ['<h3>(a) Income</h3>', '<h3>(b) Expenditure</h3>', '<h3>(c) Change against last year</h3>']);
    assert.doesNotMatch(html, /<h3>\d\. /);
    assert.match(html, /17989 \(36\.0%\)<\/text>/);
    assert.doesNotMatch(html, /（\d+\.\d%）/);
  });

  it('renders the body alone for live updates', () => {
    const body = renderBody(check(example()), EXPORT);
    assert.doesNotMatch(body, /<html|<head|<main/);
    assert.match(body, /^<h1/);
  });

  it('draws charts with accessible titles and the figures as written', () => {
    const html = render(example());
    assert.match(html, /<svg class="bd-chart" id="bd-chart-composition"[^>]*role="img" aria-labelledby="bd-chart-composition-title bd-chart-composition-desc"><title id="bd-chart-composition-title">支出构成（万元）<\/title>/);
    assert.match(html, /<title>区委事务管理 29155.00<\/title>/);
  });
});

describe('escape', () => {
  it('escapes the five characters that can change HTML structure', () => {
    assert.equal(escape(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

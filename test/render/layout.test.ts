import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../server/src/core/check/check';
import { renderDocument } from '../../server/src/render';
import { consistentWith } from '../helpers';
import { useChromium } from './chromium';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cangzhou-2018.budget.yaml');

describe('the rendered page in headless Chromium', function () {
  this.timeout(60000);
  const browser = useChromium();

  it('keeps a long unbroken Latin word inside the page width (tables and text wrap it)', async () => {
    const word = 'ProjectManagementInformationSystemMaintenanceAndUpgradeServicesForTheDistrictFinanceBureau';
    const text = consistentWith('    - name: 政务服务', `    - name: ${word}`).replace('name: 信息技术服务', `name: ${word}`)
      .replace('    reasons: 基本支出增加主要是人员调资。', `    reasons: ${word}。`);
    const html = renderDocument(check(text), { locale: 'zh-CN', mode: 'export', showFindings: false });
    const page = await browser().newPage({ viewport: { width: 800, height: 1000 } });
    await page.setContent(html);
    assert.ok(html.includes(word));
    // (Strings, as the tests compile without DOM types.)
    assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 800);
    await page.close();
  });

  for (const width of [375, 600, 1280]) {
    it(`at ${width} px, breaks no threshold or code, and keeps the text columns of the performance table readable`, async () => {
      const html = renderDocument(check(readFileSync(EXAMPLE, 'utf8')), { locale: 'zh-CN', mode: 'export', showFindings: false });
      const page = await browser().newPage({ viewport: { width, height: 1000 } });
      await page.setContent(html);
      // The page itself never scrolls sideways; a table wider than it scrolls in its own box.
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), width);
      // Each grade (≥90%) and procurement code (B021502) on one line: its text has one line box.
      const broken = await page.evaluate(`[...document.querySelectorAll('td.bd-token')].filter((td) => {
        const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1;
      }).map((td) => td.textContent)`) as string[];
      const tokens = await page.evaluate(`document.querySelectorAll('td.bd-token').length`) as number;
      assert.ok(tokens > 300, `${tokens} grade and code cells`);
      assert.deepEqual(broken, []);
      // 内容描述 at least eight characters wide (at 375 px it was 38 px, a character a line).
      const content = await page.evaluate(`document.querySelector('table.bd-perf tbody td:nth-child(3)').getBoundingClientRect().width`) as number;
      assert.ok(content >= 8 * 15, `content column ${content} px`);
      await page.close();
    });
  }

  it('prints to A4 with every table inside the page, and no threshold broken', async () => {
    const html = renderDocument(check(readFileSync(EXAMPLE, 'utf8')), { locale: 'zh-CN', mode: 'export', showFindings: false });
    const page = await browser().newPage({ viewport: { width: 1000, height: 1000 } });
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    // A4 less the 15 mm margins, at 96 px an inch: 180 mm.
    await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
    const widest = await page.evaluate(`Math.max(...[...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right))`) as number;
    assert.ok(widest <= Math.floor((180 / 25.4) * 96), `a table reaches ${widest} px`);
    const broken = await page.evaluate(`[...document.querySelectorAll('td.bd-token')].filter((td) => {
      const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1;
    }).length`) as number;
    assert.equal(broken, 0);
    await page.close();
  });
});

import { strict as assert } from 'assert';
import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { check } from '../../server/src/core/check';
import { renderDocument } from '../../server/src/render';
import { consistentWith } from '../helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the rendered page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}`);
      this.skip();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  after(async () => browser?.close());

  it('keeps a long unbroken Latin word inside the page width (tables and text wrap it)', async () => {
    const word = 'ProjectManagementInformationSystemMaintenanceAndUpgradeServicesForTheDistrictFinanceBureau';
    const text = consistentWith('    - name: 政务服务', `    - name: ${word}`).replace('name: 信息技术服务', `name: ${word}`)
      .replace('    reasons: 基本支出增加主要是人员调资。', `    reasons: ${word}。`);
    const html = renderDocument(check(text), { locale: 'zh-CN', mode: 'export', showFindings: false });
    const page = await browser!.newPage({ viewport: { width: 800, height: 1000 } });
    await page.setContent(html);
    assert.ok(html.includes(word));
    // (Strings, as the tests compile without DOM types.)
    assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 800);
    await page.close();
  });
});

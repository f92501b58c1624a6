import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check';
import { renderDocument } from '../../server/src/render';
import { consistentWith } from '../helpers';
import { useChromium } from './chromium';

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
});

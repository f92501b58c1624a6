import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { renderBodyParts, renderPreview, type RenderOptions } from '../../server/src/render';
import { example } from '../helpers';

const PREVIEW: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: true };

describe('what the preview shows of a version (renderPreview)', () => {
  const text = example();
  const at = text.indexOf('综合协调处理');
  // An opening quote, as typed: until it is closed, the text is not YAML.
  const unclosed = text.slice(0, at) + '"' + text.slice(at);
  const good = check(text);

  it('shows a readable version as it is, with no notice, and keeps it as the last readable one', () => {
    const edited = check(text.replace('综合协调处理', '综合协调'));
    const page = renderPreview(edited, good, PREVIEW);
    assert.equal(page.shown, edited);
    assert.equal(page.readable, edited);
    assert.equal(page.notice, null);
    assert.deepEqual(page.parts, renderBodyParts(edited, PREVIEW));
  });

  it('keeps the last readable version while the text cannot be read, under its first syntax error and line', () => {
    const page = renderPreview(check(unclosed), good, PREVIEW);
    assert.equal(page.shown, good);
    assert.equal(page.readable, good);
    assert.equal(page.notice, '第 114 行：YAML 语法错误：引号 " 没有闭合，请在值的末尾补上 "。预览显示的是最后一次能读取的内容。');
    assert.deepEqual(page.parts, renderBodyParts(good, PREVIEW));
  });

  it('says so in the messages\' language, the page\'s own text staying in its locale', () => {
    const page = renderPreview(check(unclosed), good, { ...PREVIEW, messageLocale: 'en' });
    assert.equal(page.notice, 'Line 114: YAML syntax error: this " quote is never closed; add a closing " at the end of the value. The preview shows the document as it last could be read.');
    assert.match(page.parts.frame, /一、部门主要职责及机构设置/);
  });

  it('says why a YAML that is no mapping cannot be shown', () => {
    const page = renderPreview(check('- a\n- b\n'), good, PREVIEW);
    assert.equal(page.shown, good);
    assert.equal(page.notice, '文件内容不是映射（键: 值），没有可导出的内容。预览显示的是最后一次能读取的内容。');
  });

  it('shows an unreadable first version as it is, with no notice and no readable version to keep', () => {
    const result = check(unclosed);
    const page = renderPreview(result, undefined, PREVIEW);
    assert.equal(page.shown, result);
    assert.equal(page.readable, undefined);
    assert.equal(page.notice, null);
  });
});

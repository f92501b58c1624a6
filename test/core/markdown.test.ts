import { strict as assert } from 'assert';
import { escapeMarkdown, markdownToPlain, snippetToPlain } from '../../server/src/core/features/markdown';

describe('markdown and snippets as plain text (for clients that show neither)', () => {
  it('drops bold, italic and code marks, and writes back what was escaped, document text exactly as written', () => {
    const name = '[x](command:run) **not bold** `c` <img> a\\b & 1.5 *';
    assert.equal(markdownToPlain(`**支出总计** · ${escapeMarkdown(name)}\n\n\`3200.00 = 2400.00 + 800.00\` ✓\n\n*本文件名词解释*`),
      `支出总计 · ${name}\n\n3200.00 = 2400.00 + 800.00 ✓\n\n本文件名词解释`);
  });

  it('writes a placeholder as its text, a choice as its first option, and drops tab stops', () => {
    assert.equal(snippetToPlain('name: ${1:职责活动}\n  category: ${3|货物,工程,服务|}\n  code: ${4}$0 \\$5'), 'name: 职责活动\n  category: 货物\n  code:  $5');
  });
});

import { strict as assert } from 'assert';
import { check } from '../server/src/core';
import { NEW_DOCUMENT_DEPARTMENT, newDocument, newDocumentName } from '../client/src/template';

describe('New Budget Document template', () => {
  for (const year of [2025, 2026, 2031]) {
    it(`for ${year}: year ${year}, assets as of ${year - 1}-12-31, and no finding at all`, () => {
      const text = newDocument(year);
      assert.match(text, new RegExp(`^year: ${year}$`, 'm'));
      assert.match(text, new RegExp(`^  asOf: '${year - 1}-12-31'$`, 'm'));
      assert.match(text, new RegExp(`^department: ${NEW_DOCUMENT_DEPARTMENT}$`, 'm'));
      assert.deepEqual(check(text).findings.map((f) => `${f.rule}: ${f.message.en}`), []);
    });
  }

  it('proposes <department>.budget.yaml, numbered when taken, with no character a file system refuses', () => {
    assert.equal(newDocumentName('示范区管理委员会'), '示范区管理委员会.budget.yaml');
    assert.equal(newDocumentName('示范区管理委员会', 2), '示范区管理委员会-2.budget.yaml');
    assert.equal(newDocumentName('财政局/办公室: "A"'), '财政局办公室A.budget.yaml');
    assert.equal(newDocumentName(' / '), 'budget.budget.yaml');
  });
});

import { strict as assert } from 'assert';
import { generate } from '../../bench/generate';
import { check } from '../../server/src/core/check/check';
import { buildPage, renderBodyParts, RenderCache, type RenderOptions } from '../../server/src/render';
import type { Table } from '../../server/src/render/page';

const PREVIEW: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: true };

function performanceTable(page: ReturnType<typeof buildPage>): Table {
  const section = page.blocks.find((b) => b.kind === 'section' && b.key === 'performance');
  const table = section && 'blocks' in section ? section.blocks.find((b): b is Table => b.kind === 'table') : undefined;
  assert.ok(table);
  return table;
}

describe('the page as data', () => {
  it('makes an activity\'s rows when they are read, as many as it says, and again at each reading', () => {
    const result = check(generate(5));
    const table = performanceTable(buildPage(result, { locale: 'zh-CN', showFindings: false }));
    assert.equal(table.bodies.length, result.model.activities.length);
    for (const body of table.bodies) {
      assert.equal(body.rows.length, body.size);
      assert.notStrictEqual(body.rows, body.rows);
    }
  });

  it('keeps in the cache an activity\'s written rows, not the rows: a cached activity comes without them', () => {
    const result = check(generate(5));
    const cache = new RenderCache();
    const parts = renderBodyParts(result, PREVIEW, cache);
    const again = performanceTable(buildPage(result, PREVIEW, cache));
    assert.deepEqual(again.bodies.map((b) => [b.rows.length, b.cached?.written]), [...parts.blocks.values()].map((html) => [0, html]));
    assert.equal(again.large, true);
  });
});

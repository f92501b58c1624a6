import { strict as assert } from 'assert';
import { generate } from '../../bench/generate';
import { check, type CheckResult } from '../../server/src/core/check/check';
import { recheck } from '../../server/src/core/check/incremental';
import type { ActivityNode } from '../../server/src/core';
import { fillBody as filled, LaterBlocks, renderBody, renderBodyParts, RenderCache, type RenderOptions } from '../../server/src/render';
import type { ActivityBudget } from '../../server/src/render/page';
import { example } from '../helpers';

const PREVIEW: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: true };

/** Inserts after the first `marker` past a fraction of the text; also says which top-level activity that is in. */
function edit(text: string, marker: string, from: number, insert: string): { text: string; block: string } {
  const at = text.indexOf(marker, Math.floor(text.length * from)) + marker.length;
  const block = `bd-a-${text.slice(0, at).split('\n    - name: ').length - 2}`;
  return { text: text.slice(0, at) + insert + text.slice(at), block };
}

describe('preview parts', () => {
  it('give the body exactly once the blocks are filled in: one <tbody> per top-level activity', () => {
    for (const text of [example(), generate(12)]) {
      const result = check(text);
      const parts = renderBodyParts(result, PREVIEW);
      assert.strictEqual(parts.blocks.size, result.model.activities.length);
      assert.deepStrictEqual([...parts.blocks.keys()], result.model.activities.map((_, i) => `bd-a-${i}`));
      assert.strictEqual(filled(parts), renderBody(result, PREVIEW));
    }
  });

  it('render again only the activity an edit touched, and agree with a fresh render', () => {
    const cache = new RenderCache();
    let text = generate(12);
    let result: CheckResult = check(text);
    let before = renderBodyParts(result, PREVIEW, cache);
    // typed into a content; a digit of a budget changed (a sum mismatch appears on that activity); typed into a goal
    for (const [marker, from, insert] of [['content: ', 0.5, '的'], ['budget: 1', 0.2, '9'], ['goal: ', 0.8, '新']] as const) {
      const edited = edit(text, marker, from, insert);
      text = edited.text;
      result = recheck(result, text);
      const after = renderBodyParts(result, PREVIEW, cache);
      assert.strictEqual(filled(after), renderBody(check(text), PREVIEW), `after ${marker}`);
      const changed = [...after.blocks].filter(([id, html]) => html !== before.blocks.get(id)).map(([id]) => id);
      assert.deepStrictEqual(changed, [edited.block], `after ${marker}`);
      before = after;
    }
  });

  it('render the activities below a new line again (their source lines moved), and keep those above', () => {
    const cache = new RenderCache();
    const text = generate(6);
    const result = check(text);
    const before = renderBodyParts(result, PREVIEW, cache);
    const { text: edited, block } = edit(text, '\n      goal: ', 0.4, '');
    const at = edited.indexOf('\n      goal: ', Math.floor(text.length * 0.4)) + 1;
    const withLine = edited.slice(0, at) + '      # 注释\n' + edited.slice(at);
    const next = recheck(result, withLine);
    assert.strictEqual(next.model.activities[0], result.model.activities[0], 'took the incremental check');
    const after = renderBodyParts(next, PREVIEW, cache);
    assert.strictEqual(filled(after), renderBody(check(withLine), PREVIEW));
    const kept = [...after.blocks].filter(([id, html]) => html === before.blocks.get(id)).map(([id]) => id);
    const n = Number(block.slice(5));
    assert.ok(n > 0 && n < 5, block);
    assert.deepStrictEqual(kept, Array.from({ length: n }, (_, i) => `bd-a-${i}`));
  });

  it('read each top-level activity\'s budget once for the chart of the largest, again only for the activity an edit replaced', () => {
    class Counting extends RenderCache {
      reads: string[] = [];
      override budget(node: ActivityNode, read: () => ActivityBudget | undefined): ActivityBudget | undefined {
        return super.budget(node, () => {
          this.reads.push(String(node.path[2]));
          return read();
        });
      }
    }
    const cache = new Counting();
    const text = generate(12);
    const result = check(text);
    const before = renderBodyParts(result, PREVIEW, cache, true);
    assert.deepStrictEqual(cache.reads, Array.from({ length: 12 }, (_, i) => String(i)));
    renderBodyParts(result, PREVIEW, cache, true);
    assert.strictEqual(cache.reads.length, 12);
    // A top-level activity's budget (its key indented six spaces) made the largest: the chart and the sum's finding change.
    const edited = edit(text, '\n      budget: ', 0.5, '9');
    const next = recheck(result, edited.text);
    assert.strictEqual(next.model.activities[0], result.model.activities[0], 'took the incremental check');
    const after = renderBodyParts(next, PREVIEW, cache, true);
    assert.deepStrictEqual(cache.reads.slice(12), [edited.block.slice(5)]);
    assert.notStrictEqual(after.frame, before.frame);
    assert.strictEqual(filled(after), renderBody(check(edited.text), PREVIEW));
  });

  it('render everything again when the locale changes', () => {
    const cache = new RenderCache();
    const result = check(generate(3));
    renderBodyParts(result, PREVIEW, cache);
    const english = renderBodyParts(result, { ...PREVIEW, locale: 'en' }, cache);
    assert.strictEqual(filled(english), renderBody(result, { ...PREVIEW, locale: 'en' }));
  });

  it('written as read: no block is written before it is read, and each reads as written at once, across edits', () => {
    const cache = new RenderCache();
    let text = generate(12);
    let result: CheckResult = check(text);
    const unwritten = (r: CheckResult) => r.model.activities.filter((node) => cache.get(node)?.written === undefined).length;
    const before = renderBodyParts(result, PREVIEW, cache, true);
    assert.ok(before.blocks instanceof LaterBlocks);
    assert.strictEqual(before.blocks.size, 12);
    assert.strictEqual(unwritten(result), 12);
    const eager = renderBodyParts(result, PREVIEW);
    assert.strictEqual(before.frame, eager.frame);
    assert.strictEqual(before.blocks.get('bd-a-3'), eager.blocks.get('bd-a-3'));
    assert.strictEqual(unwritten(result), 11);
    assert.strictEqual((before.blocks as LaterBlocks).lineOf('bd-a-5'), Number(/data-line="(\d+)"/.exec(eager.blocks.get('bd-a-5')!)![1]));
    // An edit in activity 7: the others, read or not, come back from the cache as they were; 7 is new and unread.
    const edited = edit(text, 'content: ', 0.6, '的');
    text = edited.text;
    result = recheck(result, text);
    const after = renderBodyParts(result, PREVIEW, cache, true) as { frame: string; blocks: LaterBlocks };
    assert.strictEqual(unwritten(result), 11);
    const same = [...after.blocks.keys()].filter((id) => after.blocks.same(id, before.blocks));
    // Compared without writing, but for the block the edit changed (read, to tell): its entry is new.
    assert.strictEqual(unwritten(result), 10);
    assert.deepStrictEqual(same, [...after.blocks.keys()].filter((id) => id !== edited.block));
    assert.strictEqual(filled(after), renderBody(check(text), PREVIEW));
    assert.strictEqual(unwritten(result), 0);
    // The block left unread before the edit reads as before it.
    assert.strictEqual(before.blocks.get('bd-a-0'), eager.blocks.get('bd-a-0'));
    assert.deepStrictEqual(new Map(after.blocks), renderBodyParts(check(text), PREVIEW).blocks);
  });
});

import { strict as assert } from 'assert';
import { generate } from '../../bench/generate';
import { check, type CheckResult } from '../../server/src/core/check/check';
import { recheck } from '../../server/src/core/check/incremental';
import { fillBody, renderBody, renderBodyParts, RenderCache, type BodyParts, type RenderOptions } from '../../server/src/render';
import { changedUnsent, CHUNK_BYTES, FIRST_BYTES, firstBlocks, nearestFirst, nextChunk, patch, WHOLE_PAGE_BYTES, withBlocks } from '../../client/src/preview/patch';
import { example } from '../helpers';

const PREVIEW: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: true };
const size = (parts: BodyParts, ids: Iterable<string>) => [...ids].reduce((n, id) => n + parts.blocks.get(id)!.length, 0);

describe('the preview\'s patches and the filling of a large page', () => {
  const large = renderBodyParts(check(generate(400)), PREVIEW);

  it('builds a page of the seed document whole', () => {
    const parts = renderBodyParts(check(example()), PREVIEW);
    const { first, rest } = firstBlocks(parts, 500);
    assert.deepEqual([...first], [...parts.blocks.keys()]);
    assert.deepEqual(rest, []);
  });

  it('builds a large page with the blocks nearest its line, then sends the rest nearest first, each once', () => {
    const lineOf = (id: string) => Number(/data-line="(\d+)"/.exec(large.blocks.get(id)!)![1]);
    const middle = lineOf('bd-a-200');
    const { first, rest } = firstBlocks(large, middle);
    assert.ok(first.has('bd-a-200'));
    assert.ok(!first.has('bd-a-0') && !first.has('bd-a-399'));
    assert.ok(size(large, first) >= FIRST_BYTES && size(large, first) < FIRST_BYTES + 20_000, `${size(large, first)} bytes first`);
    const far = Math.max(...[...first].map((id) => Math.abs(lineOf(id) - middle)));
    assert.ok(rest.every((id) => Math.abs(lineOf(id) - middle) >= far));
    assert.deepEqual(rest.map((id) => Math.abs(lineOf(id) - middle)), rest.map((id) => Math.abs(lineOf(id) - middle)).sort((a, b) => a - b));
    const queue = [...rest];
    const sent: string[] = [];
    while (queue.length > 0) {
      const chunk = nextChunk(large, queue);
      assert.ok(size(large, Object.keys(chunk)) < CHUNK_BYTES + 20_000);
      for (const [id, html] of Object.entries(chunk)) {
        assert.equal(html, large.blocks.get(id));
        sent.push(id);
      }
    }
    assert.deepEqual(sent, rest);
    assert.equal(first.size + sent.length, large.blocks.size);
  });

  it('a page built with some blocks fills in to the whole body', () => {
    const some = withBlocks(large, (id) => id === 'bd-a-3');
    assert.deepEqual([...some.blocks.keys()], ['bd-a-3']);
    assert.equal(fillBody(withBlocks(large, () => true)), renderBody(check(generate(400)), PREVIEW));
    assert.match(fillBody(some), /<tbody id="bd-a-4" data-block><\/tbody>/);
  });

  it('leaves the blocks not sent yet out of a patch, and sends a new activity\'s block', () => {
    const text = generate(400);
    const edited = text.replace(/(\n {4}- name: [^\n]+)/, '$1改');
    const before = renderBodyParts(check(text), PREVIEW);
    const after = renderBodyParts(check(edited), PREVIEW);
    assert.deepEqual(patch(before, after), { type: 'patch', blocks: { 'bd-a-0': after.blocks.get('bd-a-0') } });
    assert.deepEqual(patch(before, after, new Set(['bd-a-0'])), { type: 'patch', blocks: {} });
    const fewer = withBlocks(before, (id) => id !== 'bd-a-399');
    assert.deepEqual(Object.keys(patch(fewer, before).blocks), ['bd-a-399']);
  });

  it('sends a block not sent yet with the edit that changed it, and only that one', () => {
    const text = generate(400);
    // A character at the end of a content in the middle: that activity's block changes, no line moves.
    const end = text.indexOf('\n', text.indexOf('      content: ', Math.floor(text.length / 2)));
    const before = renderBodyParts(check(text), PREVIEW);
    const edited = renderBodyParts(check(`${text.slice(0, end)}改${text.slice(end)}`), PREVIEW);
    const unsent = [...before.blocks.keys()].filter((id) => id !== 'bd-a-0');
    const changed = changedUnsent(before, edited, unsent);
    assert.equal(Object.keys(changed).length, 1);
    const [id] = Object.keys(changed);
    assert.match(changed[id!]!, /改</);
    assert.deepEqual(changedUnsent(before, before, unsent), {});
  });

  it('reorders the blocks not sent yet nearest a line the editor scrolled to', () => {
    const lineOf = (id: string) => Number(/data-line="(\d+)"/.exec(large.blocks.get(id)!)![1]);
    const ids = ['bd-a-0', 'bd-a-100', 'bd-a-300', 'bd-a-301', 'bd-a-399'];
    assert.deepEqual(nearestFirst(large, ids, lineOf('bd-a-300')), ['bd-a-300', 'bd-a-301', 'bd-a-399', 'bd-a-100', 'bd-a-0']);
  });

  it('skips an activity removed before its block was sent', () => {
    const queue = ['bd-a-9999', 'bd-a-1'];
    assert.deepEqual(Object.keys(nextChunk(large, queue)), ['bd-a-1']);
    assert.deepEqual(queue, []);
  });

  it('with blocks written as read: writes the first blocks (which say the page is large), no other until sent, and fills in to the whole body', () => {
    const cache = new RenderCache();
    let text = generate(400);
    let result: CheckResult = check(text);
    const written = () => result.model.activities.filter((node) => cache.get(node)?.written !== undefined).length;
    const parts = renderBodyParts(result, PREVIEW, cache, true);
    assert.equal(written(), 0);
    const middle = large.blocks.get('bd-a-200')!;
    const line = Number(/data-line="(\d+)"/.exec(middle)![1]);
    const { first, rest } = firstBlocks(parts, line);
    // The same choice as from blocks all written.
    assert.deepEqual(firstBlocks(large, line), { first, rest });
    const read = written();
    // Read: the first blocks alone, 400 blocks of their size making more than a whole page's bytes.
    assert.ok(size(large, first) * 400 / first.size > WHOLE_PAGE_BYTES);
    assert.deepEqual(result.model.activities.map((node, i) => (cache.get(node)?.written !== undefined ? `bd-a-${i}` : '')).filter(Boolean).sort(), [...first].sort());
    assert.equal(read, first.size);
    let shown = withBlocks(parts, (id) => first.has(id));
    let latest = parts;
    let unsent = [...rest];
    assert.equal(written(), read);
    // One chunk sent, then an edit far from the view, in a block not sent yet: it goes with the edit, nothing else is written.
    const chunk = nextChunk(latest, unsent);
    shown = { frame: shown.frame, blocks: new Map([...shown.blocks, ...Object.entries(chunk)]) };
    const target = unsent.at(-1)!;
    const n = Number(target.slice(5));
    const at = text.indexOf('\n', text.indexOf('      content: ', text.indexOf(`- name: ${result.model.activities[n]!.activity.name}\n`)));
    text = `${text.slice(0, at)}改${text.slice(at)}`;
    result = recheck(result, text);
    const before = written();
    const next = renderBodyParts(result, PREVIEW, cache, true);
    const edited = changedUnsent(latest, next, unsent);
    assert.deepEqual(Object.keys(edited), [target]);
    unsent = unsent.filter((id) => !(id in edited));
    // The patch of the blocks shown has it too (it is no longer unsent, and not shown), as preview.ts sends it.
    const message = patch(shown, next, new Set(unsent));
    assert.deepEqual(message, { type: 'patch', blocks: edited });
    assert.equal(written(), before + 1, 'the edited block alone written');
    shown = { frame: next.frame, blocks: new Map([...withBlocks(next, (id) => !unsent.includes(id)).blocks, ...Object.entries(edited)]) };
    latest = next;
    while (unsent.length > 0) shown = { frame: shown.frame, blocks: new Map([...shown.blocks, ...Object.entries(nextChunk(latest, unsent))]) };
    assert.equal(shown.blocks.size, 400);
    assert.equal(fillBody(shown), renderBody(check(text), PREVIEW));
  });
});

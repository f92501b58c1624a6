import { strict as assert } from 'assert';
import fc from 'fast-check';
import { composeRegions, regionAfter, type ContentChange } from '../../client/src/preview/changes';

/** A text with one change applied, as the editor applies it. */
const applied = (text: string, c: ContentChange): string => text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);

/** Changes of a text, each made to the text the one before left, with the text each leaves. */
const changes = fc.tuple(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 8 }))
  .map(([text, raw]) => {
    let now = text;
    const made: ContentChange[] = [];
    for (const [at, length, inserted] of raw) {
      const rangeOffset = at % (now.length + 1);
      const change = { rangeOffset, rangeLength: Math.min(length, now.length - rangeOffset), text: inserted };
      made.push(change);
      now = applied(now, change);
    }
    return { text, made, now };
  });

describe('the region of the editor\'s changes since the version last checked', () => {
  it('holds two changes made in turn: a character typed after another', () => {
    assert.deepEqual(composeRegions({ start: 10, oldEnd: 10, newEnd: 11 }, { start: 11, oldEnd: 11, newEnd: 12 }), { start: 10, oldEnd: 10, newEnd: 12 });
  });

  it('holds a change before an earlier one, which moved the text after it', () => {
    // "abcdef": "d" deleted, then "X" typed at 1: "aXbcef", changed from 1 to 4 of the old text.
    assert.deepEqual(regionAfter(undefined, [{ rangeOffset: 3, rangeLength: 1, text: '' }, { rangeOffset: 1, rangeLength: 0, text: 'X' }]), { start: 1, oldEnd: 4, newEnd: 4 });
  });

  it('is a region outside which the old and new texts are the same, over random changes in turn', () => {
    fc.assert(fc.property(changes, ({ text, made, now }) => {
      const r = regionAfter(undefined, made)!;
      assert.ok(0 <= r.start && r.start <= r.oldEnd && r.oldEnd <= text.length && r.start <= r.newEnd && r.newEnd <= now.length);
      assert.equal(r.newEnd - r.oldEnd, now.length - text.length);
      assert.equal(text.slice(0, r.start) + now.slice(r.start, r.newEnd) + text.slice(r.oldEnd), now);
    }), { numRuns: 2000 });
  });

  it('is the same whether the changes come in one event or one by one', () => {
    fc.assert(fc.property(changes, ({ made }) => {
      const oneByOne = made.reduce<ReturnType<typeof regionAfter>>((r, c) => regionAfter(r, [c]), undefined);
      assert.deepEqual(oneByOne, regionAfter(undefined, made));
    }), { numRuns: 500 });
  });
});

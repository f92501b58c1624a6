import { strict as assert } from 'assert';
import { LineIndex } from '../../server/src/core/syntax/text';

describe('LineIndex', () => {
  const lines = new LineIndex('a: 1\r\nbb: 2\r\n');

  it('counts UTF-16 characters from the start of each line', () => {
    assert.deepEqual(lines.position(6), { line: 1, character: 0 });
    assert.deepEqual(lines.position(11), { line: 1, character: 5 });
  });

  it('puts an offset between CR and LF at the end of its line, never past it', () => {
    assert.deepEqual(lines.position(5), { line: 0, character: 4 });
    assert.deepEqual(lines.position(12), { line: 1, character: 5 });
  });

  it('maps positions back to offsets, clamped to the line', () => {
    assert.equal(lines.offset({ line: 1, character: 2 }), 8);
    assert.equal(lines.offset({ line: 0, character: 99 }), 4);
  });
});

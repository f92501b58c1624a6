import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { generate } from '../../bench/generate';
import { check } from '../../server/src/core/check/check';
import { definitionAt } from '../../server/src/core/features/definition';
import { folds } from '../../server/src/core/features/folding';
import { hoverAt } from '../../server/src/core/features/hover';
import { blocks, locate, scalarAt, type Located } from '../../server/src/core/syntax/locate';
import { readYaml } from '../../server/src/core/syntax/parse';
import type { YamlPath } from '../../server/src/core/syntax/source';
import { outline } from '../../server/src/core/features/outline';
import type { Span } from '../../server/src/core/syntax/text';
import { example, fixture } from '../helpers';
import { EDITS, edited, editsOf } from '../mutations';
import { property } from '../properties';

/*
 * Hover, definition, folding and the outline find their way through the SourceMap. The model they are held to
 * is the `yaml` tree of the same text, walked as a tree: the deepest key or value at an offset (ends included),
 * every collection and block scalar with its key, parents first, and each scalar's value.
 */

const spanOf = (node: YamlNode | null | undefined): Span | undefined => (node?.range ? { start: node.range[0], end: node.range[1] } : undefined);
const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

function treeLocate(node: YamlNode, path: YamlPath, offset: number): Located | undefined {
  const span = spanOf(node);
  if (!span || !within(span, offset)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = [...path, String(pair.key.value)];
      const key = spanOf(pair.key);
      if (key && within(key, offset)) return { path: child, part: 'key', span: key };
      const found = pair.value ? treeLocate(pair.value as YamlNode, child, offset) : undefined;
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = item ? treeLocate(item as YamlNode, [...path, i], offset) : undefined;
      if (found) return found;
    }
  } else if (isScalar(node)) {
    // The data leaves out empty values: a hover has nothing to show for `null` either way.
    return { path, part: 'value', span, scalar: node.value ?? undefined };
  }
  return { path, part: 'value', span };
}

function* treeBlocks(node: YamlNode, path: YamlPath, key: Span | undefined): Generator<{ path: YamlPath; key?: Span; value: Span }> {
  const value = spanOf(node);
  if (!value) return;
  const block = isMap(node) || isSeq(node) || (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'));
  if (block) yield { path, ...(key ? { key } : {}), value };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.value) yield* treeBlocks(pair.value as YamlNode, [...path, String(pair.key.value)], spanOf(pair.key));
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) if (item) yield* treeBlocks(item as YamlNode, [...path, i], undefined);
  }
}

function* treeScalars(node: YamlNode | null | undefined, path: YamlPath): Generator<{ path: YamlPath; value: unknown }> {
  if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) yield* treeScalars(pair.value as YamlNode, [...path, String(pair.key.value)]);
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* treeScalars(item as YamlNode, [...path, i]);
  } else if (isScalar(node)) {
    yield { path, value: node.value ?? undefined };
  }
}

/**
 * Holds the SourceMap's answers to the tree's on one text, at the given offsets (every one by default). Texts
 * with a key written twice in one mapping (a syntax error) are left out: the tree keeps both, the map the later.
 * Returns whether the text was compared.
 */
function compare(text: string, offsets?: Iterable<number>): boolean {
  const { parsed } = check(text);
  if (parsed.limit || parsed.syntax.some((p) => p.code === 'DUPLICATE_KEY')) return false;
  const tree: Document.Parsed = readYaml(text);
  const root = tree.contents as YamlNode | null;
  const short = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  for (const offset of offsets ?? Array.from({ length: text.length + 2 }, (_, i) => i)) {
    const expected = root ? treeLocate(root, [], offset) : undefined;
    assert.deepStrictEqual(locate(parsed, offset), expected, `offset ${offset} of ${short}`);
  }
  const blocksOf = (list: Iterable<{ path: YamlPath; key?: Span; value: Span }>) => [...list].map(({ path, key, value }) => ({ path, key, value }));
  assert.deepStrictEqual(blocksOf(blocks(parsed)), blocksOf(root ? treeBlocks(root, [], undefined) : []), `blocks of ${short}`);
  for (const { path, value } of treeScalars(root, [])) assert.deepStrictEqual(scalarAt(parsed, path), value, `${path.join('.')} of ${short}`);
  return true;
}

describe('hover, definition, folding and outline read the SourceMap as the tree reads', () => {
  it('the fixture and a generated document at every offset, the example at every line start and end and every 7th offset', () => {
    assert.ok(compare(fixture('consistent.budget.yaml')));
    assert.ok(compare(generate(3, 3)));
    const text = example();
    const offsets = new Set<number>();
    for (let i = 0; i <= text.length; i += 7) offsets.add(i);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) [i - 1, i, i + 1].forEach((o) => offsets.add(o));
    assert.ok(compare(text, offsets));
  });

  it('block scalars, flow collections, aliases, empty values, a text that is not well-formed', () => {
    const texts = ['a: |\n  x\n  y\nb: >-\n  z\n', 'a: &x\n  b: 1\nc: *x\n', 'a: { b: [1, 2], c: { d: e } }\n', 'a:\nb: ~\nc: ""\n- x\n',
      'notes: [\n', '- a\n- |\n  b\n-\n', 'k: !!str 1\n', '', '# only a comment\n', 'x'];
    for (const text of texts) assert.ok(compare(text), JSON.stringify(text));
  });

  const numRuns = 200;
  property(`${numRuns} seeded mutations of the fixture and of a generated document, at every offset (seed 31)`, function () {
    this.timeout(0);
    let compared = 0;
    fc.assert(fc.property(fc.constantFrom(fixture('consistent.budget.yaml'), generate(2, 7)), editsOf(EDITS, 4, 4), (base, edits) => {
      if (compare(edited(base, edits))) compared++;
    }), { seed: 31, numRuns });
    assert.ok(compared > numRuns * 0.75, `${compared} of ${numRuns} compared`);
  });

  it('never build the yaml tree of a document the fast path read', () => {
    const text = generate(20);
    const result = check(text);
    Object.defineProperty(result.parsed, 'yaml', { get: () => assert.fail('the yaml tree was read') });
    assert.ok(folds(result).length > 100);
    assert.equal(outline(result, 'en').find((e) => e.detail === 'performance')?.children.length, 20);
    for (let offset = 0; offset < text.length; offset += 97) {
      hoverAt(result, offset, 'zh-CN');
      definitionAt(result, offset);
    }
  });
});

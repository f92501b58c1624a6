import assert from 'assert';
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { generate } from '../../bench/generate';
import { fastParse, jsYamlParse, type FastParsed } from '../../server/src/core/syntax/fast-parse';
import { readPlain } from '../../server/src/core/syntax/plain-read';
import type { SourceMap, YamlPath } from '../../server/src/core/syntax/source';
import { EDITS, edited, editsOf, where } from '../mutations';
import { property } from '../properties';

/** Every answer the `SourceMap` gives of a path: its node, its text, its anchor, what is under it, its part's size. */
function answers(source: SourceMap, at: YamlPath): unknown {
  return { node: source.get(at), raw: source.raw(at), anchor: source.anchor(at), keyOrAnchor: source.keyOrAnchor(at), children: source.children(at).map((n) => n.path), size: source.partSize(at) };
}

/**
 * Whether the plain reader reads the text; when it does, that the js-yaml path reads it too, to the same data,
 * `SourceMap` answers (every node's, in walk order, and every path's), empty keys, values and depth.
 */
function same(text: string): boolean {
  if (!readPlain(text)) return false;
  const a = fastParse(text) as FastParsed;
  const b = jsYamlParse(text);
  assert.ok(b, `the js-yaml path reads what the plain reader reads: ${JSON.stringify(text.slice(0, 200))}`);
  assert.deepStrictEqual(a.data, b.data, 'data');
  assert.deepStrictEqual(a.emptyKeys, b.emptyKeys, 'empty keys');
  assert.strictEqual(a.values, b.values, 'values');
  assert.strictEqual(a.depth, b.depth, 'depth');
  const nodes = [...a.source.walk()];
  assert.deepStrictEqual(nodes, [...b.source.walk()], 'source map');
  assert.deepStrictEqual([...a.source.walk('blocks')], [...b.source.walk('blocks')], 'source map, collections');
  for (const node of nodes) assert.deepStrictEqual(answers(a.source, node.path), answers(b.source, node.path), `answers at ${node.path.join('.')}`);
  // Paths that are not there, next to ones that are.
  for (const node of nodes.slice(0, 200)) {
    for (const missing of [[...node.path, 'none'], [...node.path, 99]]) assert.deepStrictEqual(answers(a.source, missing), answers(b.source, missing), `answers at ${missing.join('.')}`);
  }
  return true;
}

const ROOT = path.join(__dirname, '..', '..');

/** Every YAML file of the repository's fixtures and examples. */
function repositoryTexts(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ya?ml$/.test(entry.name)) out.push([path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]);
    }
  };
  walk(path.join(ROOT, 'test', 'fixtures'));
  walk(path.join(ROOT, 'examples'));
  return out;
}

// Random plain documents: block mappings and lists, flow collections on one line, scalars of every kind the
// schemas tell apart, comments and blank lines between.
const PLAIN = ['x', '名称', '12', '-3', '0.5', '2018-12-31', '≥95%', 'a b', '"q"', "'s'"];
const SCALARS = ['x', '名称', '0', '1', '-1', '12.50', '-0.5', '1.', '-0', '+1', '.5', '-.5', '1e3', '0x1F', '0o17', '017', '~', 'null', 'Null', 'true', 'False', 'TRUE',
  '.inf', '-.Inf', '.NaN', '2018-12-31', '≥95%', '<75%', 'a b', 'a:b', 'x-1', '"q"', "'s'", "'it''s'", '""', "''", '" a # b "', "'{x}'", '9007199254740993', '1'.repeat(320), '沧州, 开发区'];
const GOOD_KEYS = ['name', 'budget', 'goal', '项目', 'a b', 'x1', 'k-2', 'notes', 'items', 'total'];
const KEYS = [...GOOD_KEYS, 'constructor', 'true', '1', 'null', '~x', 'a:b', "'q'"];

type Tree = string | { map: [string, Tree | null][] } | { seq: Tree[] } | { flow: string };

// Mostly what the reader reads, now and then what it leaves to the other paths.
const scalar = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 15 }, { arbitrary: fc.constantFrom(...SCALARS), weight: 1 });
const key = fc.oneof({ arbitrary: fc.constantFrom(...GOOD_KEYS), weight: 30 }, { arbitrary: fc.constantFrom(...KEYS), weight: 1 });
const flow = fc.oneof(
  fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 4 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
  fc.array(scalar, { minLength: 1, maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
  fc.constant('{ a: { b: 1 }, c: [x, y] }'),
);
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, flow.map((f) => ({ flow: f })), tie('node')),
  node: fc.oneof(
    fc.array(fc.tuple(key, fc.option(tie('tree'), { freq: 5 })), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
  ),
}));
const top = fc.array(fc.tuple(key, fc.option(tree, { freq: 5 })), { minLength: 1, maxLength: 5 });
const layout = fc.record({ indent: fc.constantFrom(2, 4), compact: fc.boolean(), comments: fc.array(fc.constantFrom('', '# c', '  # c', '      # deep', '   '), { maxLength: 6 }) });

/** A tree written out as block YAML: `indent` spaces a level, lists under a key at its column when `compact`; `extra` lines spread between. */
function written(pairs: [string, Tree | null][], style: { indent: number; compact: boolean; comments: string[] }): string {
  const lines: string[] = [];
  let extra = 0;
  const between = () => {
    const line = style.comments[extra++ % Math.max(1, style.comments.length)];
    if (line !== undefined && extra <= style.comments.length) lines.push(line);
  };
  const value = (v: Tree | null, col: number, head: string) => {
    if (v === null) lines.push(head.trimEnd());
    else if (typeof v === 'string') lines.push(`${head}${v}`);
    else if ('flow' in v) lines.push(`${head}${v.flow}`);
    else if ('map' in v) {
      lines.push(head.trimEnd());
      block(v, col + style.indent);
    } else {
      lines.push(head.trimEnd());
      block(v, style.compact && head.trimEnd().endsWith(':') ? col : col + style.indent);
    }
  };
  const block = (v: { map: [string, Tree | null][] } | { seq: Tree[] }, col: number) => {
    const pad = ' '.repeat(col);
    if ('map' in v) {
      for (const [k, x] of v.map) {
        value(x, col, `${pad}${k}: `);
        between();
      }
      return;
    }
    for (const item of v.seq) {
      if (typeof item === 'object' && 'map' in item) {
        // `- key: …`: the item's first pair on the dash's line, the others under it.
        const [[k, x], ...rest] = item.map;
        value(x, col + 2, `${pad}- ${k}: `);
        block({ map: rest }, col + 2);
      } else if (typeof item === 'object' && 'seq' in item) {
        lines.push(`${pad}-`);
        block(item, col + 2);
      } else value(item, col, `${pad}- `);
      between();
    }
  };
  block({ map: pairs }, 0);
  return `${lines.join('\n')}\n`;
}

const document = fc.tuple(top, layout).map(([pairs, style]) => written(pairs, style));

/** A character (or a few) typed, a character deleted or replaced at `at` (a fraction of the text's length). */
const CHARACTERS = [' ', '\n', ':', '-', '#', '"', "'", ',', '{', '}', '[', ']', '~', '.', '0', '1', 'x', '的', '\t', '&', '|', '%', '\u0085', '\u00a0', '\ufeff', '\u2028', '\u0000', '\ud800',
  '*', '!', '>', '?', '@', '`', '\r', '\\', '<', '_', '<<', '\n---', '\n...', '\n%', '1_', '_1', 'x#', '\u3000#'];
const mutation = fc.tuple(where, fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...CHARACTERS));

function mutated(text: string, [at, how, c]: [number, string, string]): string {
  const i = Math.min(text.length, Math.floor(at * text.length));
  if (how === 'insert') return text.slice(0, i) + c + text.slice(i);
  if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i) + c + text.slice(i + 1);
}

/** The properties' counts (under `npm run test:properties`); `PLAIN_RUNS=… npx mocha --require test/properties-full.ts test/core/plain-read.test.ts` for others. */
const RUNS = process.env.PLAIN_RUNS ? Number(process.env.PLAIN_RUNS) : undefined;

describe('plain reader against the js-yaml path', () => {
  it('reads every fixture and example as the js-yaml path does, and the bundled example and generated documents at all', function () {
    this.timeout(0);
    const read: string[] = [];
    for (const [name, text] of repositoryTexts()) if (same(text)) read.push(name);
    assert.ok(read.includes(path.join('examples', 'cangzhou-2018.budget.yaml')), `read: ${read.join(', ')}`);
    for (const [n, seed, tables] of [[1, 1, 0], [3, 2, 0], [40, 40, 0], [5, 5, 1], [12, 7, 2], [200, 1, 0]] as const) assert.ok(same(generate(n, seed, tables)), `generate(${n}, ${seed}, ${tables})`);
  });

  it('leaves each construct outside its subset to the other paths', () => {
    const outside = {
      anchor: 'a: &x 1\nb: 2\n', alias: 'a: 1\nb: *x\n', tag: 'a: !!str 1\n', 'block scalar': 'a: |\n  x\n', 'folded scalar': 'a: >\n  x\n',
      'explicit key': '? a\n: 1\n', 'merge key': 'a: 1\n<<: {b: 1}\n', directive: '%YAML 1.2\n---\na: 1\n', 'document marker': '---\na: 1\n', 'document end': 'a: 1\n...\n',
      tab: 'a:\t1\n', CR: 'a: 1\r\nb: 2\r\n', escape: 'a: "x\\ty"\n', 'byte order mark': '\ufeffa: 1\n', 'control character': 'a: x\u0001y\n', 'lone surrogate': 'a: x\ud800\n',
      'line separator': 'a: x\u2028y\n', 'multi-line plain scalar': 'a: x\n  y\n', 'plain scalar on the next line': 'a:\n  x\n', 'multi-line quoted scalar': 'a: "x\n  y"\n',
      'multi-line flow mapping': 'a: { b: 1,\n  c: 2 }\n', 'multi-line flow sequence': 'a: [1,\n  2]\n', 'empty flow mapping': 'a: {}\n', 'empty flow sequence': 'a: []\n',
      'trailing comma': 'a: [1, 2, ]\n', 'null in a flow mapping': 'a: { b: ~ }\n', 'empty value in a flow mapping': 'a: { b: , c: 1 }\n', 'pair in a flow sequence': 'a: [b: 1]\n',
      'key without a space': 'a: {b:1}\n', 'quoted key': '"a": 1\n', 'quoted key in a flow mapping': 'a: { "b": 1 }\n', 'null list item': 'a:\n  - ~\n', 'empty list item': 'a:\n  -\n  - x\n',
      'nested list on one line': 'a:\n  - - x\n', 'item on the next line': 'a:\n  -\n    b: 1\n', 'key written twice': 'a: 1\na: 2\n', 'number key': '1: x\n', 'null key': '~: x\n',
      '__proto__': '__proto__: 1\n', 'mapping as a value on its key line': 'a: b: c\n', 'list on its key line': 'a: - x\n', 'comment indented into a value': 'a: 1\n    # c\nb: 2\n',
      'comment in a flow collection': 'a: [1, # c\n  2]\n', 'indented root': '  a: 1\n', 'list root': '- a\n', 'scalar root': 'x\n', empty: '', 'comments only': '# c\n',
      'more indented line': 'a: 1\n  b: 2\n', 'dedent to no column': 'a:\n    b: 1\n  c: 2\n', 'js-yaml reads -0 as 0': 'a: -0\n', 'js-yaml reads +.5 as a string': 'a: +.5\n',
      'js-yaml reads 1e400 as a string': `a: 1${'0'.repeat(400)}\n`, 'space before a colon': 'a : 1\n', 'text after a quoted scalar': 'a: "x" y\n', 'text after a flow mapping': 'a: { b: 1 } c\n',
    };
    for (const [name, text] of Object.entries(outside)) assert.strictEqual(readPlain(text), undefined, `${name}: ${JSON.stringify(text)}`);
  });

  it('reads the plain forms it is for', () => {
    const inside = ['a: 1\n', 'a: x # c\n', 'a:\n  b: 1\n', 'a:\n- x\n- y\n', 'a:\n  - b: 1\n    c: 2\n', "a: 'it''s'\n", 'a: "x # y"\n', 'a: { b: 1, c: [x, y] }\n', 'a:\nb: ~\n', 'a: 1', '# c\na:\n  # d\n  b: 1\n'];
    for (const text of inside) assert.ok(same(text), JSON.stringify(text));
  });

  property(`random plain documents and one-character mutations of them read the same as on the js-yaml path`, function () {
    this.timeout(0);
    let read = 0;
    let mutants = 0;
    const numRuns = RUNS ?? 3000;
    fc.assert(fc.property(document, fc.array(mutation, { maxLength: 3 }), (text, edits) => {
      if (same(text)) read++;
      let t = text;
      for (const edit of edits) {
        t = mutated(t, edit);
        if (same(t)) mutants++;
      }
    }), { numRuns, seed: 18 });
    console.log(`      ${read} of ${numRuns} documents and ${mutants} of their mutations read`);
    assert.ok(read > numRuns / 4, `${read} of ${numRuns} documents read`);
    assert.ok(mutants > 0, 'mutations read');
  });

  property('mutations of the example and of generated documents read the same as on the js-yaml path', function () {
    this.timeout(0);
    let read = 0;
    const numRuns = RUNS ?? 300;
    const bases = [fs.readFileSync(path.join(ROOT, 'examples', 'cangzhou-2018.budget.yaml'), 'utf8'), generate(3), generate(2, 3, 1)];
    fc.assert(fc.property(fc.constantFrom(...bases), fc.oneof(editsOf(EDITS, 4, 3).map((e) => ({ e })), fc.array(mutation, { minLength: 1, maxLength: 3 }).map((m) => ({ m }))), (base, edits) => {
      const text = 'e' in edits ? edited(base, edits.e) : edits.m.reduce(mutated, base);
      if (same(text)) read++;
    }), { numRuns, seed: 2018 });
    console.log(`      ${read} of ${numRuns} mutations read`);
    assert.ok(read > 0, `${read} of ${numRuns} mutations read`);
  });
});

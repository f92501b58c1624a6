/**
 * What every rule has, whatever it checks: its page in docs/rules/ (stating
 * the default severity and whether it fixes, as its `meta` does) and its test
 * file here; and the page's examples hold: its Wrong example raises the rule,
 * and its Message section cites (one of) the messages it raises; its Right
 * example raises nothing at all.
 *
 * An example on a page is an excerpt of a document. It is read into a
 * consistent document (test/fixtures/consistent.budget.yaml unless the page
 * names another), its mappings merged into the document's and its other
 * values replacing the document's. A comment before the fence can say where
 * it goes and how (words separated by spaces or commas):
 *
 *   <!-- example: into examples/statistics-2024.budget.yaml at tables.expenditure -->
 *   <!-- example: whole -->   (the excerpt is the whole document)
 *   <!-- example: merged at performance.activities[0] -->
 *   <!-- example: at tables.expenditure.rows[0], replacing 3 -->
 *
 * `at` a list item's index, a list excerpt replaces the items from there on
 * (as many as it has, or `replacing N` of them: fewer or more than it has, to
 * show a row left out); at a key, an excerpt of that key alone is its value,
 * and an excerpt may spell out the keys that lead to `at` (so that it reads
 * as a part of the document). `merged`: lists too are merged item by item
 * into the items they stand over, so that an excerpt shows only what matters
 * (`# …` in it); `replacing` at a key: the excerpt replaces the value there
 * instead of being merged into it (to show a key left out).
 */
import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode, YAMLMap, YAMLSeq } from 'yaml';
import { RULES } from '../../server/src/core/check/registry';
import { docsPath } from '../../server/src/core/check/rule';
import type { Finding } from '../../server/src/core/check/finding';
import { findings, pin } from '../helpers';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Example {
  readonly yaml: string;
  readonly into?: string;
  readonly at?: string;
  readonly whole: boolean;
  readonly merged: boolean;
  /** `replacing` (true) or `replacing N`. */
  readonly replacing?: true | number;
}

/** The words of a placement comment; an unknown word fails, rather than being ignored. */
function placement(how: string): Omit<Example, 'yaml'> {
  const words = how.split(/[\s,]+/).filter(Boolean);
  let into: string | undefined, at: string | undefined, replacing: true | number | undefined;
  let whole = false, merged = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'whole') whole = true;
    else if (word === 'merged') merged = true;
    else if (word === 'into' && words[i + 1]) into = words[++i];
    else if (word === 'at' && words[i + 1]) at = words[++i];
    else if (word === 'replacing') replacing = /^\d+$/.test(words[i + 1] ?? '') ? Number(words[++i]) : true;
    else assert.fail(`placement comment: unknown word “${word}” in “${how.trim()}”`);
  }
  assert.ok(!whole || (!into && !at && !merged && !replacing), '`whole` takes no other word');
  assert.ok(!into || existsSync(join(root, into)), `placement comment: no file ${into}`);
  return { whole, merged, ...(into ? { into } : {}), ...(at ? { at } : {}), ...(replacing !== undefined ? { replacing } : {}) };
}

/** The first yaml fence of a `## heading` section, with the comment before it that places it. */
function exampleOf(page: string, heading: string): Example | undefined {
  const section = new RegExp(`^## ${heading}(?: \\([^)\\n]*\\))?\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(page)?.[1];
  if (!section) return undefined;
  const fence = /(?:<!--\s*example:([^>]*)-->\s*)?```yaml\n([\s\S]*?)```/.exec(section);
  if (!fence) return undefined;
  return { yaml: fence[2]!, ...placement(fence[1] ?? '') };
}

/** The excerpt without the indentation all its lines share. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** `performance.activities[0].indicators` → ['performance', 'activities', 0, 'indicators']. */
function pathOf(at: string): (string | number)[] {
  return [...at.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

const keyOf = (pair: { key: unknown }): unknown => (pair.key as { value?: unknown }).value ?? pair.key;

/** `from`'s keys into `into`'s; with `lists`, a list's items into the items they stand over (a longer list adds items). */
function merge(into: YAMLMap, from: YAMLMap, lists: boolean): void {
  for (const pair of from.items) {
    const mine = into.get(keyOf(pair), true);
    if (isMap(mine) && isMap(pair.value)) merge(mine, pair.value, lists);
    else if (lists && isSeq(mine) && isSeq(pair.value)) mergeItems(mine, pair.value, 0);
    else into.set(pair.key, pair.value);
  }
}

function mergeItems(into: YAMLSeq, from: YAMLSeq, start: number): void {
  from.items.forEach((item, i) => {
    const mine = into.items[start + i];
    if (isMap(mine) && isMap(item)) merge(mine, item, true);
    else if (isSeq(mine) && isSeq(item)) mergeItems(mine, item, 0);
    else into.items[start + i] = item;
  });
}

/**
 * The excerpt's part that stands at `path`: an excerpt may spell out (some of) the keys that lead there, each a
 * mapping of that one key, as `activities:` over a list placed at `performance.activities[1]`.
 */
function partAt(node: YamlNode, path: readonly (string | number)[]): YamlNode {
  const end = typeof path[path.length - 1] === 'number' ? path.length - 1 : path.length;
  const chain: string[] = [];
  for (let n: YamlNode = node; isMap(n) && n.items.length === 1; n = n.items[0]!.value as YamlNode) chain.push(String(keyOf(n.items[0]!)));
  for (let j = Math.min(chain.length, end); j > 0; j--) {
    if (chain.slice(0, j).every((k, i) => path[end - j + i] === k)) {
      let n = node;
      for (let i = 0; i < j; i++) n = (n as YAMLMap).items[0]!.value as YamlNode;
      return n;
    }
  }
  return node;
}

/** Findings one a line, for a failure that says what the example raised. */
function listed(found: readonly Finding[]): string {
  if (found.length === 0) return 'nothing';
  return found.map((f) => { const p = pin(f); return `\n  ${p.rule} at ${p.path || '(document)'} ${p.range}: ${p.en}`; }).join('');
}

/** The document an example stands for. */
function documentOf(example: Example): string {
  const excerpt = dedent(example.yaml);
  if (example.whole) return excerpt;
  const doc: Document = parseDocument(read(example.into ?? 'test/fixtures/consistent.budget.yaml'));
  const part = parseDocument(excerpt);
  assert.deepEqual(part.errors.map((e) => e.message), [], 'the excerpt is well-formed YAML (else mark it `whole`)');
  let node = part.contents as YamlNode;
  if (example.at) {
    const path = pathOf(example.at);
    const last = path[path.length - 1]!;
    node = partAt(node, path);
    if (typeof last === 'number' && isSeq(node)) {
      const seq = doc.getIn(path.slice(0, -1), true) as YAMLSeq;
      assert.ok(isSeq(seq), `${example.at}: no list there`);
      assert.ok(last <= seq.items.length, `${example.at}: the list has ${seq.items.length} items`);
      if (example.merged) mergeItems(seq, node, last);
      else seq.items.splice(last, typeof example.replacing === 'number' ? example.replacing : node.items.length, ...node.items);
    } else {
      assert.ok(example.replacing === undefined || example.replacing === true, '`replacing N` is for a list excerpt at a list item');
      const there = doc.getIn(path, true);
      assert.ok(there !== undefined || doc.getIn(path.slice(0, -1), true) !== undefined, `${example.at}: nothing there to go into`);
      if (isMap(there) && isMap(node) && !example.replacing) merge(there, node, example.merged);
      else doc.setIn(path, node);
    }
  } else {
    assert.ok(isMap(node), 'an excerpt without `at` is a mapping of top-level keys');
    assert.ok(example.replacing === undefined, '`replacing` goes with `at`');
    merge(doc.contents as YAMLMap, node, example.merged);
  }
  return doc.toString({ lineWidth: 0 });
}

describe('every rule', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('is the only rule of its docs page, and every page is a rule\'s', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    assert.deepEqual(pages.filter((p) => !(ids as readonly string[]).includes(p)), [], 'pages of no rule');
  });

  it('is in the registry for every file of server/src/core/rules/ (npm run generate lists them)', () => {
    const files = readdirSync(join(root, 'server', 'src', 'core', 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    assert.deepEqual(files.filter((f) => !(ids as readonly string[]).includes(f)), [], 'rule files the registry does not list: run npm run generate');
    assert.deepEqual([...ids].sort(), files.sort());
  });

  for (const { meta } of RULES) {
    describe(meta.id, () => {
      const page = existsSync(join(root, docsPath(meta.id))) ? read(docsPath(meta.id)) : undefined;

      it('has its docs page and its test file', () => {
        assert.ok(page !== undefined, `${docsPath(meta.id)} is missing`);
        assert.ok(existsSync(join(root, 'test', 'rules', `${meta.id}.test.ts`)), `test/rules/${meta.id}.test.ts is missing`);
      });

      it('states on its page the default severity and whether it fixes, as its meta does', () => {
        const line = /^\*\*Default severity:\*\* (\w+).*?\*\*Quick fix:\*\* (\S+)/m.exec(page ?? '');
        assert.ok(line, 'the page has its "**Default severity:** … · **Quick fix:** …" line');
        assert.equal(line[1], meta.severity, 'severity');
        assert.equal(!/^no\b/.test(line[2]!), meta.fixable, 'fixable');
      });

      it('raises itself on its page\'s Wrong example', () => {
        const wrong = exampleOf(page ?? '', 'Wrong');
        assert.ok(wrong, 'the page has a Wrong example');
        const found = findings(documentOf(wrong));
        assert.ok(found.some((f) => f.rule === meta.id), `no ${meta.id} finding; the example raises ${listed(found)}`);
      });

      it('cites in its page\'s Message section what its Wrong example raises', () => {
        const wrong = exampleOf(page ?? '', 'Wrong');
        assert.ok(wrong, 'the page has a Wrong example');
        const message = /^## Messages?(?: \([^)\n]*\))?\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page ?? '')?.[1] ?? '';
        const raised = findings(documentOf(wrong), meta.id).flatMap((f) => [f.message.zh, f.message.en]);
        assert.ok(raised.some((m) => message.includes(m)), `the Message section cites none of ${raised.map((m) => `\n  ${m}`).join('')}`);
      });

      it('raises nothing on its page\'s Right example', () => {
        const right = exampleOf(page ?? '', 'Right');
        assert.ok(right, 'the page has a Right example');
        const found = findings(documentOf(right));
        assert.ok(found.length === 0, `the example raises ${listed(found)}`);
      });
    });
  }
});

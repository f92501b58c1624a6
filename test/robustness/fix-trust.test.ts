import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readdirSync } from 'fs';
import { join } from 'path';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { check } from '../../server/src/core/check/check';
import { fixAllRepeated } from '../../server/src/core/check/fix-all';
import type { Finding } from '../../server/src/core/check/finding';
import { example, fixture } from '../helpers';
import { property } from '../properties';

/**
 * Fix all (as `budgetdoc check --fix` and the editor's source.fixAll run it) changes a figure only when the
 * figures say which one is wrong (docs/fixes.md). Checked on every bundled example and test fixture, and on each
 * consistent one with one figure changed at random (a fixed seed, so that a failure can be run again).
 */

const ROOT = join(__dirname, '..', '..');
const DOCUMENTS: readonly { readonly name: string; readonly text: string }[] = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.budget.yaml')).sort().map((f) => ({ name: `examples/${f}`, text: example(f) })),
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((f) => f.endsWith('.budget.yaml')).sort().map((f) => ({ name: `test/fixtures/${f}`, text: fixture(f) })),
];

/** The rules that weigh figures against each other: a figure none of their findings names is consistent. */
const ARITHMETIC = new Set(['sum-mismatch', 'change-mismatch', 'balance-mismatch', 'rate-mismatch', 'share-mismatch', 'table-mismatch', 'exceeds-total', 'rounding']);

/** A figure of the document: a number, or a rate or share written as a percentage (`-4%`), with where it stands. */
interface Figure {
  readonly path: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Keys whose numbers are not figures of the budget (a classification code, the year). */
const NOT_FIGURES = new Set(['code', 'year']);
const PERCENT = /^[+-]?\d+(?:\.\d+)?%$/;

/** Every figure of a text, by its YAML path (`overview.expenditure.basic`, `tables.x.rows[0].amount`). */
function figures(text: string): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const walk = (node: YamlNode | null | undefined, path: string, key: string) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : '';
        walk(pair.value as YamlNode, path ? `${path}.${k}` : k, k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode, `${path}[${i}]`, key));
    } else if (isScalar(node) && node.range && !NOT_FIGURES.has(key)) {
      const figure = typeof node.value === 'number' || (typeof node.value === 'string' && PERCENT.test(node.value) && (key === 'changeRate' || key === 'share'));
      if (figure) out.set(path, { path, value: text.slice(node.range[0], node.range[1]), start: node.range[0], end: node.range[1] });
    }
  };
  walk(parseDocument(text).contents as YamlNode, '', '');
  return out;
}

/** The thresholds of the grades (`≥90%`, `<70%`), each once. */
function thresholds(text: string): Set<string> {
  const out = new Set<string>();
  const walk = (node: YamlNode | null | undefined, inGrades: boolean) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value as YamlNode, inGrades || (isScalar(pair.key) && pair.key.value === 'grades'));
    else if (isSeq(node)) for (const item of node.items) walk(item as YamlNode, inGrades);
    else if (isScalar(node) && inGrades && node.value !== null) out.add(String(node.value));
  };
  walk(parseDocument(text).contents as YamlNode, false);
  return out;
}

/** The paths the arithmetic findings name: the figure each is on, and the figures it was checked against. */
function inQuestion(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (!ARITHMETIC.has(f.rule)) continue;
    out.add(f.path);
    for (const r of f.related ?? []) out.add(r.path);
  }
  return out;
}

function fixAll(text: string): string {
  const edits = fixAllRepeated(text, check(text).findings, (t) => check(t).findings);
  return edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/** Fix all on `text` changed none of the figures but `open` (the paths in question), and added no figure or threshold. */
function assertTrusted(before: string, after: string, open: ReadonlySet<string>, what: string): void {
  const was = figures(before);
  const now = figures(after);
  for (const [path, figure] of was) {
    if (open.has(path)) continue;
    assert.equal(now.get(path)?.value, figure.value, `${what}: Fix all changed ${path}, a figure nothing found wrong, from ${figure.value}`);
  }
  assert.deepEqual([...now.keys()].filter((p) => !was.has(p)), [], `${what}: Fix all added figures`);
  const had = thresholds(before);
  assert.deepEqual([...thresholds(after)].filter((t) => !had.has(t)), [], `${what}: Fix all added thresholds`);
}

/** The documents whose figures all agree: the random wrong figure is the only one in question. */
const CONSISTENT = DOCUMENTS.filter((d) => inQuestion(check(d.text).findings).size === 0 && figures(d.text).size > 0);

describe('Fix all changes only a figure the others show wrong', function () {
  this.timeout(300_000);

  it('bundles documents to check: both examples and the fixtures, all but the 2018 example consistent', () => {
    assert.deepEqual(DOCUMENTS.map((d) => d.name), ['examples/cangzhou-2018.budget.yaml', 'examples/statistics-2024.budget.yaml', 'test/fixtures/consistent.budget.yaml', 'test/fixtures/plain-text.budget.yaml']);
    assert.deepEqual(CONSISTENT.map((d) => d.name), ['examples/statistics-2024.budget.yaml', 'test/fixtures/consistent.budget.yaml', 'test/fixtures/plain-text.budget.yaml']);
  });

  for (const { name, text } of DOCUMENTS) {
    it(`on ${name}, as bundled: changes no figure that no arithmetic finding names, adds no figure or threshold`, () => {
      assertTrusted(text, fixAll(text), inQuestion(check(text).findings), name);
    });
  }

  for (const { name, text } of CONSISTENT) {
    const all = [...figures(text).values()];
    property(`on ${name} with one figure changed at random (${all.length} figures): every other figure stays, and the changed one stays or is put back`, () => {
      const wrong = fc.record({ index: fc.nat({ max: all.length - 1 }), digits: fc.nat({ max: 9_999_999 }) });
      fc.assert(fc.property(wrong, ({ index, digits }) => {
        const figure = all[index]!;
        const percent = figure.value.endsWith('%');
        const decimals = /\.(\d+)/.exec(figure.value)?.[1]?.length ?? 0;
        const sign = figure.value.startsWith('-') ? '-' : '';
        const typed = `${sign}${(digits / 10 ** decimals).toFixed(decimals)}${percent ? '%' : ''}`;
        fc.pre(Number(typed.replace('%', '')) !== Number(figure.value.replace('%', '')));
        const mutated = text.slice(0, figure.start) + typed + text.slice(figure.end);
        const fixed = fixAll(mutated);
        assertTrusted(mutated, fixed, new Set([figure.path]), `${name}: ${figure.path} ${figure.value} → ${typed}`);
        const after = figures(fixed).get(figure.path)?.value;
        assert.ok(after === typed || after === figure.value, `${name}: ${figure.path} ${figure.value} → ${typed}: Fix all made it ${after}`);
      }), { seed: 20261203, numRuns: 100 });
    });
  }
});

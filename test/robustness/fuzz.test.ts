import fc from 'fast-check';
import { stringify } from 'yaml';
import { example, fixture } from '../helpers';
import { property } from '../properties';
import { assertSound } from './sound';

/** Values that copy-paste out of Word and Excel, or a hostile author, put where a number or text belongs. */
const JUNK = [
  '1e309', '-1e309', '.nan', '.NaN', '.inf', '-.inf', '0x1F', '0o17', '１２３', '12,5', '1,234.50', '~', 'null', '', '""', "''",
  '-0', '+5', '1_000', '4%%', '%', '-%', '≥90%', '123元', '0.1e-400', '9'.repeat(400), '&a 1', '*a', '*nowhere', '!!binary aGVsbG8=',
  '!!str 5', '!!int x', '!foo bar', '!<tag:x> 1', '[1, 2', '{a: 1', '|', '>-', '"\\u00"', "'unclosed", '? x', '- x', '{}', '[]',
  '__proto__', 'constructor', 'x'.repeat(5000), '\u0000', '\ufeff', '\u2028', '\ud800', '\t1',
];

const KEY_LINES = [
  '__proto__: { polluted: 1 }', 'constructor: { prototype: { polluted: 1 } }', '<<: *a', '<<: [*a, *b]', 'x: &a { total: 1 }',
  'y: &b [1, 2]', 'z: *a', 'toString: 1', 'hasOwnProperty: x', '? [a, b]\n: 1', '%YAML 1.1', '---', '...', '!!map', '&anchor',
];

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate' | 'indent' | 'dedent' | 'tab' | 'nul' | 'bom' | 'junk' | 'key'; at: number; n: number }
  | { kind: 'swap'; at: number; n: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'indent', 'dedent', 'tab', 'nul', 'bom', 'junk', 'key'),
  at: fc.nat(),
  n: fc.nat(),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines.push('');
    const i = m.at % lines.length;
    const line = lines[i]!;
    switch (m.kind) {
      case 'delete': lines.splice(i, 1); break;
      case 'duplicate': lines.splice(i, 0, line); break;
      case 'swap': { const j = m.n % lines.length; [lines[i], lines[j]] = [lines[j]!, line]; break; }
      case 'truncate': lines[i] = line.slice(0, m.n % (line.length + 1)); break;
      case 'indent': lines[i] = ' '.repeat(1 + (m.n % 5)) + line; break;
      case 'dedent': lines[i] = line.replace(/^ {1,3}/, ''); break;
      case 'tab': { const k = m.n % (line.length + 1); lines[i] = line.slice(0, k) + '\t' + line.slice(k); break; }
      case 'nul': { const k = m.n % (line.length + 1); lines[i] = line.slice(0, k) + '\u0000' + line.slice(k); break; }
      case 'bom': { const k = m.n % (line.length + 1); lines[i] = line.slice(0, k) + '\ufeff' + line.slice(k); break; }
      case 'junk': {
        // the value after `key: ` or `- `, else the whole line after its indentation
        const junk = JUNK[m.n % JUNK.length]!;
        const v = /^(\s*(?:- )?[^:#\n]+:\s)|^(\s*- )/.exec(line);
        lines[i] = v ? v[0] + junk : line.replace(/\S.*$/, junk);
        break;
      }
      case 'key': lines.splice(i, 0, (/^\s*/.exec(line)?.[0] ?? '') + KEY_LINES[m.n % KEY_LINES.length]!); break;
    }
  }
  return lines.join('\n');
}

/**
 * 2,200 cases in all, under `npm run test:properties` (the issue asks for at
 * least 2,000): the 72 KB example costs ~20 times a small fixture, so it gets
 * fewer runs.
 */
describe('fuzzing: check() answers every text soundly', function () {
  this.timeout(120_000);

  property('on mutations of the consistent fixture', () => {
    const text = fixture('consistent.budget.yaml');
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => assertSound(mutate(text, ms))), { numRuns: 900 });
  });

  property('on mutations of the real example', () => {
    const text = example();
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => assertSound(mutate(text, ms), {}, 1)), { numRuns: 100 });
  });

  property('on the fixture with CRLF line ends and mutations', () => {
    const text = fixture('consistent.budget.yaml').replace(/\n/g, '\r\n');
    fc.assert(fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (ms) => assertSound(mutate(text, ms))), { numRuns: 100 });
  });

  property('on random JSON values written as YAML, alone and under the top-level keys', () => {
    const key = fc.constantFrom('budget', 'unit', 'year', 'overview', 'threePublicExpenses', 'performance', 'procurement', 'assets', 'glossary', 'notes', '__proto__', 'constructor');
    const doc = fc.oneof(fc.jsonValue(), fc.dictionary(key, fc.jsonValue()));
    fc.assert(fc.property(doc, (value) => assertSound(stringify(value))), { numRuns: 500 });
  });

  property('on the fixture with one value replaced by a random JSON value', () => {
    const text = fixture('consistent.budget.yaml');
    const lines = text.split('\n');
    const valued = lines.map((l, i) => [l, i] as const).filter(([l]) => /:\s\S/.test(l)).map(([, i]) => i);
    fc.assert(fc.property(fc.constantFrom(...valued), fc.jsonValue({ maxDepth: 3 }), (i, value) => {
      const copy = [...lines];
      copy[i] = copy[i]!.replace(/:\s.*$/, ': ' + JSON.stringify(value));
      assertSound(copy.join('\n'));
    }), { numRuns: 300 });
  });

  it('on a key that is a collection, which the yaml library would warn about', () => {
    assertSound('{ a: 1 }: 2\n[x, y]: 3\n');
  });

  property('on random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertSound(text)), { numRuns: 300 });
  });
});

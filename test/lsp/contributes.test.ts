import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { RULE_IDS } from '../../server/src/core/check/registry';

const root = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

interface Manifest {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
}

describe('the extension manifest', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');

  it('defines every %placeholder% in English and in Chinese', () => {
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = json(file);
      assert.deepEqual(keys.filter((k) => typeof strings[k] !== 'string'), [], file);
      assert.deepEqual(Object.keys(strings).filter((k) => !keys.includes(k)), [], `${file} has strings no one uses`);
    }
  });

  it('lets budget.rules set every rule and only those', () => {
    const rules = (JSON.parse(manifest) as Manifest).contributes.configuration.properties['budget.rules']!.properties!;
    assert.deepEqual(Object.keys(rules), [...RULE_IDS]);
  });
});

describe('the budget-yaml grammar', () => {
  const grammar = json('syntaxes/budget-yaml.tmLanguage.json') as { repository: Record<string, { match: string }> };
  const matches = (rule: string, text: string) => [...text.matchAll(new RegExp(grammar.repository[rule]!.match, 'gm'))].map((m) => m[0]);

  it('marks amounts written as values, not digits inside text', () => {
    assert.deepEqual(matches('amount', 'budget: 587.00\nchange: -5\n  - { name: 汽车, amount: 200 }\ngoal: 2018年完成'), ['587.00', '-5', '200']);
  });

  it('marks signed rates', () => {
    assert.deepEqual(matches('rate', 'changeRate: -4%\nx: 4.2%\ny: 0%'), ['-4%', '4.2%', '0%']);
  });

  it('marks grade thresholds', () => {
    assert.deepEqual(matches('grade', 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }'), ['≥90%', '≥80%', '≥70%', '<70%']);
  });
});

import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { budgetJsonSchema } from '../../server/src/core/format/json-schema';
import { keysAt, keyDoc, schemaAt } from '../../server/src/core/format/schema-walk';
import { Budget } from '../../server/src/core/format/schema';
import Ajv2020 from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { check } from '../../server/src/core/check/check';
import { example, fixture } from '../helpers';

describe('schemas/budget.schema.json', () => {
  it('is what the zod schema generates (run `npm run generate` after changing the format)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'budget.schema.json'), 'utf8'));
    assert.deepEqual(committed, budgetJsonSchema());
  });

  it('forbids unknown keys and states rates as signed percentages', () => {
    const schema = budgetJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { properties?: Record<string, { properties?: Record<string, { pattern?: string }> }> }> };
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.threePublicExpenses!.properties!.total!.properties!.changeRate!.pattern, '^[+-]?\\d+(?:\\.\\d+)?%$');
  });
});

describe('schemas/budget.schema.json in a JSON Schema validator (ajv, draft 2020-12), against the checker', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(budgetJsonSchema());
  const data = (text: string) => parseDocument(text).toJS() as unknown;
  const schemaFindings = (text: string) => check(text).findings.filter((f) => f.rule === 'schema').map((f) => f.path);
  const consistent = fixture('consistent.budget.yaml');

  it('accepts the fixture and the example, which the checker finds no schema error in', () => {
    for (const text of [consistent, example()]) {
      assert.deepEqual(schemaFindings(text), []);
      assert.equal(validate(data(text)), true, JSON.stringify(validate.errors));
    }
  });

  it('accepts an optional key written with no value (goal:, title:, indicators:), read as absent, as the checker does', () => {
    for (const [from, to] of [
      ['      goal: 维护财政经济秩序。\n', '      goal:\n'],
      ['year: 2019\n', 'year: 2019\ntitle:\n'],
      ['year: 2019\n', 'year: 2019\npreface:\n'],
      [/^procurement:\n(?:  .*\n)+/m, 'procurement:\n'],
    ] as const) {
      const text = consistent.replace(from, to);
      assert.notEqual(text, consistent, String(from));
      assert.deepEqual(schemaFindings(text), [], String(from));
      assert.equal(validate(data(text)), true, `${String(from)}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects a required key written with no value (region:), as the checker does', () => {
    const text = consistent.replace(/^region: .*$/m, 'region:');
    assert.deepEqual(schemaFindings(text), ['region']);
    assert.equal(validate(data(text)), false);
  });

  it('gives asOf the date format, the calendar check being the checker\'s alone', () => {
    const schema = budgetJsonSchema() as { properties: { assets: { properties: { asOf: { format?: string } } } } };
    assert.equal(schema.properties.assets.properties.asOf.format, 'date');
  });
});

describe('the zod schema', () => {
  it('documents every key in Chinese and English', () => {
    const undocumented: string[] = [];
    const visit = (path: (string | number)[], depth: number) => {
      if (depth > 6) return;
      for (const { key, schema } of keysAt(path)) {
        const doc = keyDoc(schema);
        if (!doc?.term.zh || !doc.term.en || !doc.about.zh || !doc.about.en) undocumented.push([...path, key].join('.'));
        const inner = schemaAt([...path, key]);
        const unwrapped = inner instanceof z.ZodOptional ? inner.unwrap() : inner;
        visit(unwrapped instanceof z.ZodArray ? [...path, key, 0] : [...path, key], depth + 1);
      }
    };
    visit([], 0);
    assert.deepEqual(undocumented, []);
  });

  it('names basic expenditure 基本支出', () => {
    assert.deepEqual(keyDoc(schemaAt(['overview', 'expenditure', 'basic']))?.term, { zh: '基本支出', en: 'basic expenditure' });
    assert.ok(Budget.shape.overview);
  });
});

describe('looking up keys in the schema', () => {
  it('knows nothing of keys inherited from Object (constructor, __proto__, toString)', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.equal(schemaAt([key]), undefined, key);
      assert.equal(schemaAt(['overview', key]), undefined, key);
    }
  });
});

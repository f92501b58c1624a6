import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { budgetJsonSchema } from '../../server/src/core/json-schema';
import { keysAt, keyDoc, schemaAt } from '../../server/src/core/schema-walk';
import { Budget } from '../../server/src/core/schema';
import { z } from 'zod';

describe('schemas/budget.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'budget.schema.json'), 'utf8'));
    assert.deepEqual(committed, budgetJsonSchema());
  });

  it('forbids unknown keys and states rates as signed percentages', () => {
    const schema = budgetJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { properties?: Record<string, { properties?: Record<string, { pattern?: string }> }> }> };
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.threePublicExpenses!.properties!.total!.properties!.changeRate!.pattern, '^[+-]?\\d+(?:\\.\\d+)?%$');
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

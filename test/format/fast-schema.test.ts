import assert from 'assert';
import fc from 'fast-check';
import { z } from 'zod';
import { generate } from '../../bench/generate';
import { compileSchema } from '../../server/src/core/format/fast-schema';
import { Activity, Budget } from '../../server/src/core/format/schema';
import { parseText } from '../../server/src/core/syntax/parse';
import { example, fixture } from '../helpers';
import { property } from '../properties';

const budget = compileSchema(Budget)!;
const activity = compileSchema(Activity)!;

/** The compiled check against zod on one value: what it vouches for is zod's output, key order included; what zod accepts, it accepts. */
function agree(compiled: (v: unknown) => unknown, schema: z.ZodType, value: unknown, what: string): boolean {
  const fast = compiled(value);
  const zod = schema.safeParse(value);
  if (fast !== undefined) {
    assert.ok(zod.success, `${what}: vouched for a value zod refuses: ${JSON.stringify(zod.error?.issues)}`);
    assert.deepStrictEqual(fast, zod.data, what);
    assert.strictEqual(JSON.stringify(fast), JSON.stringify(zod.data), `${what}: key order`);
  } else if (!holdsUndefined(value)) {
    // Data read from YAML never holds `undefined`, which the compiled check leaves to zod.
    assert.ok(!zod.success, `${what}: zod accepts a value the compiled check does not`);
  }
  return zod.success;
}

function holdsUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.some(holdsUndefined);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsUndefined);
}

/** Every path to a value in plain data, parents first. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** What a value is replaced with: each type the schema tells apart, at and beyond its bounds. */
const REPLACEMENTS: unknown[] = [0, -1, -0.5, 1.5, 1, 2018, 1899, 2201, 101, 10101, 1010101, 1e20, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity, '', 'x', '1.5%', '-0.2%', '2018-12-31', '2018-02-30', '元', '货物', 'generalBudget', true, null, undefined, [], {}, { amount: 1 }, { amount: -1, share: '1%' }, [1], ['x'], { name: 'x', budget: 1 }];

function mutate(data: unknown, edits: readonly (readonly [number, number, boolean])[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const [p, r, remove] of edits) {
    const all = paths(copy).filter((x) => x.length > 0);
    const path = all[p % all.length]!;
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[part];
    const key = path[path.length - 1]!;
    const target = parent as Record<string | number, unknown>;
    if (remove && !Array.isArray(target)) delete target[key];
    else if (remove) target[`${key}x`] = 1;
    else target[key] = structuredClone(REPLACEMENTS[r % REPLACEMENTS.length]);
  }
  return copy;
}

describe('the compiled schema (fast-schema.ts)', () => {
  const documents: [string, string][] = [['the example', example()], ['the consistent fixture', fixture('consistent.budget.yaml')], ['examples/statistics-2024', example('statistics-2024.budget.yaml')],
    ['a generated document', generate(30)], ['a generated document with the nine tables', generate(20, 1, 32)]];

  it('compiles the format\'s schema and its activity', () => {
    assert.strictEqual(typeof budget, 'function');
    assert.strictEqual(typeof activity, 'function');
  });

  it('gives zod\'s output on the examples, the fixture and generated documents', () => {
    for (const [what, text] of documents) {
      const data = parseText(text).data;
      assert.ok(agree(budget, Budget, data, what), `${what} is valid`);
      assert.notStrictEqual(budget(data), data, 'a copy, as zod makes');
    }
  });

  it('copies each object in the shape\'s order, as zod does, whatever the order written', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number().optional(), c: z.array(z.strictObject({ x: z.number() })).optional() });
    const compiled = compileSchema(schema)!;
    const out = compiled({ c: [{ x: 1 }], a: 's' });
    assert.deepStrictEqual(Object.keys(out as object), ['a', 'c']);
    assert.ok(agree(compiled, schema, { c: [{ x: 1 }], a: 's' }, 'reordered'));
    assert.ok(!agree(compiled, schema, { a: 's', d: 1 }, 'unknown key'));
    assert.ok(!agree(compiled, schema, { b: 1 }, 'required key missing'));
  });

  it('takes a union\'s first option that zod would take, and is unsure where an earlier option might', () => {
    const schema = z.union([z.number().min(0), z.strictObject({ amount: z.number() })]);
    const compiled = compileSchema(schema)!;
    assert.ok(agree(compiled, schema, 5, 'bare'));
    assert.ok(agree(compiled, schema, { amount: 5 }, 'long form'));
    assert.ok(!agree(compiled, schema, -5, 'below the bound'));
    const overlapping = z.union([z.string().regex(/^a/), z.string()]);
    const o = compileSchema(overlapping)!;
    // The second option would accept 'b', but the first, of the same type, failed a check: left to zod.
    assert.strictEqual(o('b'), undefined);
    assert.strictEqual(o('ab'), 'ab');
  });

  it('compiles nothing it does not know: a transform, a default, a schema that strips unknown keys', () => {
    assert.strictEqual(compileSchema(z.string().transform((s) => s.length)), undefined);
    assert.strictEqual(compileSchema(z.strictObject({ a: z.number().default(1) })), undefined);
    assert.strictEqual(compileSchema(z.object({ a: z.number() })), undefined);
    assert.strictEqual(compileSchema(z.string().email()), undefined);
  });

  property('agrees with zod on documents whose values are replaced or removed at random (seeded)', () => {
    let valid = 0;
    let total = 0;
    for (const [what, text] of documents.slice(0, 4)) {
      const data = parseText(text).data;
      fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }), (edits) => {
        const mutated = mutate(data, edits);
        total++;
        if (agree(budget, Budget, mutated, `${what} after ${JSON.stringify(edits)}`)) valid++;
        const activities = (mutated as { performance?: { activities?: unknown[] } }).performance?.activities;
        if (Array.isArray(activities)) for (const a of activities.slice(0, 3)) agree(activity, Activity, a, `${what}: an activity after ${JSON.stringify(edits)}`);
      }), { seed: 42, numRuns: 300 });
    }
    // Both kinds must occur, lest the property compare only refusals (or only documents left valid).
    assert.ok(valid > total / 20 && valid < total - total / 20, `${valid} of ${total} mutated documents valid`);
  });
});

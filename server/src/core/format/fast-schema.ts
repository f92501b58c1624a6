import type { z } from 'zod';

/**
 * A zod schema compiled to plain functions that check a value and copy it as zod's `parse` outputs it (the keys of
 * each object in the shape's order, absent optional keys left out), for the schema types the format uses. A
 * compiled check answers only "valid, and here is zod's output" or "not sure"; on "not sure" the caller asks zod,
 * which also gives the issues' messages. On a valid document (nearly every open) zod's own parse, which builds a
 * payload and an issue list per value, was most of the model's time.
 *
 * Sound by construction: a value is accepted only when every check zod would run on it passes, each check read
 * from the schema's definition; a schema holding anything else (a transform, a default, a check kind not listed
 * below) compiles to `undefined`, and zod alone is used. test/format/fast-schema.test.ts holds the output equal
 * to zod's on the examples, generated documents and mutated ones.
 */

/** What a compiled check returns when it cannot vouch for the value. */
const UNSURE: unique symbol = Symbol('unsure');
type Unsure = typeof UNSURE;

type Run = (value: unknown) => unknown | Unsure;

interface Compiled {
  run: Run;
  /** Whether a value certainly fails this schema's type test (a union may then try its next option). */
  wrongType: (value: unknown) => boolean;
}

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
  readonly coerce?: boolean;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
}

class Unsupported extends Error {}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema's checks (`min`, `int`, `regex`, `refine`) as one predicate, or Unsupported. */
function checksOf(def: Def, kind: 'string' | 'number'): ((v: never) => boolean) | undefined {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (checks.length === 0) return undefined;
  const tests = checks.map((c): ((v: never) => boolean) => {
    if (c.check === 'custom' && typeof c.fn === 'function') {
      const fn = c.fn;
      return (v) => Boolean(fn(v));
    }
    if (kind === 'string' && c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) {
      const pattern = c.pattern;
      return (v: string) => pattern.test(v);
    }
    if (kind === 'number' && c.check === 'number_format' && c.format === 'safeint') return (v: number) => Number.isSafeInteger(v);
    if (kind === 'number' && c.check === 'greater_than' && typeof c.value === 'number') {
      const min = c.value;
      return c.inclusive ? (v: number) => v >= min : (v: number) => v > min;
    }
    if (kind === 'number' && c.check === 'less_than' && typeof c.value === 'number') {
      const max = c.value;
      return c.inclusive ? (v: number) => v <= max : (v: number) => v < max;
    }
    throw new Unsupported(`${kind} check ${c.check}`);
  });
  return (v) => tests.every((t) => t(v));
}

function compileDef(schema: z.ZodType, memo: Map<z.ZodType, Compiled>): Compiled {
  const known = memo.get(schema);
  if (known) return known;
  const def = defOf(schema);
  // Set before the children are compiled: a recursive schema (an activity's children) refers back to itself.
  const compiled: Compiled = { run: () => UNSURE, wrongType: () => false };
  memo.set(schema, compiled);
  const noChecks = () => {
    if ((def.checks ?? []).length > 0) throw new Unsupported(`${def.type} with checks`);
  };
  switch (def.type) {
    case 'string': {
      if (def.coerce) throw new Unsupported('coerced string');
      const checks = checksOf(def, 'string');
      compiled.run = checks ? (v) => (typeof v === 'string' && checks(v as never) ? v : UNSURE) : (v) => (typeof v === 'string' ? v : UNSURE);
      compiled.wrongType = (v) => typeof v !== 'string';
      break;
    }
    case 'number': {
      if (def.coerce) throw new Unsupported('coerced number');
      const checks = checksOf(def, 'number');
      compiled.run = (v) => (typeof v === 'number' && Number.isFinite(v) && (!checks || checks(v as never)) ? v : UNSURE);
      compiled.wrongType = (v) => typeof v !== 'number';
      break;
    }
    case 'enum': {
      noChecks();
      const values = new Set(Object.values(def.entries ?? {}));
      compiled.run = (v) => (values.has(v) ? v : UNSURE);
      compiled.wrongType = (v) => !values.has(v);
      break;
    }
    case 'literal': {
      noChecks();
      const values = new Set(def.values ?? []);
      compiled.run = (v) => (values.has(v) ? v : UNSURE);
      compiled.wrongType = (v) => !values.has(v);
      break;
    }
    case 'optional': {
      noChecks();
      const inner = compileDef(def.innerType!, memo);
      if ((def.innerType as unknown as { _zod: { optin?: string } })._zod.optin === 'defaulted') throw new Unsupported('defaulted');
      compiled.run = (v) => (v === undefined ? UNSURE : inner.run(v));
      compiled.wrongType = (v) => v !== undefined && inner.wrongType(v);
      break;
    }
    case 'array': {
      noChecks();
      const element = compileDef(def.element!, memo);
      compiled.run = (v) => {
        if (!Array.isArray(v)) return UNSURE;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) return UNSURE;
          const r = element.run(v[i]);
          if (r === UNSURE) return UNSURE;
          out[i] = r;
        }
        return out;
      };
      compiled.wrongType = (v) => !Array.isArray(v);
      break;
    }
    case 'object': {
      noChecks();
      // Strict objects alone: an unknown key fails (zod's `never` catchall), so the output holds the input's keys.
      if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Unsupported('object that is not strict');
      const shape = def.shape!;
      const keys = Object.keys(shape);
      if (Object.getOwnPropertySymbols(shape).length > 0 || keys.includes('__proto__')) throw new Unsupported('symbol or __proto__ key');
      const keySet = new Set(keys);
      const optional = keys.map((k) => (shape[k] as unknown as { _zod: { optin?: string; optout?: string } })._zod);
      if (optional.some((o) => (o.optin === undefined) !== (o.optout === undefined) || o.optin === 'defaulted')) throw new Unsupported('key optional one way only');
      const required = optional.map((o) => o.optin === undefined);
      // A recursive field (an activity's `children`) finds this object's entry in `memo`, its `run` set below.
      const fields = keys.map((k) => compileDef(shape[k]!, memo));
      compiled.run = (v) => {
        if (!isRecord(v)) return UNSURE;
        let present = 0;
        for (const key in v) {
          if (!keySet.has(key)) return UNSURE;
          present++;
        }
        const out: Record<string, unknown> = {};
        let seen = 0;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!(key in v)) {
            if (required[i]) return UNSURE;
            continue;
          }
          seen++;
          const value = v[key];
          if (value === undefined) return UNSURE;
          const r = fields[i]!.run(value);
          if (r === UNSURE) return UNSURE;
          out[key] = r;
        }
        // Every key `for…in` saw is the object's own (a key of the shape inherited would not be copied as zod copies it).
        return seen === present && seen === Object.keys(v).length ? out : UNSURE;
      };
      compiled.wrongType = (v) => !isRecord(v);
      break;
    }
    case 'union': {
      noChecks();
      const options = (def.options ?? []).map((o) => compileDef(o, memo));
      // zod's output is the first option that succeeds: a later one is taken only when every earlier one certainly fails.
      compiled.run = (v) => {
        for (const option of options) {
          const r = option.run(v);
          if (r !== UNSURE) return r;
          if (!option.wrongType(v)) return UNSURE;
        }
        return UNSURE;
      };
      compiled.wrongType = (v) => options.every((o) => o.wrongType(v));
      break;
    }
    default:
      throw new Unsupported(def.type);
  }
  return compiled;
}

/**
 * The schema compiled (undefined when it holds something not compiled, see above). The returned function gives
 * zod's output for a value it vouches for, `undefined` for any other: then ask zod.
 */
export function compileSchema<T>(schema: z.ZodType<T>): ((value: unknown) => T | undefined) | undefined {
  let root: Compiled;
  try {
    root = compileDef(schema, new Map());
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return (value) => {
    const r = root.run(value);
    return r === UNSURE ? undefined : (r as T);
  };
}

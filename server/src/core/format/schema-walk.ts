import { z } from 'zod';
import { Budget, type KeyDoc } from './schema';
import type { YamlPath } from '../syntax/source';

/** The schema that governs a path of the document, through optionals, lists and the activity tree. */
export function schemaAt(path: YamlPath, root: z.ZodType = Budget): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const part of path) {
    schema = schema && step(unwrap(schema), part);
    if (!schema) return undefined;
  }
  return schema;
}

function step(schema: z.ZodType, part: string | number): z.ZodType | undefined {
  // A figure or its long form: the keys are the long form's.
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map((o) => step(unwrap(o), part)).find((s) => s !== undefined);
  // Own keys only: a key named `constructor` or `__proto__` is not part of the format.
  if (schema instanceof z.ZodObject && typeof part === 'string') return Object.hasOwn(schema.shape, part) ? (schema.shape as Record<string, z.ZodType>)[part] : undefined;
  if (schema instanceof z.ZodArray && typeof part === 'number') return schema.element as z.ZodType;
  return undefined;
}

/** The mapping a schema describes: itself, or the long form of a figure that may also be a bare number. */
function objectOf(schema: z.ZodType): z.ZodType | undefined {
  return schema instanceof z.ZodUnion ? (schema.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject) : schema;
}

/** Strips `.optional()` wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The Chinese term, English name and meaning of a key, from its schema. */
export function keyDoc(schema: z.ZodType | undefined): KeyDoc | undefined {
  for (let s = schema; s; s = s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : undefined) {
    const meta = s.meta() as Partial<KeyDoc> | undefined;
    if (meta?.term && meta.about) return { term: meta.term, about: meta.about };
  }
  return undefined;
}

/** Keys of the mapping at a path, with whether each is required. */
export function keysAt(path: YamlPath): { key: string; required: boolean; schema: z.ZodType }[] {
  const schema = schemaAt(path);
  const object = schema && objectOf(unwrap(schema));
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([key, s]) => ({ key, required: !(s instanceof z.ZodOptional), schema: s }));
}

/** The allowed values of an enum at a path (units, categories). */
export function enumValues(path: YamlPath): readonly string[] {
  const schema = schemaAt(path);
  const s = schema && unwrap(schema);
  return s instanceof z.ZodEnum ? (s.options as string[]) : [];
}

import { z } from 'zod';
import { Budget, DATE_PATTERN } from './schema';

/** `schemas/budget.schema.json`, generated from the zod schema. */
export function budgetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Budget, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override: ({ jsonSchema }) => {
      // Our structured key docs become the keywords editors know.
      const doc = jsonSchema as Record<string, unknown>;
      delete doc.term;
      delete doc.about;
      // A date (`asOf`): the calendar check (2018-02-30) cannot be written in JSON Schema; `format` tells editors
      // that know dates.
      if (doc.pattern === DATE_PATTERN.source) doc.format = 'date';
    },
  }) as Record<string, unknown>;
  emptyOptionals(schema);
  return {
    ...schema,
    $id: 'https://budget-docs.github.io/schemas/budget.schema.json',
    title: '部门预算信息公开说明 Budget disclosure document',
    description: '*.budget.yaml — 部门预算信息公开说明的源文件。The source of a department\'s annual budget disclosure.',
  };
}

/**
 * An optional key written with no value (`goal:`) is read as absent (docs/format.md): its value may be null. Every
 * optional property of every object in the schema gets `null` among its types, as the checker reads it.
 */
function emptyOptionals(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) emptyOptionals(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, property] of Object.entries(properties)) {
      if (required.has(key)) continue;
      if (typeof property.type === 'string') property.type = [property.type, 'null'];
      else if (!('type' in property)) properties[key] = { anyOf: [property, { type: 'null' }] };
    }
  }
  for (const value of Object.values(schema)) emptyOptionals(value);
}

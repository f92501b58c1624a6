import { z } from 'zod';
import { Budget } from './schema';

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
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://budget-docs.github.io/schemas/budget.schema.json',
    title: '部门预算信息公开说明 Budget disclosure document',
    description: '*.budget.yaml — 部门预算信息公开说明的源文件。The source of a department\'s annual budget disclosure.',
  };
}

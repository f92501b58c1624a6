// Writes schemas/budget.schema.json and schemas/budgetdoc-config.schema.json from the zod schemas (a test fails when it drifts).
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { budgetJsonSchema } from '../server/src/core/format/json-schema';
import { configJsonSchema } from '../server/src/core/config/schema';

for (const [name, schema] of [['budget.schema.json', budgetJsonSchema()], ['budgetdoc-config.schema.json', configJsonSchema()]] as const) {
  const out = join(__dirname, '..', 'schemas', name);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

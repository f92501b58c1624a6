// Writes schemas/budget.schema.json from the zod schema (a test fails when it drifts).
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { budgetJsonSchema } from '../server/src/core/format/json-schema';

const out = join(__dirname, '..', 'schemas', 'budget.schema.json');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify(budgetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);

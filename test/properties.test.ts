import { strict as assert } from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');

describe('the property script (npm run test:properties)', () => {
  it('runs every test file whose counts come from test/properties.ts (directly, or through the rule tester), and only files that exist', () => {
    const spec = (JSON.parse(readFileSync(join(ROOT, '.mocharc.properties.json'), 'utf8')) as { spec: string[] }).spec;
    const counted = (readdirSync(join(ROOT, 'test'), { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.test.ts') && /from '\.\.?\/(?:\.\.\/)*properties'|from '\.\/tester'/.test(readFileSync(join(ROOT, 'test', f), 'utf8')))
      .map((f) => `test/${f}`)
      .sort();
    assert.ok(counted.length > 0);
    assert.deepEqual([...spec].sort(), counted);
  });
});

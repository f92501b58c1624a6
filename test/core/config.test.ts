import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { configFor, findConfigFile, isIgnored, parseConfig, type ProjectConfig } from '../../server/src/core/config/load';
import { configJsonSchema } from '../../server/src/core/config/schema';
import { checkOptions, resolveSettings } from '../../server/src/core/config/settings';
import { DEFAULT_LIMITS } from '../../server/src/core/syntax/limits';

const ROOT = join(__dirname, '..', '..');
const problems = (text: string) => parseConfig(text, '/p/.budgetdoc.yaml').problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message.en}`);

describe('.budgetdoc.yaml', () => {
  it('reads severities, ignores, limits and locale', () => {
    const config = parseConfig('locale: en\nrules:\n  numbering-prefix: off\n  sum-mismatch: warning\nignores: [drafts/**]\nlimits:\n  maxNestingDepth: 50\n', '/p/.budgetdoc.yaml');
    assert.deepEqual(config, {
      file: '/p/.budgetdoc.yaml',
      locale: 'en',
      rules: { 'numbering-prefix': 'off', 'sum-mismatch': 'warning' },
      ignores: ['drafts/**'],
      limits: { maxNestingDepth: 50 },
      problems: [],
    });
  });

  it('reads an empty file, or one of comments alone, as no settings', () => {
    for (const text of ['', '# nothing yet\n']) assert.deepEqual(parseConfig(text, '/p/c'), { file: '/p/c', rules: {}, ignores: [], limits: {}, problems: [] });
  });

  it('tells each wrong entry where it is, and keeps the right ones', () => {
    const text = 'locale: fr\nrules:\n  sum-mismatch: loud\n  no-such-rule: off\n  rounding: info\nignore: [x]\nlimits:\n  maxNestingDepth: 5000\n  maxValues: 10\n';
    assert.deepEqual(problems(text), [
      '1:9 locale should be auto, zh-CN or en.',
      '3:17 The severity of sum-mismatch should be error, warning, info or off.',
      '4:3 Unknown rule no-such-rule.',
      '6:1 Unknown key ignore (the keys are locale, rules, ignores, limits).',
      '8:20 maxNestingDepth should be a whole number from 1 to 1000.',
    ]);
    const config = parseConfig(text, '/p/c');
    assert.deepEqual([config.rules, config.limits, config.locale], [{ rounding: 'info' }, { maxValues: 10 }, undefined]);
  });

  it('tells a YAML syntax error, a file that is no mapping, and an alias, located, in both languages', () => {
    assert.deepEqual(problems('rules: [\n'), ['2:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    assert.deepEqual(problems('- a\n'), ['1:1 The configuration should be a mapping (locale, rules, ignores, limits).']);
    assert.deepEqual(problems('a: &x [1]\nignores: *x\n'), ['2:10 Aliases (*name) are not allowed in the configuration; write the content out.']);
    assert.equal(parseConfig('- a\n', '/p/c').problems[0]!.message.zh, '配置文件应为键值映射（locale、rules、ignores、limits）。');
  });

  it('is found in the document\'s folder or the nearest one above it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-config-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, '.budgetdoc.yaml'), 'locale: en\n');
    writeFileSync(join(dir, 'a', '.budgetdoc.yml'), 'locale: zh-CN\n');
    assert.equal(findConfigFile(join(dir, 'a', 'b')), join(dir, 'a', '.budgetdoc.yml'));
    assert.equal(configFor(join(dir, 'x.budget.yaml'))?.locale, 'en');
    assert.equal(configFor(join(dir, 'a', 'b', 'x.budget.yaml'))?.locale, 'zh-CN');
  });

  it('leaves out the documents its ignores match, relative to its folder, a folder matching what is in it', () => {
    const config: ProjectConfig = { file: '/p/.budgetdoc.yaml', rules: {}, ignores: ['drafts', '**/*.draft.budget.yaml', './old/**'], limits: {}, problems: [] };
    assert.deepEqual(
      ['/p/drafts/a.budget.yaml', '/p/x/y.draft.budget.yaml', '/p/old/2017/a.budget.yaml', '/p/a.budget.yaml', '/p/x/drafts.budget.yaml', '/q/drafts/a.budget.yaml'].map((f) => isIgnored(config, f)),
      [true, true, true, false, false, false],
    );
  });
});

describe('the settings a document is checked under', () => {
  const config: ProjectConfig = { file: '/p/.budgetdoc.yaml', locale: 'en', rules: { 'numbering-prefix': 'off', 'sum-mismatch': 'warning' }, ignores: ['drafts/**'], limits: { maxNestingDepth: 50 }, problems: [] };

  it('are the configuration\'s, with the editor\'s settings on top, rule by rule', () => {
    const s = resolveSettings({ rules: { 'sum-mismatch': 'error', rounding: 'off' }, locale: 'zh-CN', limits: { maxAliasCount: 10 } }, config, '/p/a.budget.yaml');
    assert.deepEqual([s.locale, s.rules, s.limits, s.ignored], ['zh-CN', { 'numbering-prefix': 'off', 'sum-mismatch': 'error', rounding: 'off' }, { ...DEFAULT_LIMITS, maxNestingDepth: 50, maxAliasCount: 10 }, false]);
  });

  it('keep the configuration\'s locale and limits where the editor has its defaults (auto, the built-in limit)', () => {
    const s = resolveSettings({ locale: 'auto', rules: {}, limits: { ...DEFAULT_LIMITS } }, config, '/p/a.budget.yaml');
    assert.deepEqual([s.locale, s.limits.maxNestingDepth], ['en', 50]);
  });

  it('check an ignored document with every rule off', () => {
    const s = resolveSettings({}, config, '/p/drafts/a.budget.yaml');
    assert.equal(s.ignored, true);
    assert.deepEqual(Object.values(checkOptions(s).rules ?? {}).filter((v) => v !== 'off'), []);
  });
});

describe('schemas/budgetdoc-config.schema.json', () => {
  const schema = configJsonSchema();

  it('is what the zod schema generates (run `npm run generate` after changing the configuration)', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, 'schemas', 'budgetdoc-config.schema.json'), 'utf8')), schema);
  });

  it('accepts the test project\'s configuration and refuses what the reader refuses', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.equal(validate(parse(readFileSync(join(ROOT, 'test', 'fixtures', 'project', '.budgetdoc.yaml'), 'utf8'))), true, JSON.stringify(validate.errors));
    for (const text of ['locale: fr', 'rules: { sum-mismatch: loud }', 'rules: { no-such-rule: off }', 'ignore: [x]', 'limits: { maxNestingDepth: 5000 }']) {
      assert.equal(validate(parse(text)), false, text);
      assert.notDeepEqual(problems(text), [], text);
    }
  });
});

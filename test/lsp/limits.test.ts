import { strict as assert } from 'assert';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { docsUrl } from '../../server/src/core/check/registry';
import { fixture } from '../helpers';
import { shareSession, type Session } from './client';

const URI = 'file:///work/limits.budget.yaml';
const consistent = fixture('consistent.budget.yaml');
/** `x:` one block level, then `depth` flow brackets. */
const nested = (depth: number) => `x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
const messages = (ds: readonly Diagnostic[]) => ds.map((d) => [d.code, d.severity, d.message]);

describe('language server: budget.limits.* settings', () => {
  let session: Session;
  const server = shareSession({ locale: 'zh-cn' }, (s) => (session = s));

  it('flags the consistent fixture as too deep under maxNestingDepth 3: one error, naming the setting', async () => {
    session.settings = { limits: { maxNestingDepth: 3 } };
    const published = await session.open(URI, consistent);
    assert.deepEqual(published.diagnostics, [{
      range: { start: { line: 9, character: 6 }, end: { line: 9, character: 7 } },
      severity: 1,
      source: 'budget',
      code: 'yaml-syntax',
      codeDescription: { href: docsUrl('yaml-syntax') },
      message: '嵌套过深：超过 3 层（设置 budget.limits.maxNestingDepth），未检查。请检查括号是否成对、缩进是否正确。',
      data: { path: '' },
    } satisfies Diagnostic]);
  });

  it('flags the fixture under a lowered maxDocumentBytes, maxAliasCount and maxValues, each naming its setting', async () => {
    const aliased = `${consistent}x: &a [x, y]\nz: [*a, *a, *a]\n`;
    const cases: [string, Record<string, number>, string, RegExp][] = [
      ['file:///work/bytes.budget.yaml', { maxDocumentBytes: 1000 }, consistent, /^文件过大.*（设置 budget\.limits\.maxDocumentBytes）/],
      ['file:///work/aliases.budget.yaml', { maxAliasCount: 2 }, aliased, /^别名（\*名称）展开次数超过上限 2（设置 budget\.limits\.maxAliasCount）/],
      ['file:///work/values.budget.yaml', { maxValues: 50 }, consistent, /^别名展开后值的个数超过上限 50（设置 budget\.limits\.maxValues）/],
    ];
    for (const [uri, limits, text, expected] of cases) {
      session.settings = { limits };
      const { diagnostics } = await session.open(uri, text);
      assert.equal(diagnostics.length, 1, JSON.stringify(limits));
      assert.equal(diagnostics[0]!.code, 'yaml-syntax');
      assert.equal(diagnostics[0]!.severity, 1);
      assert.match(diagnostics[0]!.message as string, expected);
    }
  });

  it('falls back to the default depth 100 for negative, zero, fractional, string, boolean, null and object values', async () => {
    const hostile: unknown[] = [-5, 0, 2.5, '3', 'Infinity', true, null, {}, [3], { valueOf: 3 }];
    for (const [i, value] of hostile.entries()) {
      session.settings = { limits: { maxNestingDepth: value, maxDocumentBytes: value, maxAliasCount: value, maxValues: value } };
      const good = await session.open(`file:///work/good-${i}.budget.yaml`, consistent);
      assert.deepEqual(good.diagnostics, [], `consistent fixture under ${JSON.stringify(value)}`);
      const deep = await session.open(`file:///work/deep-${i}.budget.yaml`, nested(101));
      assert.deepEqual(messages(deep.diagnostics), [['yaml-syntax', 1, '嵌套过深：超过 100 层（设置 budget.limits.maxNestingDepth），未检查。请检查括号是否成对、缩进是否正确。']], JSON.stringify(value));
    }
  });

  it('clamps a huge maxNestingDepth to the ceiling of 1,000', async () => {
    session.settings = { limits: { maxNestingDepth: 1e12 } };
    const within = await session.open('file:///work/500.budget.yaml', nested(500));
    assert.ok(within.diagnostics.every((d) => !/嵌套过深/.test(d.message as string)), 'depth 500 is within the clamped limit');
    const over = await session.open('file:///work/1001.budget.yaml', nested(1001));
    assert.deepEqual(messages(over.diagnostics), [['yaml-syntax', 1, '嵌套过深：超过 1000 层（设置 budget.limits.maxNestingDepth），未检查。请检查括号是否成对、缩进是否正确。']]);
  });

  it('ignores a `limits` setting that is not an object', async () => {
    session.settings = { limits: 'unlimited' };
    const deep = await session.open(URI, nested(101));
    assert.match(deep.diagnostics[0]!.message as string, /^嵌套过深：超过 100 层/);
  });

  it('checks open documents again when a limit is lowered and raised in the settings', async () => {
    assert.deepEqual((await session.open(URI, consistent)).diagnostics, []);
    session.settings = { limits: { maxNestingDepth: 3 } };
    let republished = session.next(URI);
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await republished).diagnostics.map((d) => d.code), ['yaml-syntax']);
    session.settings = { limits: { maxNestingDepth: 100 } };
    republished = session.next(URI);
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await republished).diagnostics, []);
  });

  it('takes limits pushed by a client that cannot be asked', async () => {
    await server.own({ locale: 'zh-cn', capabilities: {} });
    await session.open(URI, consistent);
    const republished = session.next(URI);
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { budget: { limits: { maxNestingDepth: 3 } } } });
    assert.match((await republished).diagnostics[0]!.message as string, /超过 3 层/);
  });
});

import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { completionsAt } from '../../server/src/core/features/completion';
import { LineIndex } from '../../server/src/core/syntax/text';
import { siteAt } from '../../server/src/core/syntax/cursor';
import { generate } from '../../bench/generate';
import { fixture } from '../helpers';

/** Completions where `|` stands in the text. */
function complete(withCursor: string) {
  const offset = withCursor.indexOf('|');
  assert.ok(offset >= 0, 'no | in the text');
  return completionsAt(check(withCursor.replace('|', '')), offset, 'zh-CN');
}
const labels = (text: string) => complete(text).map((c) => c.label);

/** The line the completion is written into, once written. */
function applied(withCursor: string, c: { replace: { start: number; end: number }; insertText: string }): string {
  const text = withCursor.replace('|', '');
  const out = text.slice(0, c.replace.start) + c.insertText + text.slice(c.replace.end);
  const start = out.lastIndexOf('\n', c.replace.start - 1) + 1;
  return out.slice(start, out.indexOf('\n', start) + 1);
}
const consistent = fixture('consistent.budget.yaml');
const at = (from: string, to: string) => {
  assert.ok(consistent.includes(from), `fixture has no ${from}`);
  return consistent.replace(from, to);
};

describe('completion', () => {
  it('offers the top-level keys not yet written, required ones first, with their Chinese terms', () => {
    const items = complete('budget: 1\nregion: 沧州经济开发区\n|\n');
    assert.deepEqual(items.slice(0, 3).map((c) => [c.label, c.detail]), [['department', '部门 · department'], ['year', '预算年度 · year'], ['unit', '金额单位 · unit']]);
    assert.ok(!items.some((c) => c.label === 'budget' || c.label === 'region'));
  });

  it('offers the keys of the mapping the indentation puts the cursor in, minus those already there', () => {
    assert.deepEqual(labels(at('    reasons: 基本支出增加主要是人员调资。\n', '    |\n')), ['reasons']);
    assert.deepEqual(labels(at('    amount: 24\n', '    |\n')), ['label', 'amount', 'share']);
  });

  it('opens a mapping or a list on the next line for a key that holds one', () => {
    const items = complete('budget: 1\n|\n');
    assert.equal(items.find((c) => c.label === 'overview')?.insertText, 'overview:\n  ');
    assert.equal(items.find((c) => c.label === 'glossary')?.insertText, 'glossary:\n  - ');
    assert.equal(items.find((c) => c.label === 'unit')?.insertText, 'unit: ');
  });

  it('replaces the part of the key already typed', () => {
    const text = 'budget: 1\nuni|\n';
    assert.deepEqual(complete(text).find((c) => c.label === 'unit')?.replace, { start: 10, end: 13 });
  });

  it('replaces the whole key the cursor is in, and writes no second colon', () => {
    /** The text after picking `label` where `|` stands. */
    const pick = (withCursor: string, label: string) => {
      const c = complete(withCursor).find((x) => x.label === label);
      assert.ok(c, `no ${label}`);
      const text = withCursor.replace('|', '');
      return text.slice(0, c.replace.start) + c.insertText + text.slice(c.replace.end);
    };
    assert.equal(pick(at('      budget: 587.00', '      budgte|: 587.00'), 'budget'), consistent);
    assert.equal(pick(at('      budget: 587.00', '      bu|dget: 587.00'), 'budget'), consistent);
    assert.equal(pick(at('fair: ≥70%, poor: <70% }', 'fair: ≥70%, po|or: <70% }'), 'poor'), consistent);
    assert.equal(pick(at('{ general: 24 }', '{ |general: 24 }'), 'fund'), at('{ general: 24 }', '{ fund: 24 }'));
    assert.equal(pick(at('unit: 万元', 'unit: 万|元'), '万元'), consistent);
    assert.equal(pick(at('unit: 万元', 'unit: 万|元  # 单位'), '亿元'), at('unit: 万元', 'unit: 亿元  # 单位'));
    assert.equal(pick(at('category: 服务', 'category: 服|务'), '服务'), consistent);
    // A key not yet followed by its colon still gets one.
    assert.equal(pick('budget: 1\nuni|\n', 'unit'), 'budget: 1\nunit: \n');
  });

  it('offers the units, the procurement categories and a source of funds inside a flow mapping', () => {
    assert.deepEqual(labels(at('unit: 万元', 'unit: |')), ['元', '千元', '万元', '亿元']);
    assert.deepEqual(labels('procurement:\n  items:\n    - name: 信息技术服务\n      category: |\n'), ['货物', '工程', '服务']);
    assert.deepEqual(labels(at('{ general: 24 }', '{ general: 24, |')), ['fund', 'specialAccount']);
  });

  it('offers glossary terms inside text, the document\'s own first', () => {
    const items = complete(at('    reasons: 基本支出增加主要是人员调资。', '    reasons: 今年|'));
    assert.deepEqual(items[0], { label: '基本支出', kind: 'term', detail: '本文件名词解释', documentation: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。', insertText: '基本支出', snippet: false, replace: { start: items[0]!.replace.start, end: items[0]!.replace.start } });
    assert.ok(items.some((c) => c.label === '三公经费'));
    assert.equal(items.filter((c) => c.label === '基本支出').length, 1);
  });

  it('replaces what is typed of a term: 三公| offers the terms it starts, and writes 三公经费 over 三公', () => {
    const text = at('    reasons: 基本支出增加主要是人员调资。', '    reasons: 压减三公|');
    const cursor = text.replace('|', '').indexOf('压减三公') + '压减三公'.length;
    const items = complete(text);
    assert.ok(items.length > 0 && items.every((c) => c.label.startsWith('三') || c.label.startsWith('公')), items.map((c) => c.label).join(', '));
    const term = items.find((c) => c.label === '三公经费')!;
    assert.deepEqual(term.replace, { start: cursor - 2, end: cursor });
    assert.equal(applied(text, term), '    reasons: 压减三公经费\n');
  });

  it('inside a quoted value, starts what is typed after the quote', () => {
    const empty = at('    reasons: 基本支出增加主要是人员调资。', '    reasons: "|"');
    assert.ok(complete(empty).length > 5, 'every term, at the cursor');
    assert.equal(applied(empty, complete(empty).find((c) => c.label === '三公经费')!), '    reasons: "三公经费"\n');
    const typed = at('    reasons: 基本支出增加主要是人员调资。', '    reasons: "压减三公|"');
    assert.equal(applied(typed, complete(typed).find((c) => c.label === '三公经费')!), '    reasons: "压减三公经费"\n');
  });

  it('writes a term once when the cursor is inside it: 基本|支出 stays 基本支出', () => {
    const text = at('    reasons: 基本支出增加主要是人员调资。', '    reasons: 基本|支出增加');
    const term = complete(text).find((c) => c.label === '基本支出')!;
    assert.equal(applied(text, term), '    reasons: 基本支出增加\n');
  });

  it('offers a whole new activity, with goal and an indicator with its four grades, as the first key of a new item', () => {
    const [snippet] = complete(at('    - name: 审计业务', '    - |\n    - name: 审计业务')).filter((c) => c.kind === 'snippet');
    assert.equal(snippet?.label, '新职责活动（含绩效目标与指标）');
    assert.equal(snippet!.insertText, [
      'name: ${1:职责活动}',
      '      budget: ${2:0.00}',
      '      content: ${3:工作内容}',
      '      goal: ${4:绩效目标}',
      '      indicators:',
      '        - name: ${5:绩效指标}',
      '          grades: { excellent: ${6:≥90%}, good: ${7:≥80%}, fair: ${8:≥70%}, poor: ${9:<70%} }$0',
    ].join('\n'));
  });

  it('offers a new procurement item, with its dash, on an empty line under items', () => {
    const items = complete(at('  items:\n    - { department: 党政办公室, name: 信息技术服务', '  items:\n    |\n    - { department: 党政办公室, name: 信息技术服务'));
    assert.deepEqual(items.map((c) => [c.label, c.insertText.split('\n')[0]]), [['新政府采购项目', '- department: ${1:采购部门}']]);
  });

  it('finds the mapping of a key typed deep in a long list, and the keys it has, from the lines above and below', () => {
    const text = generate(300);
    const lines = text.split('\n');
    const names = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('    - name: ')).map(([, i]) => i);
    // A new key in the 201st top-level activity, under its name; and a top-level key after the last line.
    const cut = lines.slice(0, names[200]! + 1).join('\n').length + 1;
    const typed = `${text.slice(0, cut)}      go\n${text.slice(cut)}`;
    const site = siteAt(new LineIndex(typed), cut + 8);
    assert.equal(site?.kind, 'key');
    assert.deepEqual(site.kind === 'key' && site.map, ['performance', 'activities', 200]);
    const own = lines.slice(names[200], names[201]).filter((l) => /^ {4}[- ] [a-z]\w*:/.test(l)).map((l) => l.slice(6).split(':')[0]);
    assert.deepEqual(site.kind === 'key' && [...site.present].sort(), [...own].sort());
    const end = siteAt(new LineIndex(`${text}ye`), text.length + 2);
    assert.deepEqual(end?.kind === 'key' && [end.map, end.present.includes('performance')], [[], true]);
    // The same with a byte order mark and CRLF line ends: the same site, one offset further per line above.
    const crlf = `\uFEFF${typed.replace(/\n/g, '\r\n')}`;
    const moved = siteAt(new LineIndex(crlf), cut + 8 + 1 + names[200]! + 1);
    assert.deepEqual(moved?.kind === 'key' && [moved.map, [...moved.present].sort()], [['performance', 'activities', 200], [...own].sort()]);
  });

  it('offers nothing where the indentation makes no sense', () => {
    assert.deepEqual(labels('budget: 1\n    |\n'), []);
  });
});

import { strict as assert } from 'assert';
import type { Finding } from '../../server/src/core/check/finding';
import { generate } from '../../bench/generate';
import { applyFix, consistentWith, findings, fixture, pin, yaml } from '../helpers';

/** The text with each two spaces of indentation written as a tab, as an editor set to tabs writes it. */
function tabIndented(text: string): string {
  return text.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length >> 1) + ' '.repeat(spaces.length & 1));
}

/** A syntax error's range stays on one line, and never reaches the end of a longer file. */
function assertOnOneLine(text: string, f: Finding): void {
  assert.equal(f.range.start.line, f.range.end.line, `${pin(f).range} spans lines`);
  assert.ok(f.span.end < text.length - 1, `${pin(f).range} runs to the end of the file`);
}

describe('yaml-syntax', () => {
  describe('valid', () => {
    it('finds nothing in well-formed YAML', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'yaml-syntax'), []);
    });

    it('accepts a value with a colon but no space after it', () => {
      assert.deepEqual(findings(consistentWith('reasons: 基本支出增加主要是人员调资。', 'reasons: 时间:2019年'), 'yaml-syntax'), []);
    });
  });

  describe('invalid', () => {
    it('flags a table row\'s flow mapping broken onto a line at column 0 there, the same on every check, though the library\'s reading of it nests every later line until its stack runs out', () => {
      // The nine tables: a row `- { code: 30615, name: … }` with the line broken before `name`, its `nam` deleted.
      const base = generate(2, 1, 2);
      const at = base.indexOf('name: 经济分类6款15');
      const text = `${base.slice(0, at)}\n${base.slice(at + 3)}`;
      const expected = {
        rule: 'yaml-syntax', severity: 'error', path: '', range: '397:1-397:2',
        zh: 'YAML 语法错误：缩进不对，同级的键应左对齐',
        en: 'YAML syntax error: the indentation is off; keys at the same level must line up',
      };
      // Where the stack ran out moved with the JIT's frames from one check to the next: it was told as nesting too deep, there.
      for (let run = 0; run < 3; run++) assert.deepEqual(findings(text).map(pin), [expected]);
    });

    it('flags an unclosed double quote at the quote, on its own line, not at the end of the file', () => {
      const text = consistentWith('region: 示范区', 'region: "示范区');
      const [f, ...rest] = findings(text);
      assert.deepEqual(rest, [], 'other rules wait for well-formed YAML');
      assert.deepEqual(pin(f!), {
        rule: 'yaml-syntax', severity: 'error', path: '', range: '3:9-3:13',
        zh: 'YAML 语法错误：引号 " 没有闭合，请在值的末尾补上 "',
        en: 'YAML syntax error: this " quote is never closed; add a closing " at the end of the value',
      });
      assertOnOneLine(text, f!);
    });

    it('flags an unclosed single quote at the quote', () => {
      const text = consistentWith("asOf: '2018-12-31'", "asOf: '2018-12-31");
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '82:9-82:20',
        zh: "YAML 语法错误：引号 ' 没有闭合，请在值的末尾补上 '",
        en: "YAML syntax error: this ' quote is never closed; add a closing ' at the end of the value",
      }]);
    });

    it('flags an unclosed quote on the last line of a file without a final newline', () => {
      const text = 'budget: 1\nregion: "示范区';
      assert.deepEqual(findings(text, 'yaml-syntax').map((f) => pin(f).range), ['2:9-2:13']);
    });

    it('flags a line indented further than its siblings at that line\'s key', () => {
      const text = consistentWith('    basic: 2400.00', '     basic: 2400.00');
      const [f, ...rest] = findings(text, 'yaml-syntax');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'yaml-syntax', severity: 'error', path: '', range: '22:6-22:11',
        zh: 'YAML 语法错误：这一行比上一行的键缩进得多，被读成了上一行值的续行；同级的键应左对齐',
        en: 'YAML syntax error: this line is indented more than the key above it, so it reads as part of that value; keys at the same level must line up',
      });
    });

    it('flags a line indented less than its siblings at that line\'s key, and only that', () => {
      const text = consistentWith('    basic: 2400.00', '   basic: 2400.00');
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '22:4-22:9',
        zh: 'YAML 语法错误：缩进不对，同级的键应左对齐',
        en: 'YAML syntax error: the indentation is off; keys at the same level must line up',
      }]);
    });

    it('flags a tab used as indentation at the tab', () => {
      const text = consistentWith('    basic: 2400.00', '\tbasic: 2400.00');
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '22:1-22:2',
        zh: 'YAML 语法错误：不能用 Tab 缩进，请改用空格',
        en: 'YAML syntax error: tabs cannot indent; use spaces',
      }]);
    });

    it('converts a file indented with tabs to spaces: one finding, no duplicate keys after it, and the fix touches only the tabs', () => {
      const consistent = fixture('consistent.budget.yaml');
      const text = tabIndented(consistent);
      const [f, ...rest] = findings(text);
      assert.deepEqual(rest, [], 'the folded levels repeat keys: not told');
      assert.deepEqual(pin(f!), {
        rule: 'yaml-syntax', severity: 'error', path: '', range: '8:1-8:2',
        zh: 'YAML 语法错误：不能用 Tab 缩进，请改用空格（本文件有 75 行用 Tab 缩进）',
        en: 'YAML syntax error: tabs cannot indent; use spaces (75 lines are indented with tabs)',
      });
      assert.deepEqual(f!.fix!.title, { zh: '把缩进的 Tab 改为 2 个空格', en: 'Convert the indentation to spaces (2 per tab)' });
      assert.equal(f!.fix!.edits.length, 75);
      for (const e of f!.fix!.edits) {
        assert.match(text.slice(e.span.start, e.span.end), /^\t+ ?$/);
        assert.match(e.newText, /^ +$/);
        assert.equal(e.range.start.character, 0);
      }
      assert.equal(applyFix(text, f!), consistent);
    });

    it('converts one tab among spaces at the width that lines it up with its siblings, the only one that reads', () => {
      const text = consistentWith('    basic: 2400.00', '\tbasic: 2400.00');
      const [f] = findings(text, 'yaml-syntax');
      assert.deepEqual(f!.fix!.title.en, 'Convert the indentation to spaces (4 per tab)');
      assert.deepEqual(f!.fix!.edits.map((e) => [e.span.end - e.span.start, e.newText]), [[1, '    ']]);
      assert.equal(applyFix(text, f!), fixture('consistent.budget.yaml'));
    });

    it('offers no conversion where tab widths read as different documents', () => {
      // Two spaces a tab: `total` beside `expenditure`; four: inside it.
      const text = 'budget: 1\noverview:\n  expenditure:\n\ttotal: 1\n';
      assert.deepEqual(findings(text).map((f) => [pin(f).range, f.message.en, f.fix]), [
        ['4:1-4:2', 'YAML syntax error: tabs cannot indent; use spaces', undefined],
      ]);
    });

    describe('a table pasted from Word into a value', () => {
      const cells = (indent: string) => `    reasons: 项目\t金额\t上年\n${indent}基本支出\t2400.00\t2250.00\n${indent}项目支出\t800.00\t750.00`;
      const PASTED = {
        zh: 'YAML 语法错误：这一行像是从 Word 或 Excel 粘贴的表格（单元格以 Tab 分隔）：没有“键: 值”，也没有缩进到上一个键之下，被读成了一个新键。表格的数字请写进相应的键，文字请缩进到上一个键之下',
        en: 'YAML syntax error: this line looks like a table pasted from Word or Excel (cells separated by tabs): it has no “key: value” and is not indented under the key above, so it reads as a new key. Write the figures of the table into their keys, and indent text under the key above',
      };
      for (const [name, indent, range] of [
        ['its rows at the start of the line', '', '29:1-29:5'],
        ['its rows lined up with the key', '    ', '29:5-29:9'],
        ['its rows starting with a tab', '\t', '29:2-29:6'],
      ] as const) {
        it(`is told at its first row, for what it is, and nothing after it: ${name}`, () => {
          const text = consistentWith('    reasons: 基本支出增加主要是人员调资。', cells(indent));
          assert.deepEqual(findings(text).map(pin), [{ rule: 'yaml-syntax', severity: 'error', path: '', range, ...PASTED }]);
        });
      }

      it('is told at the value, with no fix to quote it, when a cell holds ": "', () => {
        const text = consistentWith('    reasons: 基本支出增加主要是人员调资。', '    reasons: 项目\t金额: 万元\t上年\n基本支出\t2400.00\t2250.00');
        assert.deepEqual(findings(text).map((f) => [pin(f).range, f.message.zh, f.message.en, f.fix]), [['28:14-28:26',
          'YAML 语法错误：这个值像是从 Word 或 Excel 粘贴的表格（单元格以 Tab 分隔），其中的“: ”被读成了嵌套的键。表格的数字请写进相应的键，文字请写成一段并加引号',
          'YAML syntax error: this value looks like a table pasted from Word or Excel (cells separated by tabs), and its ": " reads as a nested key. Write the figures of the table into their keys, and text as one paragraph in quotes',
          undefined,
        ]]);
      });

      it('is told at its first row when the value ends a section and a blank line follows', () => {
        const text = consistentWith('  explanation: 严格控制公务用车和接待支出。', '  explanation: 科目\t本年\t上年\n因公出国（境）费\t10\t10\n公务接待费\t6\t8\n');
        assert.deepEqual(findings(text).map((f) => [pin(f).range, f.message.en]), [['45:1-45:9', PASTED.en]]);
      });
    });

    it('flags a line with no colon at that line, not at the later line whose colon ends the key', () => {
      const text = consistentWith('    reasons: 基本支出增加主要是人员调资。', '    reasons: 基本支出增加主要是\n人员调资。');
      assert.deepEqual(findings(text).map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '29:1-29:6',
        zh: 'YAML 语法错误：这一行没有“键: 值”，也没有缩进到上一个键之下，被读成了一个新键；如果它接着上一行的值，请把它缩进到那个键之下',
        en: 'YAML syntax error: this line has no “key: value” and is not indented under the key above, so it reads as a new key; if it continues the value above, indent it under that key',
      }]);
    });

    it('tells duplicate keys before the first other problem, and none after it', () => {
      const text = consistentWith('    project: 800.00', '    project: 800.00\n    basic: 2400.00').replace('region: 示范区', 'region: "示范区');
      assert.deepEqual(findings(text, 'yaml-syntax').map((f) => pin(f).range), ['3:9-3:13']);
      const before = consistentWith('    project: 800.00', '    project: 800.00\n    basic: 2400.00').replace('  explanation: 严格', '  explanation: "严格');
      assert.deepEqual(findings(before, 'yaml-syntax').map((f) => pin(f).range), ['24:5-24:10', '45:16-45:31']);
    });

    it('flags every duplicate key at the repeated key', () => {
      const text = consistentWith('    project: 800.00', '    project: 800.00\n    basic: 2400.00').replace('  composition:', '  duties: []\n  composition:');
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [
        {
          rule: 'yaml-syntax', severity: 'error', path: '', range: '12:3-12:9',
          zh: 'YAML 语法错误：键“duties”重复了，同一映射里每个键只能写一次',
          en: 'YAML syntax error: the key “duties” appears twice in the same mapping',
        },
        {
          rule: 'yaml-syntax', severity: 'error', path: '', range: '25:5-25:10',
          zh: 'YAML 语法错误：键“basic”重复了，同一映射里每个键只能写一次',
          en: 'YAML syntax error: the key “basic” appears twice in the same mapping',
        },
      ]);
    });

    it('flags an unclosed bracket at the bracket, not at the next section', () => {
      const text = consistentWith('covers: [办公费, 印刷费, 差旅费]', 'covers: [办公费, 印刷费, 差旅费');
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '32:11-32:25',
        zh: 'YAML 语法错误：方括号 [ 没有闭合，请补上 ]',
        en: 'YAML syntax error: this bracket [ is never closed; add the closing ]',
      }]);
    });

    it('flags an unclosed brace at the brace', () => {
      const text = consistentWith('{ name: 其他收入, amount: 200.00 }', '{ name: 其他收入, amount: 200.00');
      assert.deepEqual(findings(text, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '19:9-19:37',
        zh: 'YAML 语法错误：花括号 { 没有闭合，请补上 }',
        en: 'YAML syntax error: this brace { is never closed; add the closing }',
      }]);
    });

    it('flags a value holding ": " and quotes it as a fix', () => {
      const text = consistentWith('reasons: 基本支出增加主要是人员调资。', 'reasons: 原因: 人员调资');
      const [f, ...rest] = findings(text, 'yaml-syntax');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'yaml-syntax', severity: 'error', path: '', range: '28:14-28:22',
        zh: 'YAML 语法错误：值里有“: ”（冒号加空格），被读成了嵌套的键；请给整个值加引号',
        en: 'YAML syntax error: the value holds ": " (a colon and a space), which reads as a nested key; put the whole value in quotes',
      });
      const fixed = applyFix(text, f!);
      assert.equal(fixed, consistentWith('reasons: 基本支出增加主要是人员调资。', 'reasons: "原因: 人员调资"'));
      assert.deepEqual(findings(fixed), []);
    });

    it('flags a key typed with a full-width colon at that colon, not at the line the parser stumbles on, and fixes it', () => {
      const cases: [string, string, string, string][] = [
        ['  amount: 320.5', '  amount： 320.5', '31:9-31:10', ':'],
        ['year: 2019', 'year： 2019', '5:5-5:6', ':'],
        ['year: 2019', 'year：2019', '5:5-5:6', ': '],
      ];
      for (const [from, to, range, newText] of cases) {
        const text = consistentWith(from, to);
        const [f, ...rest] = findings(text, 'yaml-syntax');
        assert.deepEqual(rest, [], to);
        assert.deepEqual(pin(f!), {
          rule: 'yaml-syntax', severity: 'error', path: '', range,
          zh: `YAML 语法错误：键“${to.trim().split('：')[0]}”后面是全角冒号“：”，应为半角冒号“:”加空格`,
          en: `YAML syntax error: the key “${to.trim().split('：')[0]}” is followed by a full-width colon “：”; write an ASCII colon “:” and a space`,
        }, to);
        assert.deepEqual(f!.fix?.edits.map((e) => e.newText), [newText]);
        assert.equal(applyFix(text, f!), fixture('consistent.budget.yaml'), to);
      }
      // Blank lines at the top of the file end the look above the problem.
      assert.deepEqual(findings('\n\nyear： 2019\nunit: 万元\n', 'yaml-syntax').map((f) => pin(f).range), ['3:5-3:6']);
      assert.equal(findings('\n\n[\n', 'yaml-syntax').length, 1);
      // In a sentence, a full-width colon is just text.
      assert.deepEqual(findings(consistentWith('reasons: 基本支出增加主要是人员调资。', 'reasons: 说明：基本支出增加。'), 'yaml-syntax'), []);
    });

    it('flags a value starting with > or | at the value, and quotes it as a fix', () => {
      for (const [from, to, range] of [['poor: <70% }', 'poor: >70% }', '61:72-61:76'], ['  amount: 320.5', '  amount: |320.5', '31:11-31:17']] as const) {
        const text = consistentWith(from, to);
        const written = to.split(': ')[1]!.replace(' }', '');
        const [f, ...rest] = findings(text, 'yaml-syntax');
        assert.deepEqual(rest, []);
        assert.deepEqual(pin(f!), {
          rule: 'yaml-syntax', severity: 'error', path: '', range,
          zh: `YAML 语法错误：以“${written[0]}”开头的值会被读成多行文本的开头，请给值加引号：“"${written}"”`,
          en: `YAML syntax error: a value starting with “${written[0]}” reads as the start of a block of text; put it in quotes: “"${written}"”`,
        });
        assert.equal(applyFix(text, f!), consistentWith(from, to.replace(written, `"${written}"`)));
      }
    });

    it('flags a line that reads as a list item without its dash at its key', () => {
      assert.deepEqual(findings(consistentWith('      budget: 587.00', '     budget: 587.00'), 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '51:6-51:12',
        zh: 'YAML 语法错误：这一行被读成了列表项，但缺少“- ”；多半是缩进不对',
        en: 'YAML syntax error: this line reads as a list item without its “- ”; most likely its indentation is off',
      }]);
    });

    it('flags a second document', () => {
      assert.deepEqual(findings(yaml`
        budget: 1
        ---
        region: 示范区
      `, 'yaml-syntax').map(pin), [{
        rule: 'yaml-syntax', severity: 'error', path: '', range: '2:1-2:4',
        zh: 'YAML 语法错误：一个文件只能有一个文档（不要用 ---）',
        en: 'YAML syntax error: a file holds one document only (no ---)',
      }]);
    });

    it('keeps every range on the offending line', () => {
      for (const [from, to] of [
        ['region: 示范区', 'region: "示范区'],
        ['    basic: 2400.00', '     basic: 2400.00'],
        ['    basic: 2400.00', '   basic: 2400.00'],
        ['    basic: 2400.00', '\tbasic: 2400.00'],
        ['covers: [办公费, 印刷费, 差旅费]', 'covers: [办公费, 印刷费, 差旅费'],
        ['region: 示范区', 'region: [示范区'],
        ['region: 示范区', 'region: "示范区" 多余'],
        ['region: 示范区', 'region: @示范区'],
      ] as const) {
        const text = consistentWith(from, to);
        const found = findings(text, 'yaml-syntax');
        assert.ok(found.length > 0, to);
        for (const f of found) assertOnOneLine(text, f);
      }
    });
  });

  describe('options', () => {
    const text = consistentWith('region: 示范区', 'region: "示范区');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'yaml-syntax', { rules: { 'yaml-syntax': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, undefined, { rules: { 'yaml-syntax': 'off' } }), []);
    });
  });
});

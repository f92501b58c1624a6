import { strict as assert } from 'assert';
import { applyFix, assertFixed, consistentWith, findings, fixture, pin, yaml } from '../helpers';

describe('schema', () => {
  describe('valid', () => {
    it('accepts a document that follows the format', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'schema'), []);
    });

    it('accepts a key written with no value where the key is optional', () => {
      assert.deepEqual(findings(consistentWith('    reasons: 基本支出增加主要是人员调资。', '    reasons:'), 'schema'), []);
    });

    it('accepts signed rates with decimals: 4.2%, +4%, -0.5%', () => {
      for (const rate of ['4.2%', '+4%', '-0.5%']) {
        assert.deepEqual(findings(consistentWith('changeRate: -4%', `changeRate: ${rate}`), 'schema'), [], rate);
      }
    });
  });

  describe('invalid', () => {
    it('flags a bare number where a rate belongs, saying the % is missing', () => {
      const text = consistentWith('changeRate: -4%', 'changeRate: -4');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range: '40:17-40:19',
        zh: '“changeRate”（增减率）应为带 % 的增减率，如 -4%（下降）或 4.2%（上升）；写的是数字 -4，缺少 %',
        en: '“changeRate” (change rate) should be a signed percentage such as -4% (a decrease) or 4.2% (an increase); found the bare number -4, without %',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix], ['N%', '-4', undefined]);
    });

    it('flags a rate written in words', () => {
      assert.deepEqual(findings(consistentWith('changeRate: -4%', 'changeRate: 下降4%'), 'schema').map((f) => [f.message.zh, f.found]), [
        ['“changeRate”（增减率）应为带 % 的增减率，如 -4%（下降）或 4.2%（上升）；写的是 下降4%', '下降4%'],
      ]);
    });

    for (const [written, range] of [['−4%', '40:17-40:20'], ['-4％', '40:17-40:20'], ['－４%', '40:17-40:20'], ['"-4％"', '40:17-40:22'], ['—4%', '40:17-40:20']] as const) {
      it(`flags the rate ${written}, typed with look-alike characters, and writes it -4%`, () => {
        const text = consistentWith('changeRate: -4%', `changeRate: ${written}`);
        const [f, ...rest] = findings(text, 'schema');
        assert.deepEqual(rest, []);
        const shown = written;
        assert.deepEqual(pin(f!), {
          rule: 'schema', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range,
          zh: `“changeRate”（增减率）应为带 % 的增减率；写的是 ${shown}，其中的符号或数字是全角或近似字符，应写作 -4%`,
          en: `“changeRate” (change rate) should be a signed percentage; found ${shown}, written with full-width or look-alike characters: write -4%`,
        });
        assert.deepEqual([f!.expected, f!.found], ['-4%', shown]);
        assertFixed(text, f!);
        assert.ok(applyFix(text, f!).includes(written.startsWith('"') ? 'changeRate: "-4%"' : 'changeRate: -4%'));
      });
    }

    it('says a quoted rate has spaces around it, not look-alike characters, and writes it -4%', () => {
      const text = consistentWith('changeRate: -4%', "changeRate: ' -4% '");
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual([f!.message.zh, f!.message.en], [
        "“changeRate”（增减率）应为带 % 的增减率；写的是 ' -4% '，前后有空格，应写作 -4%",
        "“changeRate” (change rate) should be a signed percentage; found ' -4% ', with spaces around it: write -4%",
      ]);
      assert.ok(applyFix(text, f!).includes("changeRate: '-4%'"));
    });

    it('gives the form, not an example, as the expected value where no one value is right', () => {
      const expected = (from: string, to: string) => findings(consistentWith(from, to), 'schema').map((f) => [f.expected, f.found]);
      assert.deepEqual(expected('changeRate: -4%', 'changeRate: 下降4%'), [['N%', '下降4%']]);
      assert.deepEqual(expected('category: 服务', 'category: 劳务'), [['货物 | 工程 | 服务', '劳务']]);
      assert.deepEqual(expected('year: 2019', 'year: 2019年'), [['1900–2200', '2019年']]);
    });

    it('flags an unknown key, suggests the nearest one, and renames it (one mistake, told once: not also as basic missing)', () => {
      const text = consistentWith('    basic: 2400.00', '    basci: 2400.00');
      assert.deepEqual(findings(text, 'schema').map(pin), [
        {
          rule: 'schema', severity: 'error', path: 'overview.expenditure.basci', range: '22:5-22:10',
          zh: '未知的键“basci”，是否应为“basic”（基本支出）？', en: 'Unknown key “basci”; did you mean “basic” (basic expenditure)?',
        },
      ]);
      const unknown = findings(text, 'schema')[0]!;
      assert.deepEqual([unknown.expected, unknown.found], ['basic', 'basci']);
      const fixed = assertFixed(text, unknown);
      assert.equal(fixed, fixture('consistent.budget.yaml'));
      assert.deepEqual(findings(fixed, 'schema'), []);
    });

    it('tells a missing key still, when the unknown key near it is not the one that is missing', () => {
      // `projct` is near `project`, which is there: `basic` is missing on its own.
      const text = consistentWith('    basic: 2400.00\n', '    projct: 1\n');
      assert.deepEqual(findings(text, 'schema').map((f) => f.message.en), [
        'Missing required key “basic” (basic expenditure)',
        'Unknown key “projct”; did you mean “project” (project expenditure)?',
      ]);
    });

    it('tells a required key typed wrong with no value once, as the unknown key: yaer: for year:', () => {
      const text = consistentWith('year: 2019', 'yaer:');
      assert.deepEqual(findings(text, 'schema').map((f) => [f.path, f.message.en]), [
        ['yaer', 'Unknown key “yaer”; did you mean “year”?'],
      ]);
    });

    it('flags an unknown key written with no value, which would otherwise vanish', () => {
      const text = consistentWith('          goal: 控制会议费开支。\n', '          goal: 控制会议费开支。\n          gaol:\n');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'performance.activities[0].children[1].gaol', range: '66:11-66:15',
        zh: '未知的键“gaol”，是否应为“goal”（绩效目标）？', en: 'Unknown key “gaol”; did you mean “goal”?',
      });
      assertFixed(text, f!);
    });

    it('flags a key run into its value by a full-width colon inside braces, at the colon, and fixes it', () => {
      const text = consistentWith('{ name: 汽车, amount: 200 }', '{ name: 汽车, amount：200 }');
      const unknown = findings(text, 'schema').find((f) => f.found === 'amount：200')!;
      assert.deepEqual(pin(unknown), {
        rule: 'schema', severity: 'error', path: 'assets.items[1].amount：200', range: '86:25-86:26',
        zh: '未知的键“amount：200”：键“amount”后面是全角冒号“：”，应为半角冒号“:”加空格',
        en: 'Unknown key “amount：200”: the key “amount” is followed by a full-width colon “：”; write an ASCII colon “:” and a space',
      });
      assert.equal(unknown.expected, 'amount');
      assert.equal(applyFix(text, unknown), fixture('consistent.budget.yaml'));
    });

    it('lists the allowed keys when no key is near', () => {
      const text = consistentWith('    project: 800.00\n', '    project: 800.00\n    人员经费: 12\n');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'overview.expenditure.人员经费', range: '24:5-24:9',
        zh: '未知的键“人员经费”；此处可用的键：total、basic、project', en: 'Unknown key “人员经费”; allowed here: total, basic, project',
      });
      assert.deepEqual([f!.found, f!.expected, f!.fix], ['人员经费', undefined, undefined]);
    });

    it('flags a missing required top-level key at the first line', () => {
      assert.deepEqual(findings(consistentWith('department: 示范区管理委员会\n', ''), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'department', range: '2:1-2:10',
        zh: '缺少必填项“department”（部门）', en: 'Missing required key “department”',
      }]);
    });

    it('flags a required key written with no value at that key', () => {
      for (const empty of ['year:', 'year: ~', 'year: null']) {
        assert.deepEqual(findings(consistentWith('year: 2019', empty), 'schema').map(pin), [{
          rule: 'schema', severity: 'error', path: 'year', range: '5:1-5:5',
          zh: '必填项“year”（预算年度）没有填写值', en: 'The required key “year” has no value',
        }], empty);
      }
      assert.deepEqual(findings(consistentWith('      budget: 587.00', '      budget:'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'performance.activities[0].budget', range: '51:7-51:13',
        zh: '必填项“budget”（年度预算数）没有填写值', en: 'The required key “budget” has no value',
      }]);
    });

    it('flags a missing required key of a flow mapping at the mapping', () => {
      assert.deepEqual(findings(consistentWith('{ name: 其他收入, amount: 200.00 }', '{ name: 其他收入 }'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'overview.income.items[1].amount', range: '19:9-19:23',
        zh: '缺少必填项“amount”（金额）', en: 'Missing required key “amount”',
      }]);
    });

    it('flags a unit outside 元 千元 万元 亿元', () => {
      const [f] = findings(consistentWith('unit: 万元', 'unit: 万'), 'schema');
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'unit', range: '6:7-6:8',
        zh: '金额单位应为 元、千元、万元 或 亿元；写的是 万', en: 'The unit should be one of 元, 千元, 万元, 亿元; found 万',
      });
      assert.deepEqual([f!.expected, f!.found], ['元 | 千元 | 万元 | 亿元', '万']);
    });

    it('flags a procurement category outside 货物 工程 服务', () => {
      assert.deepEqual(findings(consistentWith('category: 服务', 'category: 劳务'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'procurement.items[0].category', range: '79:52-79:54',
        zh: '采购类别应为 货物、工程 或 服务；写的是 劳务', en: 'The category should be one of 货物 (goods), 工程 (works), 服务 (services); found 劳务',
      }]);
    });

    it('flags full-width digits in an amount', () => {
      const [f, ...rest] = findings(consistentWith('amount: 200.00', 'amount: ２００.00'), 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'overview.income.items[1].amount', range: '19:31-19:37',
        zh: '“amount”（金额）应为金额数字（单位：万元），如 537.00；写的是 ２００.00（请用半角数字）',
        en: '“amount” should be an amount, a plain number in 万元 such as 537.00; found ２００.00 (use ASCII digits)',
      });
      assert.deepEqual([f!.expected, f!.found], ['number', '２００.00']);
    });

    it('flags a decimal comma in a block value: 2400,00', () => {
      assert.deepEqual(findings(consistentWith('basic: 2400.00', 'basic: 2400,00'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'overview.expenditure.basic', range: '22:12-22:19',
        zh: '“basic”（基本支出）应为金额数字（单位：万元），如 537.00；写的是 2400,00（不要写千分位逗号；小数点用“.”）',
        en: '“basic” (basic expenditure) should be an amount, a plain number in 万元 such as 537.00; found 2400,00 (no thousands separators; use "." for decimals)',
      }]);
    });

    it('flags 12,5 in a flow mapping, where the comma splits it into 12 and a key 5', () => {
      const [f, ...rest] = findings(consistentWith('amount: 200.00', 'amount: 12,5'), 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'overview.income.items[1].5', range: '19:31-19:35',
        zh: '“12,5”里的逗号在花括号中把数字拆成了两半，“5”被读成了一个键；小数点请用“.”，也不要写千分位逗号',
        en: 'The comma in “12,5” splits the number inside braces, and “5” reads as a key; use "." for decimals and no thousands separators',
      });
      assert.deepEqual([f!.expected, f!.found], ['number', '12,5']);
    });

    it('flags a thousands separator in a flow mapping: 1,200.00', () => {
      assert.deepEqual(findings(consistentWith('amount: 200.00', 'amount: 1,200.00'), 'schema').map((f) => [f.path, pin(f).range, f.found]), [
        ['overview.income.items[1].200', '19:31-19:39', '1,200.00'],
      ]);
    });

    it('flags a unit written into an amount', () => {
      assert.deepEqual(findings(consistentWith('amount: 200.00', 'amount: 200万元'), 'schema').map((f) => f.message.zh), [
        '“amount”（金额）应为金额数字（单位：万元），如 537.00；写的是 200万元（不要写单位，单位由 unit 统一给出）',
      ]);
    });

    it('flags a negative amount', () => {
      assert.deepEqual(findings(consistentWith('amount: 200.00', 'amount: -200.00'), 'schema').map((f) => [f.message.zh, f.expected]), [
        ['“amount”（金额）不能为负数：-200.00', '≥ 0'],
      ]);
    });

    it('flags an amount written as a quoted string', () => {
      assert.deepEqual(findings(consistentWith('amount: 200.00', 'amount: "200.00"'), 'schema').map((f) => [pin(f).range, f.found]), [['19:31-19:39', '"200.00"']]);
    });

    it('flags a date not written YYYY-MM-DD', () => {
      assert.deepEqual(findings(consistentWith("asOf: '2018-12-31'", 'asOf: 2018/12/31'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'assets.asOf', range: '82:9-82:19',
        zh: '日期应写作 YYYY-MM-DD，如 2017-12-31；写的是 2018/12/31', en: 'The date should be written YYYY-MM-DD, e.g. 2017-12-31; found 2018/12/31',
      }]);
    });

    it('flags a date the calendar does not have', () => {
      for (const date of ['2018-02-30', '2017-02-29', '2018-13-31', '2018-00-10']) {
        assert.deepEqual(findings(consistentWith("asOf: '2018-12-31'", `asOf: '${date}'`), 'schema').map(pin), [{
          rule: 'schema', severity: 'error', path: 'assets.asOf', range: '82:9-82:21',
          zh: `没有 ${date} 这一天，请核对月份和日期`, en: `There is no such day as ${date}; check the month and the day`,
        }], date);
      }
      assert.deepEqual(findings(consistentWith("asOf: '2018-12-31'", "asOf: '2016-02-29'"), 'schema'), []);
    });

    it('flags a two-digit year and a format version other than 1', () => {
      assert.deepEqual(findings(consistentWith('year: 2019', 'year: 19').replace('budget: 1\n', 'budget: 2\n'), 'schema').map((f) => [f.path, f.message.zh]), [
        ['budget', '格式版本应为 1；写的是 2'],
        ['year', '预算年度应为 1900 至 2200 之间的年份，如 2018；写的是 19'],
      ]);
    });

    it('tells a year that fails several checks once', () => {
      for (const year of ['1e20', '99999999999999999999', '3000']) {
        assert.deepEqual(findings(consistentWith('year: 2019', `year: ${year}`), 'schema').map(pin), [{
          rule: 'schema', severity: 'error', path: 'year', range: `5:7-5:${7 + year.length}`,
          zh: `预算年度应为 1900 至 2200 之间的年份，如 2018；写的是 ${year}`, en: `The budget year should be a year from 1900 to 2200, such as 2018; found ${year}`,
        }], year);
      }
    });

    it('flags text where a list belongs', () => {
      assert.deepEqual(findings(consistentWith('  duties:\n    - 编制辖区总体规划\n    - 负责辖区财政预算决算', '  duties: 编制辖区总体规划'), 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: 'organization.duties', range: '11:11-11:19',
        zh: '“duties”（主要职责）应为列表（每项以“- ”开头）；写的是 编制辖区总体规划',
        en: '“duties” should be a list (items starting with "- "); found 编制辖区总体规划',
      }]);
    });

    it('shows a value written over several lines on one line, and tells a dash without its space', () => {
      assert.deepEqual(findings(consistentWith('    - 编制辖区总体规划', '    -编制辖区总体规划'), 'schema').map((f) => [pin(f).range, f.message.zh, f.message.en, f.found]), [[
        '12:5-13:17',
        '“duties”（主要职责）应为列表（每项以“- ”开头）；写的是 -编制辖区总体规划 - 负责辖区财政预算决算（“-”后面要有空格）',
        '“duties” should be a list (items starting with "- "); found -编制辖区总体规划 - 负责辖区财政预算决算 (a space must follow the "-")',
        '-编制辖区总体规划 - 负责辖区财政预算决算',
      ]]);
    });

    it('flags a file that is not a mapping', () => {
      assert.deepEqual(findings(yaml`
        就是一段文字
      `, 'schema').map(pin), [{
        rule: 'schema', severity: 'error', path: '', range: '1:1-1:7',
        zh: '文件应为一个映射（键: 值），以 budget: 1 开头', en: 'The file should be a mapping (key: value), starting with budget: 1',
      }]);
    });
  });

  describe('options', () => {
    const text = consistentWith('unit: 万元', 'unit: 万');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'schema', { rules: { schema: 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'schema', { rules: { schema: 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line schema', () => {
      assert.deepEqual(findings(text.replace('unit: 万', '# budget-disable-next-line schema\nunit: 万'), 'schema'), []);
    });
  });
});

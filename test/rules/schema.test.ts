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

    it('flags a decrease written in words, 下降4%, and writes it -4%', () => {
      const text = consistentWith('changeRate: -4%', 'changeRate: 下降4%');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range: '40:17-40:21',
        zh: '“changeRate”（增减率）应为带 % 的增减率；写的是 下降4%，“下降”应写作负号，应写作 -4%',
        en: '“changeRate” (change rate) should be a signed percentage; found 下降4%, “下降” is written as a minus sign: write -4%',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix?.title.zh], ['-4%', '下降4%', '改为 -4%']);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('reads 同比减少25%, 增长4.2% and full-width 下降４％ in a change rate, changing only those characters', () => {
      for (const [from, to, written, fixed, range] of [
        ['changeRate: -25%', 'changeRate: 同比减少25%', '同比减少25%', '-25%', '42:64-42:71'],
        ['changeRate: -4%', 'changeRate: 增长4.2%', '增长4.2%', '4.2%', '40:17-40:23'],
        ['changeRate: -4%', "changeRate: '下降４％'", "'下降４％'", '-4%', '40:17-40:23'],
      ] as const) {
        const text = consistentWith(from, to);
        const [f, ...rest] = findings(text, 'schema');
        assert.deepEqual(rest, [], to);
        assert.deepEqual([pin(f!).range, f!.expected, f!.found], [range, fixed, written], to);
        assert.equal(applyFix(text, f!), consistentWith(from, to.replace(written.replace(/'/g, ''), fixed)), to);
      }
    });

    it('does not read words in a share, nor a rate whose words and sign disagree', () => {
      const share = consistentWith('{ name: 其他收入, amount: 200.00 }', '{ name: 其他收入, amount: 200.00, share: 下降6.25% }');
      const rate = consistentWith('changeRate: -4%', 'changeRate: 下降-4%');
      for (const text of [share, rate]) {
        const [f, ...rest] = findings(text, 'schema');
        assert.deepEqual(rest, []);
        assert.deepEqual([f!.expected, f!.fix], ['N%', undefined]);
      }
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
      assert.deepEqual(expected('changeRate: -4%', 'changeRate: 约4%'), [['N%', '约4%']]);
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

    it('flags full-width digits in an amount, and writes them in ASCII', () => {
      const text = consistentWith('amount: 200.00', 'amount: ２００.00');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'overview.income.items[1].amount', range: '19:31-19:37',
        zh: '“amount”（金额）应为金额数字（单位：万元）；写的是 ２００.00，用了全角数字或符号，应写作 200.00',
        en: '“amount” should be an amount, a plain number in 万元; found ２００.00, full-width digits or signs: write 200.00',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix?.title.en], ['200.00', '２００.00', 'Change to 200.00']);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('flags thousands separators in an amount, 2,400.00, and writes 2400.00', () => {
      const text = consistentWith('basic: 2400.00', 'basic: 2,400.00');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'schema', severity: 'error', path: 'overview.expenditure.basic', range: '22:12-22:20',
        zh: '“basic”（基本支出）应为金额数字（单位：万元）；写的是 2,400.00，写了千分位逗号，应写作 2400.00',
        en: '“basic” (basic expenditure) should be an amount, a plain number in 万元; found 2,400.00, thousands separators: write 2400.00',
      });
      assert.deepEqual([f!.expected, f!.found], ['2400.00', '2,400.00']);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('reads the slips together and in quotes: "２，４００.00万元" is 2400.00', () => {
      const text = consistentWith('basic: 2400.00', 'basic: "２，４００.00万元"');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual([pin(f!).range, f!.message.en], ['22:12-22:24', '“basic” (basic expenditure) should be an amount, a plain number in 万元; found "２，４００.00万元", full-width digits or signs, the unit “万元” written out, thousands separators: write 2400.00']);
      assert.equal(applyFix(text, f!), fixture('consistent.budget.yaml'));
    });

    it('flags a change written in words, 减少2 and 增加200.00, and writes the signed figure', () => {
      for (const [from, to, fixed, path, range] of [
        ['change: -2,', 'change: 减少2,', '-2', 'threePublicExpenses.reception.change', '42:48-42:51'],
        ['    total: 200.00', '    total: 增加200.00', '200.00', 'overview.change.total', '25:12-25:20'],
      ] as const) {
        const text = consistentWith(from, to);
        const [f, ...rest] = findings(text, 'schema');
        assert.deepEqual(rest, [], to);
        assert.deepEqual([f!.path, pin(f!).range, f!.expected], [path, range, fixed], to);
        assert.equal(applyFix(text, f!), fixture('consistent.budget.yaml'), to);
      }
      assert.deepEqual(findings(consistentWith('change: -2,', 'change: 减少2,'), 'schema').map((f) => f.message.zh), [
        '“change”（比上年增减）应为金额数字（单位：万元）；写的是 减少2，“减少”应写作负号，应写作 -2',
      ]);
    });

    it('offers no fix where the number is not certain: 2400,00, 12,5 in a block, an amount in words, another unit', () => {
      for (const to of ['basic: 2400,00', 'basic: 12,5', 'basic: 下降2400.00', 'basic: 24000000元']) {
        const [f, ...rest] = findings(consistentWith('basic: 2400.00', to), 'schema');
        assert.deepEqual(rest, [], to);
        assert.deepEqual([f!.expected, f!.fix], ['number', undefined], to);
      }
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

    it('flags thousands separators in a flow mapping, 1,200.00 or 1,000,200.00, once, and writes the number', () => {
      // The key's path is its value (200), the message shows it as written (200.00).
      for (const [written, fixed, key, range] of [['1,200.00', '1200.00', '200', '19:31-19:39'], ['1,000,200.00', '1000200.00', '200', '19:31-19:43']] as const) {
        const text = consistentWith('amount: 200.00', `amount: ${written}`);
        const told = findings(text, 'schema');
        assert.deepEqual(told.map((f) => [f.path, pin(f).range, f.found, f.expected]), [[`overview.income.items[1].${key}`, range, written, fixed]], written);
        assert.deepEqual([told[0]!.message.zh, told[0]!.message.en], [
          `“${written}”里的千分位逗号在花括号中把数字拆开了，“200.00”被读成了一个键；应写作 ${fixed}`,
          `The thousands separators in “${written}” split the number inside braces, and “200.00” reads as a key; write ${fixed}`,
        ]);
        assert.equal(applyFix(text, told[0]!), consistentWith('amount: 200.00', `amount: ${fixed}`), written);
      }
    });

    it('flags a unit written into an amount, and takes it out where it is the document\'s unit', () => {
      const text = consistentWith('amount: 200.00', 'amount: 200.00万元');
      const [f, ...rest] = findings(text, 'schema');
      assert.deepEqual(rest, []);
      assert.deepEqual([pin(f!).range, f!.message.zh, f!.message.en], ['19:31-19:39',
        '“amount”（金额）应为金额数字（单位：万元）；写的是 200.00万元，写了单位“万元”，应写作 200.00',
        '“amount” should be an amount, a plain number in 万元; found 200.00万元, the unit “万元” written out: write 200.00',
      ]);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
      assert.deepEqual(findings(consistentWith('amount: 200.00', 'amount: 2000000元'), 'schema').map((f) => [f.message.zh, f.fix]), [
        ['“amount”（金额）应为金额数字（单位：万元），如 537.00；写的是 2000000元（不要写单位，单位由 unit 统一给出）', undefined],
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

import { strict as assert } from 'assert';
import {
  Catalogue,
  bundledCatalogue,
  bundledYears,
  catalogueCoverage,
  codeStatus,
  level,
  lookupCode,
  parentCode,
  searchCodes,
  type Classification,
  type ClassificationData,
} from '../../server/src/core/format/classification';
import { economicData } from '../../server/src/core/format/classification/data/economic';
import { functionData } from '../../server/src/core/format/classification/data/function';

describe('classification catalogue: levels and parents', () => {
  it('reads the level off the digit count: 3/5/7 for function, 3/5 for economic', () => {
    assert.equal(level(201, 'function'), '类');
    assert.equal(level(20103, 'function'), '款');
    assert.equal(level(2010301, 'function'), '项');
    assert.equal(level(301, 'economic'), '类');
    assert.equal(level(30101, 'economic'), '款');
    assert.equal(level(3010101, 'economic'), undefined);
    assert.equal(level(2010, 'function'), undefined);
    assert.equal(level(0, 'function'), undefined);
    assert.equal(level(-201, 'function'), undefined);
    assert.equal(level(201.5, 'function'), undefined);
  });

  it('goes one level up, and not above 类', () => {
    assert.equal(parentCode(2010301, 'function'), 20103);
    assert.equal(parentCode(20103, 'function'), 201);
    assert.equal(parentCode(201, 'function'), undefined);
    assert.equal(parentCode(30113, 'economic'), 301);
    assert.equal(parentCode(301, 'economic'), undefined);
    assert.equal(parentCode(3011301, 'economic'), undefined);
  });
});

describe('classification catalogue: the bundled data', () => {
  it('bundles the economic years 2020–2026 and the function years 2024–2026, all partial', () => {
    assert.deepEqual(bundledYears('economic'), [2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    assert.deepEqual(bundledYears('function'), [2024, 2025, 2026]);
    assert.deepEqual(catalogueCoverage(2020, 'economic'), { status: 'bundled', levels: { 类: 'partial', 款: 'partial' } });
    assert.deepEqual(catalogueCoverage(2024, 'function'), {
      status: 'bundled',
      levels: { 类: 'partial', 款: 'partial', 项: 'partial' },
    });
    for (const year of [2018, 2019, 2027]) assert.deepEqual(catalogueCoverage(year, 'economic'), { status: 'none' });
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2027]) {
      assert.deepEqual(catalogueCoverage(year, 'function'), { status: 'none' });
    }
    assert.deepEqual(catalogueCoverage(2020.5, 'economic'), { status: 'none' });
  });

  it('finds an economic code in its confirmed years, and not outside the years a source prints it for', () => {
    assert.deepEqual(lookupCode(30113, 2020, 'economic'), { code: 30113, name: '住房公积金', level: '款' });
    assert.deepEqual(lookupCode(30113, 2026, 'economic'), { code: 30113, name: '住房公积金', level: '款' });
    assert.equal(lookupCode(30113, 2019, 'economic'), undefined);
    // 30203 咨询费 is printed only by the two 2025 final accounts: neither 2024 nor 2026 holds it.
    assert.deepEqual(lookupCode(30203, 2025, 'economic'), { code: 30203, name: '咨询费', level: '款' });
    assert.equal(lookupCode(30203, 2024, 'economic'), undefined);
    assert.equal(lookupCode(30203, 2026, 'economic'), undefined);
    assert.deepEqual(lookupCode(31002, 2026, 'economic'), { code: 31002, name: '办公设备购置', level: '款' });
    assert.equal(lookupCode(31002, 2024, 'economic'), undefined);
  });

  it('carries a code between two years that print the same name (30201 办公费, 2020, 2025 and 2026)', () => {
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
      assert.equal(lookupCode(30201, year, 'economic')?.name, '办公费');
    }
    assert.equal(lookupCode(30201, 2019, 'economic'), undefined);
    // 30208 取暖费: printed for 2020 and 2025, by no 2026 budget at hand.
    assert.equal(lookupCode(30208, 2023, 'economic')?.name, '取暖费');
    assert.equal(lookupCode(30208, 2026, 'economic'), undefined);
  });

  it('holds the function codes the Putuo tables print alike, for 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      assert.deepEqual(lookupCode(210, year, 'function'), { code: 210, name: '卫生健康支出', level: '类' });
      assert.deepEqual(lookupCode(2101101, year, 'function'), { code: 2101101, name: '行政单位医疗', level: '项' });
      assert.equal(lookupCode(2080505, year, 'function')?.name, '机关事业单位基本养老保险缴费支出');
      assert.equal(lookupCode(2210201, year, 'function')?.name, '住房公积金');
    }
    // 2120104 城管执法: one 2026 budget and one 2025 final account print it, so both years hold it.
    assert.equal(lookupCode(2120104, 2025, 'function')?.name, '城管执法');
    assert.equal(lookupCode(2120104, 2026, 'function')?.name, '城管执法');
    assert.equal(lookupCode(2101101, 2024, 'function'), undefined);
  });

  it('leaves out a code the 2025 tables name two ways, and a code only one document prints', () => {
    // 20805: 行政事业单位离退休 in one 2025 final account, 行政事业单位养老支出 in the other.
    assert.deepEqual(lookupCode(20805, 2026, 'function'), { code: 20805, name: '行政事业单位养老支出', level: '款' });
    assert.equal(lookupCode(20805, 2025, 'function'), undefined);
    assert.deepEqual(codeStatus(20805, 2025, 'function'), { status: 'not-in-data', level: '款', reason: 'level-partial' });
    // 21206 建设市场管理与监督 and 213 农林水支出 are each printed by one 2026 budget only.
    assert.equal(lookupCode(21206, 2026, 'function'), undefined);
    assert.equal(lookupCode(213, 2026, 'function'), undefined);
    assert.deepEqual(codeStatus(213, 2026, 'function'), { status: 'not-in-data', level: '类', reason: 'level-partial' });
  });

  it('holds what the 2025 final account and the 2026 unit budget of 石泉路街道 both print', () => {
    for (const year of [2025, 2026]) {
      assert.deepEqual(lookupCode(224, year, 'function'), { code: 224, name: '灾害防治及应急管理支出', level: '类' });
      assert.equal(lookupCode(201, year, 'function')?.name, '一般公共服务支出');
      assert.equal(lookupCode(2240299, year, 'function')?.name, '其他消防救援事务支出');
    }
    // 2010505 专项统计业务 is printed once; 2010507 专项普查活动 by 宜川路街道 (2025) and 石泉路街道 (2026).
    assert.equal(lookupCode(2010505, 2025, 'function'), undefined);
    assert.equal(lookupCode(2010507, 2025, 'function')?.name, '专项普查活动');
    // 减排专项支出 is printed under 2111101 by one final account and under 2111103 by another, and a third
    // prints 2111101 as 生态环境监测与信息: neither code is held.
    assert.equal(lookupCode(2111101, 2025, 'function'), undefined);
    assert.equal(lookupCode(2111103, 2025, 'function'), undefined);
    assert.equal(lookupCode(21111, 2025, 'function')?.name, '污染减排');
  });

  it('holds the function codes printed by the 2024 and 2025 revision notices, for those years only', () => {
    assert.deepEqual(lookupCode(220, 2024, 'function'), { code: 220, name: '自然资源海洋气象等支出', level: '类' });
    assert.equal(lookupCode(22006, 2024, 'function')?.name, '耕地保护考核奖惩基金支出');
    assert.equal(lookupCode(2170404, 2025, 'function')?.level, '项');
    assert.equal(lookupCode(220, 2025, 'function'), undefined);
  });

  it('holds no name for 210 in 2018 or 2019: those years are not bundled, so a checker only informs', () => {
    assert.equal(lookupCode(210, 2018, 'function'), undefined);
    assert.equal(lookupCode(210, 2019, 'function'), undefined);
    assert.deepEqual(codeStatus(210, 2018, 'function'), { status: 'not-in-data', level: '类', reason: 'year-not-bundled' });
    assert.deepEqual(codeStatus(210, 2024, 'function'), { status: 'not-in-data', level: '类', reason: 'level-partial' });
  });

  it('searches the bundled year by name and by code prefix', () => {
    assert.deepEqual(searchCodes('住房公积金', 2020, 'economic'), [{ code: 30113, name: '住房公积金', level: '款' }]);
    assert.deepEqual(searchCodes('住房公积金', 2021, 'economic'), [{ code: 30113, name: '住房公积金', level: '款' }]);
    assert.deepEqual(searchCodes('住房公积金', 2019, 'economic'), []);
    assert.deepEqual(
      searchCodes('3011', 2020, 'economic').map((m) => m.code),
      [30110, 30111, 30112, 30113, 30114],
    );
    assert.deepEqual(
      searchCodes('3020', 2024, 'economic').map((m) => m.code),
      [30201, 30202, 30204, 30205, 30206, 30207, 30208, 30209],
    );
    assert.deepEqual(searchCodes('维修(护)费', 2026, 'economic'), [{ code: 30213, name: '维修（护）费', level: '款' }]);
    assert.deepEqual(searchCodes('2101', 2026, 'function').map((m) => m.code), [21011, 2101101, 2101102]);
    assert.deepEqual(searchCodes('住房公积金', 2020, 'function'), []);
  });
});

describe('classification catalogue: data integrity', () => {
  const datasets: ReadonlyArray<readonly [Classification, ClassificationData]> = [
    ['function', functionData],
    ['economic', economicData],
  ];

  for (const [kind, data] of datasets) {
    it(`${kind}: every code is of its classification, every span inside bundled years and anchored on sources`, () => {
      assert.equal(data.kind, kind);
      const years = new Set(Object.keys(data.years).map(Number));
      for (const [year, levels] of Object.entries(data.years)) {
        assert.ok(Number(year) >= 2018 && Number(year) <= 2026, `${kind} ${year} outside 2018–2026`);
        assert.equal(levels.项 !== undefined, kind === 'function', `${kind} ${year}: 项 coverage only for function`);
      }
      for (const [key, source] of Object.entries(data.sources)) {
        assert.ok(source.title !== '' && /^https?:\/\//.test(source.url), `${kind} source ${key}`);
        for (const year of source.years) assert.ok(years.has(year), `${kind} source ${key} attests unbundled ${year}`);
      }
      for (const [text, spans] of Object.entries(data.codes)) {
        const code = Number(text);
        assert.notEqual(level(code, kind), undefined, `${kind} ${text} is no code of the classification`);
        let last = -Infinity;
        for (const [from, to, name, sources] of spans) {
          assert.ok(from <= to && from > last, `${kind} ${text}: spans ordered and disjoint`);
          last = to;
          assert.ok(name.trim() === name && name !== '', `${kind} ${text}: name`);
          for (let year = from; year <= to; year++) assert.ok(years.has(year), `${kind} ${text}: ${year} not bundled`);
          assert.ok(sources.length > 0, `${kind} ${text}: no source`);
          const attested = new Set<number>();
          for (const key of sources) {
            const source = data.sources[key];
            assert.ok(source !== undefined, `${kind} ${text}: unknown source ${key}`);
            for (const year of source.years) attested.add(year);
          }
          // A carried span starts and ends on years a source prints it for (docs/classification.md).
          assert.ok(attested.has(from) && attested.has(to), `${kind} ${text}: ${from}–${to} not anchored`);
        }
      }
    });
  }

  for (const [kind, data] of datasets) {
    it(`${kind}: an entry not from a Ministry of Finance notice is printed alike by two documents`, () => {
      for (const [text, spans] of Object.entries(data.codes)) {
        for (const [, , name, sources] of spans) {
          if (sources.some((key) => key.startsWith('mof-'))) continue;
          const printers = new Set(spans.filter((span) => span[2] === name).flatMap((span) => span[3]));
          assert.ok(printers.size >= 2, `${kind} ${text} ${name}: only ${[...printers].join(', ')}`);
        }
      }
    });
  }

  it('bundles nothing complete: no absent code is ever called unknown', () => {
    for (const kind of ['function', 'economic'] as const) {
      for (const year of bundledYears(kind)) {
        const coverage = bundledCatalogue.catalogueCoverage(year, kind);
        assert.equal(coverage.status, 'bundled');
        if (coverage.status === 'bundled') assert.ok(!Object.values(coverage.levels).includes('complete'));
      }
    }
  });
});

describe('classification catalogue: behaviour over a test catalogue', () => {
  // Test data only, not bundled: pins the renaming, the status and the search rules.
  const fixture = new Catalogue({
    function: {
      kind: 'function',
      years: {
        2018: { 类: 'complete', 款: 'partial', 项: 'partial' },
        2019: { 类: 'complete', 款: 'complete', 项: 'complete' },
      },
      sources: { t: { title: 'test', url: 'https://example.invalid/', years: [2018, 2019] } },
      codes: {
        210: [
          [2018, 2018, '医疗卫生与计划生育支出', ['t']],
          [2019, 2019, '卫生健康支出', ['t']],
        ],
        221: [[2018, 2019, '住房保障支出', ['t']]],
        22102: [[2018, 2019, '住房改革支出', ['t']]],
        2210201: [[2018, 2019, '住房公积金', ['t']]],
        2210202: [[2018, 2019, '提租补贴', ['t']]],
        2010301: [[2019, 2019, '行政运行', ['t']]],
        2050201: [[2019, 2019, '学前教育（幼儿园）', ['t']]],
      },
    },
    economic: { kind: 'economic', years: {}, sources: {}, codes: {} },
  });

  it('tells 210 in 2018 from 210 in 2019, with the earlier name as renamedFrom', () => {
    assert.deepEqual(fixture.lookupCode(210, 2018, 'function'), { code: 210, name: '医疗卫生与计划生育支出', level: '类' });
    assert.deepEqual(fixture.lookupCode(210, 2019, 'function'), {
      code: 210,
      name: '卫生健康支出',
      level: '类',
      renamedFrom: { name: '医疗卫生与计划生育支出', untilYear: 2018 },
    });
    assert.equal(fixture.lookupCode(210, 2020, 'function'), undefined);
  });

  it('calls an absent code unknown only where its level is complete', () => {
    assert.deepEqual(fixture.codeStatus(299, 2018, 'function'), { status: 'unknown', level: '类' });
    assert.deepEqual(fixture.codeStatus(29901, 2018, 'function'), { status: 'not-in-data', level: '款', reason: 'level-partial' });
    assert.deepEqual(fixture.codeStatus(29901, 2019, 'function'), { status: 'unknown', level: '款' });
    assert.deepEqual(fixture.codeStatus(299, 2020, 'function'), { status: 'not-in-data', level: '类', reason: 'year-not-bundled' });
    assert.deepEqual(fixture.codeStatus(2999, 2019, 'function'), { status: 'invalid' });
    assert.equal(fixture.codeStatus(2210201, 2019, 'function').status, 'known');
  });

  it('offers 2210201 when 住房公积金 is typed, exact names first, then by code', () => {
    assert.deepEqual(fixture.searchCodes('住房公积金', 2019, 'function'), [{ code: 2210201, name: '住房公积金', level: '项' }]);
    assert.deepEqual(fixture.searchCodes('住房', 2019, 'function').map((m) => m.code), [221, 22102, 2210201]);
    assert.deepEqual(fixture.searchCodes('221', 2019, 'function').map((m) => m.code), [221, 22102, 2210201, 2210202]);
    assert.deepEqual(fixture.searchCodes('22102 提租', 2019, 'function').map((m) => m.code), [2210202]);
    assert.deepEqual(fixture.searchCodes('  ', 2018, 'function').map((m) => m.code), [210, 221, 22102, 2210201, 2210202]);
    assert.deepEqual(fixture.searchCodes('221', 2019, 'function', 2).map((m) => m.code), [221, 22102]);
  });

  it('matches full-width and half-width forms of a name alike', () => {
    assert.deepEqual(fixture.searchCodes('学前教育(幼儿园)', 2019, 'function').map((m) => m.code), [2050201]);
    assert.deepEqual(fixture.searchCodes('（幼儿园）', 2019, 'function').map((m) => m.code), [2050201]);
  });
});

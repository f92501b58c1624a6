import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import Ajv from 'ajv-draft-04';
import { fingerprintKey, namedPath } from '../../server/src/cli/report';
import { RULE_IDS, type Finding } from '../../server/src/core';
import { example, fixture } from '../helpers';
import { budgetdoc, ROOT } from './budgetdoc';


interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface Location { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  relatedLocations?: (Location & { id: number; message: { text: string } })[];
  partialFingerprints: Record<string, string>;
}
interface Rule { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; properties: Record<string, unknown> }
interface Log {
  version: string;
  runs: { tool: { driver: { name: string; rules: Rule[] } }; automationDetails: { id: string }; originalUriBaseIds: Record<string, { uri: string }>; results: Result[] }[];
}

function sarif(cwd: string, ...files: string[]): Log {
  const r = budgetdoc(['check', '--format', 'sarif', '--locale', 'en', ...files], { cwd });
  return JSON.parse(r.stdout) as Log;
}

/** The official SARIF 2.1.0 schema (test/fixtures/sarif/README.md says where it comes from), draft-04 as written. */
function validator() {
  // The schema's `language` pattern has a stray `]`, a syntax error under the `u` flag: read its patterns as written.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The formats the schema names, checked as RFC 3986 and RFC 3339 ask.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object);
}

describe('budgetdoc check --format sarif, for GitHub code scanning', () => {
  const log = sarif(ROOT, 'examples/cangzhou-2018.budget.yaml');
  const run = log.runs[0]!;

  it('passes the official SARIF 2.1.0 schema', () => {
    const validate = validator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    // and the schema is no rubber stamp: a result without its message fails it
    const broken = JSON.parse(JSON.stringify(log)) as Log;
    delete (broken.runs[0]!.results[0] as Partial<Result>).message;
    assert.equal(validate(broken), false);
  });

  it('gives every result what code scanning requires beyond the schema: its rule id, a location with a line, a fingerprint', () => {
    assert.equal(run.results.length, 42);
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
      assert.ok(r.locations[0]!.physicalLocation.region.startLine >= 1);
      assert.ok(r.partialFingerprints['budgetdocFinding/v2']);
    }
  });

  it('describes every rule: a full description and the rule\'s page as help', () => {
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), [...RULE_IDS]);
    for (const rule of run.tool.driver.rules) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.equal(rule.help.markdown, page, rule.id);
      assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
      assert.ok(rule.help.text.endsWith(rule.helpUri), rule.id);
    }
    const sum = run.tool.driver.rules.find((r) => r.id === 'sum-mismatch')!;
    assert.equal(sum.fullDescription.text, 'A total is not the sum of its parts, by more than the precision the figures are written to can explain.');
    assert.deepEqual(sum.properties, { tags: ['budget-disclosure'], precision: 'very-high', 'problem.severity': 'error' });
  });

  it('gives each location relative to SRCROOT, the folder it ran in, with the run\'s category', () => {
    assert.deepEqual(run.originalUriBaseIds, { SRCROOT: { uri: pathToFileURL(ROOT).toString() + '/' } });
    assert.deepEqual(run.automationDetails, { id: 'budgetdoc/' });
    assert.equal(run.results.length, 42);
    for (const r of run.results) assert.deepEqual(r.locations[0]!.physicalLocation.artifactLocation, { uri: 'examples/cangzhou-2018.budget.yaml', uriBaseId: 'SRCROOT' });
    // An absolute path below the folder is given relative to it, too.
    assert.deepEqual(sarif(ROOT, join(ROOT, 'examples', 'cangzhou-2018.budget.yaml')).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: 'examples/cangzhou-2018.budget.yaml', uriBaseId: 'SRCROOT' });
  });

  it('points to the figures a total was checked against as related locations', () => {
    const wrong = run.results.find((r) => r.ruleId === 'sum-mismatch' && r.message.text.startsWith('Budget 1518.81'))!;
    assert.deepEqual(wrong.locations[0]!.physicalLocation.region, { startLine: 506, startColumn: 15, endLine: 506, endColumn: 22 });
    assert.deepEqual(wrong.relatedLocations!.map((l) => [l.id, l.physicalLocation.region.startLine, l.message.text]), [[0, 511, '社会组织管理 427.00'], [1, 518, '社会事务管理 612.81']]);
  });

  it('fingerprints each result by rule, the names on its YAML path and its message: unique, the same on the next run, and when lines move', () => {
    const prints = (l: Log) => l.runs[0]!.results.map((r) => r.partialFingerprints['budgetdocFinding/v2']!);
    assert.deepEqual(run.results.map((r) => Object.keys(r.partialFingerprints)), run.results.map(() => ['budgetdocFinding/v2']));
    const first = prints(log);
    assert.equal(new Set(first).size, first.length);
    assert.ok(first.every((p) => /^[0-9a-f]{32}$/.test(p)));
    assert.deepEqual(prints(sarif(ROOT, 'examples/cangzhou-2018.budget.yaml')), first);
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-sarif-'));
    writeFileSync(join(dir, 'examples.budget.yaml'), '# 2018 年部门预算\n# （草稿）\n' + example());
    const moved = sarif(dir, 'examples.budget.yaml');
    assert.deepEqual(prints(moved), first);
    assert.deepEqual(moved.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine), run.results.map((r) => r.locations[0]!.physicalLocation.region.startLine + 2));
  });

  it('keeps the fingerprint of every other result when an activity is inserted above them, which moves their lines and list indexes', () => {
    const prints = (l: Log) => l.runs[0]!.results.map((r) => r.partialFingerprints['budgetdocFinding/v2']);
    const lines = example().split('\n');
    const at = lines.indexOf('  activities:') + 1;
    // A leaf activity of its own, consistent: it adds no finding, and every activity after it moves one index down.
    lines.splice(at, 0, '    - name: 档案管理', '      budget: 10.00', '      content: 档案整理。', '      goal: 档案规范管理。', '      indicators:', '        - name: 档案完整率', '          grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }');
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-sarif-'));
    writeFileSync(join(dir, 'inserted.budget.yaml'), lines.join('\n'));
    const inserted = sarif(dir, 'inserted.budget.yaml').runs[0]!.results;
    const original = run.results;
    assert.deepEqual(inserted.map((r) => r.ruleId), original.map((r) => r.ruleId));
    // One message changes: the activities' sum, by the inserted budget; its alert is the same one all the same.
    assert.deepEqual(inserted.flatMap((r, i) => (r.message.text === original[i]!.message.text ? [] : [[r.ruleId, r.message.text]])), [
      ['exceeds-total', 'The activities\' budgets add up to 69932.14, more than total expenditure 49951 (over by 19981.14)'],
    ]);
    // The activities' findings did move: in lines, and in the index of the path they are of.
    const moved = original.filter((r) => r.locations[0]!.physicalLocation.region.startLine > at);
    assert.equal(moved.length, 38);
    assert.deepEqual(inserted.filter((r, i) => r.locations[0]!.physicalLocation.region.startLine !== original[i]!.locations[0]!.physicalLocation.region.startLine).length, moved.length);
    assert.deepEqual(inserted.map((r) => r.partialFingerprints['budgetdocFinding/v2']), prints(log));
  });
});

describe('budgetdoc check --format sarif --report-unused-disable-directives', () => {
  it('reports each directive that silences nothing under a rule of its own, after the rules, and passes the schema', () => {
    const [head, ...rest] = fixture('consistent.budget.yaml').replace('budget: 587.00', 'budget: 1518.81').split('\n');
    const at = rest.findIndex((l) => l.includes('budget: 1518.81'));
    rest.splice(at, 0, '      # budget-disable-next-line sum-mismatch rounding -- the table is printed so');
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-sarif-'));
    writeFileSync(join(dir, 'silenced.budget.yaml'), ['# budget-disable-next-line', head, ...rest].join('\n'));
    const r = budgetdoc(['check', '--format', 'sarif', '--locale', 'en', '--report-unused-disable-directives', 'silenced.budget.yaml'], { cwd: dir });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as Log;
    const validate = validator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    const { rules } = log.runs[0]!.tool.driver;
    assert.deepEqual(rules.map((x) => x.id), [...RULE_IDS, 'unused-disable-directive']);
    assert.deepEqual(rules[RULE_IDS.length], {
      id: 'unused-disable-directive',
      name: 'UnusedDisableDirective',
      shortDescription: { text: 'Unused disable directive' },
      fullDescription: { text: 'A # budget-disable… comment silences no problem (or none of a rule it names): the problem was fixed, or the comment stands in the wrong place; it can go.' },
      help: { text: 'A # budget-disable… comment silences no problem (or none of a rule it names): the problem was fixed, or the comment stands in the wrong place; it can go.\nhttps://github.com/budget-docs/budget-docs/blob/main/docs/configuration.md#unused-directives' },
      helpUri: 'https://github.com/budget-docs/budget-docs/blob/main/docs/configuration.md#unused-directives',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['budget-disclosure'], precision: 'very-high', 'problem.severity': 'error' },
    });
    const results = log.runs[0]!.results;
    assert.deepEqual(results.map((x) => [x.ruleId, x.ruleIndex, x.level, x.message.text, x.locations[0]!.physicalLocation.region]), [
      ['unused-disable-directive', RULE_IDS.length, 'error', 'Unused directive “budget-disable-next-line”: there is no problem to silence', { startLine: 1, startColumn: 3, endLine: 1, endColumn: 27 }],
      ['unused-disable-directive', RULE_IDS.length, 'error', 'Unused directive “budget-disable-next-line sum-mismatch rounding”: no rounding problem to silence', { startLine: at + 3, startColumn: 9, endLine: at + 3, endColumn: 55 }],
    ]);
    assert.equal(new Set(results.map((x) => x.partialFingerprints['budgetdocFinding/v2'])).size, 2);
    // Without the flag: neither the results nor their rule.
    const plain = JSON.parse(budgetdoc(['check', '--format', 'sarif', 'silenced.budget.yaml'], { cwd: dir }).stdout) as Log;
    assert.deepEqual([plain.runs[0]!.results.length, plain.runs[0]!.tool.driver.rules.length], [0, RULE_IDS.length]);
  });
});

describe('the SARIF fingerprint key', () => {
  const data = { performance: { activities: [{ name: '政务服务', children: [{ name: '综合协调', budget: 1 }, { budget: 2 }] }] }, organization: { duties: ['负责辖区教育'] }, tables: { functional: { rows: [{ code: '201', name: '一般公共服务支出' }] } } };
  const finding = (path: string, en: string) => ({ rule: 'sum-mismatch', severity: 'error', path, span: { start: 0, end: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: { zh: '', en } }) as Finding;

  it('names each list item on the path by its code, name or term, or by its text; an index only where nothing names it', () => {
    assert.equal(namedPath(data, 'performance.activities[0].children[0].budget'), 'performance.activities[name=政务服务].children[name=综合协调].budget');
    assert.equal(namedPath(data, 'performance.activities[0].children[1].budget'), 'performance.activities[name=政务服务].children[1].budget');
    assert.equal(namedPath(data, 'organization.duties[0]'), 'organization.duties[=负责辖区教育]');
    assert.equal(namedPath(data, 'tables.functional.rows[0].name'), 'tables.functional.rows[code=201].name');
    assert.equal(namedPath(data, 'performance.activities[7].budget'), 'performance.activities[7].budget');
    assert.equal(namedPath(undefined, 'performance.activities[0]'), 'performance.activities[0]');
    assert.equal(namedPath(data, ''), '');
  });

  it('leaves the figures out of the message, so that a figure corrected to another wrong one stays the same alert', () => {
    const key = (en: string) => fingerprintKey(finding('performance.activities[0].budget', en), data);
    assert.equal(key('Budget 1518.81 does not match the sum of its children 587.00 (difference 931.81)'), 'sum-mismatch\u0000performance.activities[name=政务服务].budget\u0000Budget # does not match the sum of its children # (difference #)');
    assert.equal(key('Budget 1,600 does not match the sum of its children 587 (difference -1,013)'), key('Budget 1518.81 does not match the sum of its children 587.00 (difference 931.81)'));
    assert.notEqual(key('Budget 1 is less than its children 2'), key('Budget 1 does not match the sum of its children 2'));
  });
});

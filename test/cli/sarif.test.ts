import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import Ajv from 'ajv-draft-04';
import { RULE_IDS } from '../../server/src/core';
import { example } from '../helpers';
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
    assert.equal(run.results.length, 58);
    for (const r of run.results) assert.deepEqual(r.locations[0]!.physicalLocation.artifactLocation, { uri: 'examples/cangzhou-2018.budget.yaml', uriBaseId: 'SRCROOT' });
    // An absolute path below the folder is given relative to it, too.
    assert.deepEqual(sarif(ROOT, join(ROOT, 'examples', 'cangzhou-2018.budget.yaml')).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: 'examples/cangzhou-2018.budget.yaml', uriBaseId: 'SRCROOT' });
  });

  it('points to the figures a total was checked against as related locations', () => {
    const wrong = run.results.find((r) => r.ruleId === 'sum-mismatch' && r.message.text.startsWith('Budget 1518.81'))!;
    assert.deepEqual(wrong.locations[0]!.physicalLocation.region, { startLine: 506, startColumn: 15, endLine: 506, endColumn: 22 });
    assert.deepEqual(wrong.relatedLocations!.map((l) => [l.id, l.physicalLocation.region.startLine, l.message.text]), [[0, 511, '社会组织管理 427.00'], [1, 518, '社会事务管理 612.81']]);
  });

  it('fingerprints each result by rule and YAML path: unique, the same on the next run, and when lines move', () => {
    const prints = (l: Log) => l.runs[0]!.results.map((r) => r.partialFingerprints['budgetdocPath/v1']!);
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
});

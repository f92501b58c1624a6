import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse, stringify } from 'yaml';
import { check } from '../../server/src/core/check/check';
import { importDocument } from '../../server/src/import';
import { readWordDocument } from '../../server/src/import/docx';
import { readWorkbook } from '../../server/src/import/xlsx';
import { renderDocx } from '../../server/src/render/docx';
import { lostPieces } from './support';
import { workbookOf } from './workbook';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** Every figure of a document (amounts, codes, rates) by its path. */
function figures(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'number') out.set(path, String(v));
  else if (typeof v === 'string' && /^[+-]?\d+(?:\.\d+)?%$/.test(v)) out.set(path, v);
  else if (Array.isArray(v)) v.forEach((x, i) => figures(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) figures(x, path ? `${path}.${k}` : k, out);
  return out;
}

/** How the imported figures differ from the original's: those not there, those written differently, those added. */
function compare(original: unknown, imported: unknown) {
  const a = figures(original);
  const b = figures(imported);
  return {
    missing: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k)).map((k) => `${k}: ${a.get(k)} → ${b.get(k)}`),
    added: [...b.keys()].filter((k) => !a.has(k)).map((k) => `${k}: ${b.get(k)}`),
  };
}

const pinned = (text: string) => check(text).findings.map((f) => `${f.rule} ${f.path}`).sort();

/** What the Word file the renderer writes does not print of each example: long forms' shares and last year's figures the page computes. */
const NOT_IN_WORD: Record<string, { missing: string[]; added: string[]; lostFindings: string[] }> = {
  'cangzhou-2018.budget.yaml': {
    missing: [],
    // 与上年持平 is a change of 0; the renderer's sentence gives the 三公 total's change it computes from last year.
    added: ['threePublicExpenses.overseas.change: 0', 'threePublicExpenses.total.change: 10'],
    // The renderer prints names without the numbering it generates itself.
    lostFindings: ['numbering-prefix performance.activities[32].name', 'numbering-prefix performance.activities[45].name', 'numbering-prefix performance.activities[46].name'],
  },
  'statistics-2024.budget.yaml': {
    missing: [
      'overview.income.items[0].share', 'overview.expenditure.basic.amount', 'overview.expenditure.basic.share', 'overview.expenditure.basic.change', 'overview.expenditure.basic.changeRate',
      'overview.expenditure.project.amount', 'overview.expenditure.project.share', 'overview.expenditure.project.change', 'overview.expenditure.project.changeRate',
      'overview.changeRate.total', 'overview.previous.total', 'overview.previous.basic', 'overview.previous.project',
      'operatingExpenses.previous', 'operatingExpenses.change', 'operatingExpenses.changeRate',
      'threePublicExpenses.vehicleOperation.share', 'threePublicExpenses.vehicle.amount', 'threePublicExpenses.vehicle.previous', 'threePublicExpenses.vehicle.change', 'threePublicExpenses.reception.share',
      'tables.generalBudget.total.basic.amount', 'tables.generalBudget.total.basic.share', 'tables.generalBudget.total.project.amount', 'tables.generalBudget.total.project.share',
      'tables.generalBudget.rows[0].share', 'tables.generalBudget.rows[2].share', 'tables.generalBudget.rows[3].share', 'tables.generalBudget.rows[4].share',
      'tables.generalBudget.rows[5].share', 'tables.generalBudget.rows[9].share', 'tables.generalBudget.rows[12].share',
    ],
    added: [
      'overview.expenditure.basic: 258.63', 'overview.expenditure.project: 64', 'threePublicExpenses.overseas.change: 0', 'threePublicExpenses.vehiclePurchase.change: 0',
      'tables.generalBudget.total.basic: 2586345.6', 'tables.generalBudget.total.project: 640000',
    ],
    lostFindings: [],
  },
};

/** The parts a workbook holds: its tables. */
const IN_WORKBOOK = ['threePublicExpenses', 'performance.activities', 'procurement.items', 'procurement.total', 'assets.items', 'assets.total', 'tables'] as const;

function part(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc);
}

describe('import: a round trip for every bundled example', () => {
  const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.budget.yaml')).sort();

  it('covers every bundled example', () => {
    assert.deepEqual(names, Object.keys(NOT_IN_WORD).sort());
  });

  for (const name of names) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const original = parse(text) as Record<string, unknown>;

    it(`${name}: render → Word → import gives the figures the Word file prints, and the same findings`, async function () {
      this.timeout(60000);
      const bytes = await renderDocx(check(text), { locale: 'zh-CN' });
      const { yaml, report } = await importDocument(bytes, 'docx', name);
      // Every paragraph and cell of the Word file is in the output or the report.
      assert.deepEqual(lostPieces(await readWordDocument(bytes), yaml, report), []);
      const diff = compare(original, parse(yaml));
      const expected = NOT_IN_WORD[name]!;
      assert.deepEqual(diff, { missing: expected.missing, changed: [], added: expected.added });
      assert.deepEqual(pinned(yaml), pinned(text).filter((f) => !expected.lostFindings.includes(f)));
    });

    it(`${name}: a workbook of its tables (merged headers, 单位 row, 合计 row, 类/款/项 apart) → import gives the same figures, and in the document the same findings`, async function () {
      this.timeout(60000);
      const workbook = await workbookOf(text);
      const { yaml, report } = await importDocument(workbook, 'xlsx', name);
      assert.deepEqual(lostPieces(await readWorkbook(workbook), yaml, report), []);
      const imported = parse(yaml) as Record<string, unknown>;
      for (const p of IN_WORKBOOK) {
        const was = part(original, p);
        if (was === undefined) continue;
        const now = part(imported, p);
        // The 三公 rows' figures; its explanation is prose, not in a table.
        const shown = p === 'threePublicExpenses' ? { ...(was as Record<string, unknown>), explanation: undefined } : was;
        const diff = compare(shown, now);
        const longForms = p === 'tables' ? [...figures(was).keys()].filter((k) => /\.(basic|project|personnel|public)\.(amount|share)$/.test(k)) : [];
        assert.deepEqual(diff.changed, [], p);
        assert.deepEqual(diff.missing, longForms, p);
        assert.deepEqual(diff.added, longForms.filter((k) => k.endsWith('.amount')).map((k) => `${k.slice(0, -'.amount'.length)}: ${figures(was).get(k)}`), p);
      }
      assert.deepEqual(report.ambiguous, []);
      // The document with its tables replaced by the imported ones: the same findings.
      const spliced: Record<string, unknown> = structuredClone(original);
      for (const p of IN_WORKBOOK) {
        const now = part(imported, p);
        if (now === undefined) continue;
        const keys = p.split('.');
        const host = keys.slice(0, -1).reduce<Record<string, unknown>>((v, k) => v[k] as Record<string, unknown>, spliced);
        host[keys[keys.length - 1]!] = p === 'threePublicExpenses' ? { ...(now as Record<string, unknown>), explanation: (original.threePublicExpenses as Record<string, unknown>).explanation } : now;
      }
      assert.deepEqual(pinned(stringify(spliced)), pinned(stringify(original)));
    });
  }
});

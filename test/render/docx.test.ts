import { strict as assert } from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import mammoth from 'mammoth';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../server/src/cli/main';
import { check, type CheckResult } from '../../server/src/core/check/check';
import type { Locale } from '../../server/src/core';
import { renderDocument } from '../../server/src/render';
import { renderDocx } from '../../server/src/render/docx';
import { fixture } from '../helpers';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const EXAMPLE = join(EXAMPLES, 'cangzhou-2018.budget.yaml');

/** What a reader sees, in order: headings, paragraphs (a table's title and unit lines too) and tables' cells with their spans. */
type Item = { readonly kind: string; readonly text: string } | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const text = (html: string) => html.replace(/<br \/>|<\/span><span>/g, '\n').replace(/<\/p><p>/g, '').replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The items of a page, the HTML one or the one mammoth reads out of the Word file: both generated, so regular enough to read with patterns. */
function items(html: string): Item[] {
  const out: Item[] = [];
  const block = /<(h[123])[^>]*>([\s\S]*?)<\/\1>|<table[^>]*>([\s\S]*?)<\/table>|<p[^>]*>([\s\S]*?)<\/p>|<div class="bd-(?:table-title|unit)">([\s\S]*?)<\/div>/g;
  for (const m of html.matchAll(block)) {
    if (m[1]) out.push({ kind: m[1], text: text(m[2]!) });
    else if (m[3] !== undefined) {
      const rows = [...m[3].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t([hd])((?: (?:rowspan|colspan)="\d+")*)[^>]*>([\s\S]*?)<\/t\1>|<t([hd])\s*\/>/g)]
        .map((c) => `${c[4] ?? c[1]}${(c[2] ?? '').replace(/ (rowspan|colspan)="(\d+)"/g, ' $1=$2')}:${text(c[3] ?? '')}`));
      out.push({ kind: 'table', rows });
    } else {
      const t = text(m[4] ?? m[5]!);
      if (t !== '') out.push({ kind: 'p', text: t });
    }
  }
  return out;
}

/** The HTML page's `<main>`, without its charts (the Word file has charts of its own, which carry no text of the page's). */
function pageItems(html: string): Item[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<figure class="bd-figure">[\s\S]*?<\/figure>/g, '');
  // A cell's span attributes come after its class and source attributes: put them first, as mammoth writes them.
  return items(main.replace(/<t([hd])([^>]*?)((?: (?:rowspan|colspan)="\d+")+)([^>]*)>/g, '<t$1$3$2$4>'));
}

async function docxItems(bytes: Buffer): Promise<Item[]> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return items(value);
}

function parts(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the Word file', function () {
  this.timeout(60000);

  // Every bundled example; and the consistent fixture, whole and with a section that fails the schema (its line in place of it).
  const documents: [string, string][] = [
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.budget.yaml')).map((f): [string, string] => [f, readFileSync(join(EXAMPLES, f), 'utf8')]),
    ['consistent.budget.yaml', fixture('consistent.budget.yaml')],
    ['consistent.budget.yaml with assets.asOf a number', fixture('consistent.budget.yaml').replace(/asOf: .*/, 'asOf: 5')],
  ];
  // Each document checked once, each Word file made and read once: the tests below look at the same files.
  const checked = new Map<string, CheckResult>();
  const checkedOf = (source: string) => checked.get(source) ?? checked.set(source, check(source)).get(source)!;
  const words = new Map<string, Promise<{ bytes: Buffer; items: Item[] }>>();
  const wordOf = (source: string, locale: Locale) => {
    const key = `${locale} ${source}`;
    if (!words.has(key)) words.set(key, renderDocx(checkedOf(source), { locale }).then(async (bytes) => ({ bytes, items: await docxItems(bytes) })));
    return words.get(key)!;
  };
  const example = readFileSync(EXAMPLE, 'utf8');

  for (const [name, source] of documents) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`says what the HTML page says, heading for heading, paragraph for paragraph, cell for cell: ${name}, ${locale}`, async () => {
        const result = checkedOf(source);
        const page = pageItems(renderDocument(result, { locale, mode: 'export', showFindings: false }));
        const word = (await wordOf(source, locale)).items;
        assert.ok(page.filter((i) => i.kind === 'table').length > 0 && page.filter((i) => i.kind === 'h2').length > 0);
        assert.deepStrictEqual(word, page);
        if (name.includes('asOf')) assert.ok(word.some((i) => 'text' in i && /本部分有格式错误|format errors/.test(i.text)), 'the line in place of the section');
      });
    }
  }

  it('has the title on two lines, the nine numbered sections as headings and the merged header cells of the 三公 table', async () => {
    const word = (await wordOf(example, 'zh-CN')).items;
    assert.deepStrictEqual(word[0], { kind: 'h1', text: '沧州经济开发区\n2018年部门预算信息公开说明' });
    assert.deepStrictEqual(word.filter((i) => i.kind === 'h2').map((i) => 'text' in i && i.text.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、']);
    const threePublic = word.find((i) => i.kind === 'table' && 'rows' in i && i.rows[0]![0] === 'h rowspan=2:项目');
    assert.deepStrictEqual(threePublic && 'rows' in threePublic && threePublic.rows.slice(0, 2), [
      ['h rowspan=2:项目', 'h rowspan=2:合计', 'h rowspan=2:上年', 'h rowspan=2:同比', 'h colspan=3:资金来源'],
      ['h:一般预算', 'h:基金预算', 'h:财政专户'],
    ]);
  });

  it('is A4 with page numbers in the footer, header rows repeated, rows never split, in the fonts of government documents', async () => {
    const xml = parts((await wordOf(example, 'zh-CN')).bytes);
    const document = xml['word/document.xml']!;
    // 210 × 297 mm; the performance table's section turned to landscape.
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    assert.ok(rows.every((r) => r.includes('<w:cantSplit/>')), 'no row splits across pages');
    assert.equal(document.match(/<w:tblHeader\/>/g)?.length, 1 + 2 + 2 + 1 + 1, 'the header rows of the five tables repeat');
    const footer = Object.entries(xml).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    assert.match(footer, /PAGE/);
    const styles = xml['word/styles.xml']!;
    for (const font of ['仿宋', '黑体', '方正小标宋简体']) assert.ok(styles.includes(`w:eastAsia="${font}"`), font);
    // Figures and Latin text in the Latin font, apart from the Chinese.
    assert.match(styles, /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/);
    // Charts are Word's own, their figures in embedded workbooks: three of them.
    assert.equal(Object.keys(xml).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name)).length, 3);
  });
});

describe('budgetdoc render --format docx', () => {
  function budgetdoc(...argv: string[]) {
    const out = { stdout: '', stderr: '' };
    const code = run(argv, { stdout: (s) => { out.stdout += s; }, stderr: (s) => { out.stderr += s; }, env: {}, cwd: process.cwd(), readStdin: () => Buffer.alloc(0), isTTY: false });
    return Promise.resolve(code).then((c) => ({ code: c, ...out }));
  }
  const dir = () => mkdtempSync(join(tmpdir(), 'budgetdoc-'));

  it('writes the Word file of a document with errors too, and exits 1 saying how many', async () => {
    const file = join(dir(), 'out.docx');
    const r = await budgetdoc('render', EXAMPLE, '--format', 'docx', '-o', file);
    assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', `budgetdoc: ${EXAMPLE}: 19 errors; the Word file shows the document as written, mistakes included (budgetdoc check ${EXAMPLE} lists them)\n`]);
    assert.equal((await docxItems(readFileSync(file))).filter((i) => i.kind === 'h2').length, 9);
  });

  it('writes Word for an -o ending in .docx, and exits 0 for a consistent document', async () => {
    const [source, file] = [join(dir(), 'in.budget.yaml'), join(dir(), 'Out.DOCX')];
    writeFileSync(source, fixture('consistent.budget.yaml'));
    const r = await budgetdoc('render', source, '-o', file);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
  });

  it('writes nothing for a text that is not YAML, keeping the file already there, and exits 1', async () => {
    const d = dir();
    const [source, file] = [join(d, 'in.budget.yaml'), join(d, 'out.docx')];
    writeFileSync(source, readFileSync(EXAMPLE, 'utf8').replace('region: 沧州经济开发区', 'region: "沧州经济开发区'));
    writeFileSync(file, 'the file exported before');
    const r = await budgetdoc('render', source, '--format', 'docx', '-o', file);
    assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', `budgetdoc: ${source}: not rendered: 1 YAML syntax error; fix it to export (budgetdoc check ${source} lists the problems)\n`]);
    assert.equal(readFileSync(file, 'utf8'), 'the file exported before');
  });

  it('exits 2 with one line without -o, for an unknown format, and when the file cannot be written', async () => {
    assert.deepEqual(await budgetdoc('render', EXAMPLE, '--format', 'docx'), { code: 2, stdout: '', stderr: 'budgetdoc: render --format docx needs -o FILE.docx (budgetdoc --help tells how to call it)\n' });
    assert.deepEqual(await budgetdoc('render', EXAMPLE, '--format', 'pdf', '-o', 'x.pdf'), { code: 2, stdout: '', stderr: 'budgetdoc: --format must be html or docx, not pdf\n' });
    assert.deepEqual(await budgetdoc('render', EXAMPLE, '-o', '/no/such/dir/out.docx'), { code: 2, stdout: '', stderr: 'budgetdoc: /no/such/dir/out.docx: cannot write (no such directory)\n' });
  });
});

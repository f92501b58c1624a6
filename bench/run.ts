/**
 * `npm run bench`: one table, side by side, for 500 / 2,000 / 8,000
 * activities: the parsing floors, our core, our language server over stdio,
 * yaml-language-server over stdio with the format's JSON Schema, and the
 * preview render. Every loop is bounded; every process is killed at the end.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as jsyaml from 'js-yaml';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { Lexer, parseDocument } from 'yaml';
import { patch } from '../client/src/preview/patch';
import { check, type CheckResult } from '../server/src/core/check/check';
import { recheck } from '../server/src/core/check/incremental';
import { LineIndex } from '../server/src/core/syntax/text';
import { renderBodyParts, renderDocument, RenderCache } from '../server/src/render';
import { plannedEdits, tableEdits } from './edits';
import { generate, withMistakeElsewhere } from './generate';
import { LspSession } from './lsp';
import { phaseTable, phaseTimes } from './phases';
import { percentile as pct } from './stats';

const ROOT = resolve(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,8000').split(',').map(Number);
/** The time budget that cuts a slow peer's edits short. */
const PEER_BUDGET_MS = Number(process.env.BENCH_PEER_MS ?? 25_000);
/** Cold opens of our server per size (each in a new process), reported as their median. */
const OPENS = Number(process.env.BENCH_OPENS ?? 5);

type Cell = string;
const rows = new Map<string, Map<number, Cell>>();
function put(row: string, size: number, value: Cell): void {
  if (!rows.has(row)) rows.set(row, new Map());
  rows.get(row)!.set(size, value);
  process.stderr.write(`  ${size} ${row}: ${value}\n`);
}

function time<T>(f: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = f();
  return { ms: performance.now() - started, value };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const latency = (xs: number[]) => (xs.length ? `${ms(pct(xs, 50))} / ${ms(pct(xs, 95))} (n=${xs.length})` : 'n/a');

function floors(size: number, text: string): void {
  const data = jsyaml.load(text);
  const json = JSON.stringify(data);
  put('JSON.parse (same data)', size, ms(time(() => JSON.parse(json)).ms));
  put('yaml parseDocument', size, ms(time(() => parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false })).ms));
  put('yaml Lexer alone', size, ms(time(() => { let n = 0; for (const _ of new Lexer().lex(text)) n++; return n; }).ms));
  put('js-yaml load', size, ms(time(() => jsyaml.load(text)).ms));
  let events = 0;
  put('js-yaml load + listener', size, ms(time(() => jsyaml.load(text, { listener: () => { events++; } } as jsyaml.LoadOptions)).ms));
}

/**
 * The floor under our open: js-yaml reading the file as the fast path does (core schema, a listener), in a new
 * process each time, as the server's first check is; the median of `OPENS` runs, with their range.
 */
function coldParse(size: number, file: string): void {
  const script = `const y = require(${JSON.stringify(require.resolve('js-yaml'))});
const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
const started = performance.now();
y.load(text, { schema: y.CORE_SCHEMA, listener() {} });
process.stdout.write(String(performance.now() - started));`;
  const runs: number[] = [];
  for (let k = 0; k < OPENS; k++) runs.push(Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout));
  put('js-yaml load + listener, in a new process (the floor of an open)', size, `${ms(pct(runs, 50))} (${ms(Math.min(...runs))}–${ms(Math.max(...runs))}, n=${runs.length})`);
}

function core(size: number, text: string): CheckResult {
  const { ms: t, value } = time(() => check(text));
  const problems = value.findings.filter((f) => f.severity !== 'info').length;
  put('core check, cold', size, `${ms(t)}${problems ? ` (${problems} findings!)` : ''}`);
  return value;
}

async function render(size: number, result: CheckResult): Promise<void> {
  const { ms: t, value } = time(() => renderDocument(result, { locale: 'zh-CN', mode: 'export', showFindings: true }));
  put('preview render (HTML)', size, `${ms(t)} (${(value.length / 1e6).toFixed(1)} MB)`);
  // What the preview does on each edit: check from the last version, render the activities that changed, diff.
  const options = { locale: 'zh-CN', mode: 'preview', showFindings: true } as const;
  const cache = new RenderCache();
  let shown = renderBodyParts(result, options, cache);
  let last = result;
  let text = result.parsed.text;
  const latencies: number[] = [];
  let sent = 0;
  for (const e of plannedEdits(text)) {
    const lines = new LineIndex(text);
    const at = lines.offset({ line: e.line, character: e.character });
    text = text.slice(0, at) + e.text + text.slice(at + e.length);
    const started = performance.now();
    last = recheck(last, text);
    const parts = renderBodyParts(last, options, cache);
    const message = patch(shown, parts);
    latencies.push(performance.now() - started);
    shown = parts;
    sent += JSON.stringify(message).length;
  }
  put('preview update after an edit p50 / p95 (check + render + patch)', size, `${latency(latencies)}, ${(sent / latencies.length / 1e3).toFixed(0)} KB sent`);
}

async function server(name: string, size: number, file: string, text: string, start: () => Promise<{ session: LspSession; readyMs: number }>, languageId: string, budgetMs: number, opens = 1): Promise<void> {
  // The bench's own garbage (the in-process checks and renders above) collected first, so that its collector's
  // threads do not compete with the server for the two cores while it is timed.
  (globalThis as { gc?: () => void }).gc?.();
  const uri = pathToFileURL(file).href;
  // A cold open varies by a third from run to run here: `opens` new servers each open the file once, and the
  // median is reported; the last one goes on to the edits.
  const openMs: number[] = [];
  const baselineMs: number[] = [];
  const openOnce = async (begin: () => Promise<{ session: LspSession }>, into: number[]) => {
    const { session } = await begin();
    try {
      into.push((await session.open(uri, languageId, text)).ms);
    } finally {
      await session.stop();
    }
  };
  // Another build of the server (BENCH_BASELINE, e.g. main's dist/server.js), its opens interleaved with ours.
  const baseline = name === 'ours' ? process.env.BENCH_BASELINE : undefined;
  for (let k = 1; k < opens; k++) {
    await openOnce(start, openMs);
    if (baseline) await openOnce(() => LspSession.start(process.execPath, [baseline, '--stdio'], { budgetDocs: {} }), baselineMs);
  }
  if (baseline) put('baseline (BENCH_BASELINE): open → diagnostics', size, `${ms(pct(baselineMs, 50))} (${ms(Math.min(...baselineMs))}–${ms(Math.max(...baselineMs))}, n=${baselineMs.length})`);
  const { session, readyMs } = await start();
  try {
    put(`${name}: ready (initialize)`, size, ms(readyMs));
    const opened = await session.open(uri, languageId, text);
    openMs.push(opened.ms);
    const spread = openMs.length > 1 ? ` (${ms(Math.min(...openMs))}–${ms(Math.max(...openMs))}, n=${openMs.length})` : '';
    put(`${name}: open → diagnostics`, size, `${ms(pct(openMs, 50))}${spread}${opened.diagnostics ? ` (${opened.diagnostics} diagnostics)` : ''}`);
    const latencies: number[] = [];
    const deadline = performance.now() + budgetMs;
    for (const e of plannedEdits(text)) {
      if (performance.now() > deadline) break;
      latencies.push(await session.edit(uri, e.line, e.character, e.length, e.text));
    }
    put(`${name}: edit → diagnostics p50 / p95`, size, latency(latencies));
    const rss = session.rssMb();
    // Then quiet for two seconds, as between bursts of typing: what the server holds at rest.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rest = session.rssMb();
    put(`${name}: memory (VmRSS MB) after the edits / at rest (2 s later)`, size, rss === undefined || rest === undefined ? 'n/a' : `${rss.toFixed(0)} / ${rest.toFixed(0)}`);
  } finally {
    await session.stop();
  }
}

/**
 * Our server's row `ours: edit → diagnostics p50 / p95, ${label}`: a new server opens `file` (holding `text`), waits
 * `pauseMs` after the open's diagnostics, and makes the bench's edits until `budgetMs` has passed (its first edit at
 * least).
 */
async function editsOf(ours: string, size: number, file: string, text: string, label: string, { pauseMs = 0, budgetMs = Infinity } = {}): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  const { session } = await LspSession.start(process.execPath, [ours, '--stdio'], { budgetDocs: {} });
  try {
    const uri = pathToFileURL(file).href;
    await session.open(uri, 'budget-yaml', text);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const latencies: number[] = [];
    const deadline = performance.now() + budgetMs;
    for (const e of plannedEdits(text)) {
      if (latencies.length > 0 && performance.now() > deadline) break;
      latencies.push(await session.edit(uri, e.line, e.character, e.length, e.text));
    }
    put(`ours: edit → diagnostics p50 / p95, ${label}`, size, latency(latencies));
  } finally {
    await session.stop();
  }
}

/**
 * The row above edits as soon as the open's diagnostics arrive, before the server has rehearsed its first edits
 * (250 ms after the open: see "The first edits after an open" in docs/performance.md). A user's first key comes
 * later: the same 60 edits in a new server, the first one second after the open's diagnostics.
 */
function firstKeyLater(ours: string, size: number, file: string, text: string): Promise<void> {
  return editsOf(ours, size, file, text, 'the first edit 1 s after the open', { pauseMs: 1000 });
}

/**
 * The same document with a mistake in a section, as while a user types: our server's edit latency in the
 * activities, which the mistake does not touch. Both keep the edits re-read one activity at a time: a schema error
 * (`overview.change.total` left out), and a YAML syntax error (a line `  tot` with no colon, above `change:`), whose
 * edits a build without that path checks in full, so that row stops after `budgetMs` (its first edit at least).
 */
function withErrorElsewhere(ours: string, size: number, dir: string, text: string, kind: 'schema' | 'syntax', budgetMs: number): Promise<void> {
  const broken = withMistakeElsewhere(text, kind);
  const file = join(dir, `generated-${size}-${kind}-error.budget.yaml`);
  writeFileSync(file, broken);
  const label = kind === 'schema' ? 'a schema error elsewhere (overview.change.total left out)' : 'a YAML syntax error elsewhere (a line `  tot` in overview)';
  return editsOf(ours, size, file, broken, label, { budgetMs });
}

/** The seed-sized document (the real 2018 disclosure): our server's open and edit latency on it, apart from the table. */
async function seed(ours: string): Promise<string> {
  const file = join(ROOT, 'examples/cangzhou-2018.budget.yaml');
  const text = readFileSync(file, 'utf8');
  const { session } = await LspSession.start(process.execPath, [ours, '--stdio'], { budgetDocs: {} });
  try {
    const uri = pathToFileURL(file).href;
    const opened = await session.open(uri, 'budget-yaml', text);
    const latencies: number[] = [];
    for (const e of plannedEdits(text, 120)) latencies.push(await session.edit(uri, e.line, e.character, e.length, e.text));
    const line = `Seed-sized document (examples/cangzhou-2018.budget.yaml, ${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB), our server: open → diagnostics ${ms(opened.ms)} ms; edit → diagnostics p50 / p95 ${latency(latencies)} ms.`;
    process.stderr.write(`  ${line}\n`);
    return line;
  } finally {
    await session.stop();
  }
}

/** A document with the nine standard tables, about 2,000 table rows: our server's open and edit latency on it, edits in the tables. */
async function withTables(ours: string, dir: string): Promise<string> {
  const text = generate(20, 1, 32);
  const file = join(dir, 'generated-tables.budget.yaml');
  writeFileSync(file, text);
  const rowCount = text.slice(text.indexOf('\ntables:')).split('\n').filter((l) => /^\s+- \{ (code|unit): /.test(l) || /^\s+rows: \[\{ unit/.test(l)).length;
  const { session } = await LspSession.start(process.execPath, [ours, '--stdio'], { budgetDocs: {} });
  try {
    const uri = pathToFileURL(file).href;
    const opened = await session.open(uri, 'budget-yaml', text);
    const latencies: number[] = [];
    for (const e of tableEdits(text)) latencies.push(await session.edit(uri, e.line, e.character, e.length, e.text));
    const line = `Document with the nine standard tables (bench/generate.ts, 20 activities and ${rowCount.toLocaleString('en')} table rows, ${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB), our server, edits in the tables: open → diagnostics ${ms(opened.ms)} ms; edit → diagnostics p50 / p95 ${latency(latencies)} ms.`;
    process.stderr.write(`  ${line}\n`);
    return line;
  } finally {
    await session.stop();
  }
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'budget-bench');
  mkdirSync(dir, { recursive: true });
  const schema = pathToFileURL(join(ROOT, 'schemas/budget.schema.json')).href;
  const ours = join(ROOT, 'dist/server.js');
  const peer = join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
  const seedLine = existsSync(ours) ? await seed(ours) : 'Seed-sized document: dist/server.js not built.';
  const tablesLine = existsSync(ours) ? await withTables(ours, dir) : 'Document with the nine tables: dist/server.js not built.';
  for (const size of SIZES) {
    const text = generate(size);
    const file = join(dir, `generated-${size}.budget.yaml`);
    writeFileSync(file, text);
    process.stderr.write(`${size} activities, ${(text.length / 1e6).toFixed(2)} M chars\n`);
    put('document size', size, `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
    floors(size, text);
    coldParse(size, file);
    const result = core(size, text);
    await render(size, result);
    if (existsSync(ours)) {
      await server('ours', size, file, text, () => LspSession.start(process.execPath, [ours, '--stdio'], { budgetDocs: {} }), 'budget-yaml', 60_000, OPENS);
      await firstKeyLater(ours, size, file, text);
      await withErrorElsewhere(ours, size, dir, text, 'schema', Infinity);
      await withErrorElsewhere(ours, size, dir, text, 'syntax', PEER_BUDGET_MS);
    } else {
      put('ours: open → diagnostics', size, 'dist/server.js not built');
    }
    const settings = { yaml: { validate: true, schemas: { [schema]: ['*.budget.yaml'] }, schemaStore: { enable: false }, format: { enable: false }, hover: false, completion: false } };
    await server('yaml-language-server', size, file, text, () => LspSession.start(process.execPath, [peer, '--stdio'], settings), 'yaml', PEER_BUDGET_MS);
  }
  // Each stage of a cold check, in new processes, the sizes' runs interleaved (bench/phases.ts).
  const tablesFile = join(dir, 'generated-tables.budget.yaml');
  const phaseFiles = [...SIZES.map((size) => join(dir, `generated-${size}.budget.yaml`)), ...(existsSync(tablesFile) ? [tablesFile] : [])];
  const phaseHeaders = [...SIZES.map((s) => `${s.toLocaleString('en')} activities`), ...(existsSync(tablesFile) ? ['nine tables'] : [])];
  const phasesLine = phaseTable(phaseHeaders, phaseTimes(phaseFiles, OPENS));
  const header = ['', ...SIZES.map((s) => `${s.toLocaleString('en')} activities`)];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`];
  for (const [row, cells] of rows) lines.push(`| ${row} | ${SIZES.map((s) => cells.get(s) ?? '').join(' | ')} |`);
  process.stdout.write(`Times in ms unless stated; edits are single characters spread over the document.\n\n${lines.join('\n')}\n\n${seedLine}\n\n${tablesLine}\n\nEach stage of a cold check (new processes, n=${OPENS} each):\n\n${phasesLine}\n`);
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});

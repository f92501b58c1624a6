/**
 * `npx tsx bench/memory-edits.ts`: what our server holds while a user types into the 2,000-activity document, as
 * V8 is left to collect and with `--heap-growing-percent=30` on the server's command line, runs interleaved
 * (`BENCH_RUNS`, default 3). Per run: resident memory (VmRSS) every six edits of the bench's 60, right after
 * them and 2 s later, the server's CPU time an edit, and the edits' latency.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { plannedEdits } from './edits';
import { generate } from './generate';
import { LspSession } from './lsp';
import { percentile } from './stats';

const SERVER = resolve(__dirname, '..', 'dist', 'server.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VARIANTS: readonly (readonly string[])[] = [[], ['--heap-growing-percent=30']];

async function run(flags: readonly string[], file: string, text: string): Promise<string> {
  const { session } = await LspSession.start(process.execPath, [...flags, SERVER, '--stdio'], { budgetDocs: {} });
  try {
    const uri = pathToFileURL(file).href;
    await session.open(uri, 'budget-yaml', text);
    const before = session.cpuMs();
    const rss = [session.rssMb() ?? NaN];
    const latencies: number[] = [];
    for (const e of plannedEdits(text)) {
      latencies.push(await session.edit(uri, e.line, e.character, e.length, e.text));
      if (latencies.length % 6 === 0) rss.push(session.rssMb() ?? NaN);
    }
    const after = session.rssMb() ?? NaN;
    const perEdit = (session.cpuMs() - before) / latencies.length;
    await new Promise((r) => setTimeout(r, 2000));
    const rest = session.rssMb() ?? NaN;
    const mb = (n: number) => n.toFixed(0);
    return `| ${flags.join(' ') || '(none)'} | ${rss.map(mb).join(' → ')} | ${mb(Math.max(...rss, after))} | ${mb(after)} / ${mb(rest)} | ${perEdit.toFixed(1)} | ${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 95).toFixed(1)} |`;
  } finally {
    await session.stop();
  }
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'budget-bench');
  mkdirSync(dir, { recursive: true });
  const text = generate(2000);
  const file = join(dir, 'memory-2000.budget.yaml');
  writeFileSync(file, text);
  const lines = ['| server flags | VmRSS MB every 6 edits | peak | after the edits / 2 s later | CPU ms an edit | edit p50 / p95 ms |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (let k = 0; k < RUNS; k++) for (const flags of VARIANTS) lines.push(await run(flags, file, text));
  console.log(lines.join('\n'));
}

void main();

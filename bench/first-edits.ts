/**
 * The first edits after an open, in new server processes: each run starts a server, opens the generated document
 * (`BENCH_ACTIVITIES`, default 2,000) and makes the bench's 60 edits (bench/edits.ts), timing each from the change
 * sent to its diagnostics (wall) and the server process's CPU time over it (every thread, from /proc); the first
 * five edits and the rest are reported apart. `BENCH_BASELINE` (another build's server.js) runs interleaved with
 * ours, one process each in turn; `BENCH_RUNS` (default 7) processes each. `BENCH_PAUSE_MS` waits between the open's diagnostics and the first edit (default 0, as `npm run bench`).
 * `BENCH_SCHEMA_ERROR=1` leaves
 * `overview.change.total` out, as the bench's row "a schema error elsewhere" does; `BENCH_SYNTAX_ERROR=1` writes the
 * line `  tot` above `change:`, as its row "a YAML syntax error elsewhere" does (a baseline that checks such edits in
 * full takes over a second each: fewer edits with `BENCH_EDITS`, default 60).
 *
 *     npx tsx bench/first-edits.ts
 */
import { mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { plannedEdits } from './edits';
import { generate, withMistakeElsewhere } from './generate';
import { LspSession } from './lsp';
import { percentile as pct } from './stats';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EDITS = Number(process.env.BENCH_EDITS ?? 60);
const FIRST = Math.min(5, EDITS - 1);
/** Quiet time between the open's diagnostics and the first edit (ms). */
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 0);

interface Run {
  open: number;
  openCpu: number;
  walls: number[];
  cpus: number[];
}

async function once(server: string, file: string, text: string): Promise<Run> {
  const { session } = await LspSession.start(process.execPath, [server, '--stdio'], { budgetDocs: {} });
  try {
    const uri = pathToFileURL(file).href;
    const before = session.cpuMs();
    const opened = await session.open(uri, 'budget-yaml', text);
    const openCpu = session.cpuMs() - before;
    // `npm run bench` edits at once; a user's first key comes later, once the open's own work after its diagnostics
    // (the state for the next edit, the collection after a slow check) has had time to finish.
    if (PAUSE_MS > 0) await new Promise((r) => setTimeout(r, PAUSE_MS));
    const walls: number[] = [];
    const cpus: number[] = [];
    for (const e of plannedEdits(text, EDITS)) {
      const c = session.cpuMs();
      walls.push(await session.edit(uri, e.line, e.character, e.length, e.text));
      cpus.push(session.cpuMs() - c);
    }
    return { open: opened.ms, openCpu, walls, cpus };
  } finally {
    await session.stop();
  }
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cell = (xs: readonly number[]) => `${ms(pct(xs, 50))} / ${ms(pct(xs, 95))} / ${ms(Math.max(...xs))}`;

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'budget-bench');
  mkdirSync(dir, { recursive: true });
  let text = generate(ACTIVITIES);
  if (process.env.BENCH_SCHEMA_ERROR === '1') text = withMistakeElsewhere(text, 'schema');
  if (process.env.BENCH_SYNTAX_ERROR === '1') text = withMistakeElsewhere(text, 'syntax');
  const file = join(dir, `first-edits-${ACTIVITIES}.budget.yaml`);
  writeFileSync(file, text);
  const servers: [string, string][] = [['ours', resolve(process.env.BENCH_SERVER ?? resolve(__dirname, '../dist/server.js'))]];
  if (process.env.BENCH_BASELINE) servers.push(['baseline', resolve(process.env.BENCH_BASELINE)]);
  const runs = new Map<string, Run[]>(servers.map(([name]) => [name, []]));
  for (let k = 0; k < RUNS; k++) {
    // Ours first on even runs, the baseline first on odd ones.
    for (const [name, server] of k % 2 ? [...servers].reverse() : servers) {
      const run = await once(server, file, text);
      runs.get(name)!.push(run);
      process.stderr.write(`  ${name} run ${k + 1}: open ${ms(run.open)} ms; first ${FIRST} edits wall ${run.walls.slice(0, FIRST).map(ms).join(', ')}; CPU ${run.cpus.slice(0, FIRST).map(ms).join(', ')}\n`);
    }
  }
  const lines = [
    `| ${ACTIVITIES.toLocaleString('en')} activities, ${RUNS} processes each, ms: p50 / p95 / max | ${servers.map(([n]) => n).join(' | ')} |`,
    `| --- | ${servers.map(() => '---:').join(' | ')} |`,
  ];
  const row = (label: string, f: (r: Run) => number[]) => lines.push(`| ${label} | ${servers.map(([n]) => cell(runs.get(n)!.flatMap(f))).join(' | ')} |`);
  row('open → diagnostics, wall', (r) => [r.open]);
  row('open, server CPU', (r) => [r.openCpu]);
  row(`edits 1–${FIRST}, wall`, (r) => r.walls.slice(0, FIRST));
  row(`edits 1–${FIRST}, server CPU`, (r) => r.cpus.slice(0, FIRST));
  row(`edits ${FIRST + 1}–${EDITS}, wall`, (r) => r.walls.slice(FIRST));
  row(`edits ${FIRST + 1}–${EDITS}, server CPU`, (r) => r.cpus.slice(FIRST));
  row(`all ${EDITS} edits, wall`, (r) => r.walls);
  row(`all ${EDITS} edits, server CPU`, (r) => r.cpus);
  // The server's debounce after a check it counted as slow adds 150 ms: how many edits took that long.
  const slow = (n: string) => runs.get(n)!.flatMap((r) => r.walls).filter((w) => w >= 150).length;
  lines.push(`| edits that took 150 ms or more, of ${EDITS * RUNS} | ${servers.map(([n]) => slow(n)).join(' | ')} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * `npm run bench:activation`: what loading the extension's bundles costs the extension host. Activation, which any
 * YAML file does, loads the entry (`dist/client.js`, all that a plain YAML file loads); the first budget document
 * the part next to it (`dist/session.js`, the language client, the core and its schema), which the entry was
 * before it was split; the first preview or export the renderer (`dist/preview.js`), and the first Export Word the
 * Word writer (`dist/docx.js`). Each figure is a `require` of a bundle in a new Node process (as the extension host
 * loads it once), with a stand-in `vscode` module. Wall and CPU time (user + system), median and range over
 * `BENCH_RUNS` (default 7) processes, the bundles' runs interleaved. `BENCH_BASELINE` (another build's `dist`
 * folder) times its bundles too, in turn with ours. Run `npm run build` first.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = join(__dirname, '..');
const BUNDLES = ['client.js', 'session.js', 'preview.js', 'docx.js'];
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;
/** Each bundle of ours, then the baseline's of the same name (where it has one). */
const LOADS = BUNDLES.flatMap((b) => [{ name: `dist/${b}`, file: join(ROOT, 'dist', b) }, ...(BASELINE && existsSync(join(BASELINE, b)) ? [{ name: `baseline ${b}`, file: join(BASELINE, b) }] : [])]);

// A `vscode` whose every export is a callable, constructible stand-in: enough for a module's top level.
const stub = mkdtempSync(join(tmpdir(), 'budget-activation-'));
mkdirSync(join(stub, 'node_modules', 'vscode'), { recursive: true });
writeFileSync(join(stub, 'node_modules', 'vscode', 'index.js'), 'const any = new Proxy(function () {}, { get: () => any, apply: () => any, construct: () => any });\nmodule.exports = any;\n');

const probe = (file: string) => `
const cpu = process.cpuUsage(); const t = performance.now();
require(${JSON.stringify(file)});
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }));`;

const times: Record<string, { wall: number[]; cpu: number[] }> = Object.fromEntries(LOADS.map((l) => [l.name, { wall: [], cpu: [] }]));
for (let run = 0; run < RUNS; run++) {
  for (const load of LOADS) {
    const out = execFileSync(process.execPath, ['-e', probe(load.file)], { cwd: stub, env: { ...process.env, NODE_PATH: join(stub, 'node_modules') }, encoding: 'utf8' });
    const { wall, cpu } = JSON.parse(out) as { wall: number; cpu: number };
    times[load.name]!.wall.push(wall);
    times[load.name]!.cpu.push(cpu);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cell = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
console.log(`| require, in a new process, ms (n=${RUNS}) | wall median (range) | CPU median (range) |`);
console.log('| --- | ---: | ---: |');
for (const load of LOADS) console.log(`| ${load.name} | ${cell(times[load.name]!.wall)} | ${cell(times[load.name]!.cpu)} |`);

/**
 * `npm run bench:activation`: what activating the extension costs the extension host, which any YAML file does.
 * Each figure is a `require` of a bundle in a new Node process (as the extension host loads it once), with a
 * stand-in `vscode` module: the entry (`dist/client.js`, all that a plain YAML file loads) next to the part loaded
 * with the first budget document (`dist/session.js`, the language client, the core and its schema), which the
 * entry was before it was split. Wall and CPU time (user + system), median and range over `BENCH_RUNS` (default 7)
 * processes, the bundles' runs interleaved. Run `npm run build` first.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = join(__dirname, '..');
const BUNDLES = ['client.js', 'session.js'];

// A `vscode` whose every export is a callable, constructible stand-in: enough for a module's top level.
const stub = mkdtempSync(join(tmpdir(), 'budget-activation-'));
mkdirSync(join(stub, 'node_modules', 'vscode'), { recursive: true });
writeFileSync(join(stub, 'node_modules', 'vscode', 'index.js'), 'const any = new Proxy(function () {}, { get: () => any, apply: () => any, construct: () => any });\nmodule.exports = any;\n');

const probe = (bundle: string) => `
const cpu = process.cpuUsage(); const t = performance.now();
require(${JSON.stringify(join(ROOT, 'dist', bundle))});
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }));`;

const times: Record<string, { wall: number[]; cpu: number[] }> = Object.fromEntries(BUNDLES.map((b) => [b, { wall: [], cpu: [] }]));
for (let run = 0; run < RUNS; run++) {
  for (const bundle of BUNDLES) {
    const out = execFileSync(process.execPath, ['-e', probe(bundle)], { cwd: stub, env: { ...process.env, NODE_PATH: join(stub, 'node_modules') }, encoding: 'utf8' });
    const { wall, cpu } = JSON.parse(out) as { wall: number; cpu: number };
    times[bundle]!.wall.push(wall);
    times[bundle]!.cpu.push(cpu);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cell = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
console.log(`| require, in a new process, ms (n=${RUNS}) | wall median (range) | CPU median (range) |`);
console.log('| --- | ---: | ---: |');
for (const bundle of BUNDLES) console.log(`| dist/${bundle} | ${cell(times[bundle]!.wall)} | ${cell(times[bundle]!.cpu)} |`);

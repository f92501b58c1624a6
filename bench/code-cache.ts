/**
 * V8's code cache for the language server's start, measured (`npx tsx bench/code-cache.ts`): new server processes
 * started three ways, in turn, `BENCH_RUNS` (default 7) each: `node dist/server.js` as the editor starts it; the
 * same bundle compiled by a loader through `vm.Script` with the cache V8 made of it in an earlier process
 * (`script.createCachedData()` once the open's check has run, so that the functions it compiled are in it); and
 * the loader without a cache (what `vm.Script` itself costs). Each process is timed to `initialize` answered and
 * then to the diagnostics of the generated document (`BENCH_ACTIVITIES`, default 2,000), in wall and CPU time.
 *
 * The loader sets `--expose-gc` before it compiles, as the server does as it starts (server/src/lsp/memory.ts):
 * V8 keeps a hash of its flags in the cache, and a cache made after the server set that flag is rejected by every
 * process that has not set it yet.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { generate } from './generate';
import { LspSession } from './lsp';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const dir = join(tmpdir(), 'budget-bench');
const cacheDir = join(dir, 'v8-cache');
const loader = join(dir, 'v8-cache-loader.js');
const bundle = resolve(__dirname, '../dist/server.js');

const LOADER = `'use strict';
const { readFileSync, writeFileSync, renameSync, mkdirSync } = require('fs');
const { createHash } = require('crypto');
const { join, dirname } = require('path');
const vm = require('vm');
const Module = require('module');
require('v8').setFlagsFromString('--expose-gc');
const bundle = ${JSON.stringify(bundle)};
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const file = join(${JSON.stringify(cacheDir)}, createHash('sha256').update(source).update(process.version).digest('hex').slice(0, 16) + '.bin');
const useCache = process.env.BUDGET_BENCH_CACHE === '1';
let cachedData;
if (useCache) { try { cachedData = readFileSync(file); } catch {} }
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
if (cachedData && script.cachedDataRejected) require('fs').appendFileSync(file + '.rejected', process.pid + '\\n');
if (useCache && (!cachedData || script.cachedDataRejected)) {
  setTimeout(() => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file + '.' + process.pid, script.createCachedData());
      renameSync(file + '.' + process.pid, file);
    } catch {}
  }, 4000).unref();
}
const m = new Module(bundle, module);
m.filename = bundle;
m.paths = Module._nodeModulePaths(dirname(bundle));
script.runInThisContext().call(m.exports, m.exports, Module.createRequire(bundle), m, bundle, dirname(bundle));
`;

interface Run { readyMs: number; readyCpu: number; openMs: number; openCpu: number }

async function once(args: string[], cache: boolean, uri: string, text: string, stay = 0): Promise<Run> {
  process.env.BUDGET_BENCH_CACHE = cache ? '1' : '0';
  const { session, readyMs } = await LspSession.start(process.execPath, args, { budgetDocs: {} });
  try {
    const readyCpu = session.cpuMs();
    const opened = await session.open(uri, 'budget-yaml', text);
    const openCpu = session.cpuMs() - readyCpu;
    if (stay) await new Promise((r) => setTimeout(r, stay));
    return { readyMs, readyCpu, openMs: opened.ms, openCpu };
  } finally {
    await session.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const cell = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  rmSync(cacheDir, { recursive: true, force: true });
  writeFileSync(loader, LOADER);
  const text = generate(Number(process.env.BENCH_ACTIVITIES ?? 2000));
  const file = join(dir, 'code-cache.budget.yaml');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const ways: [string, string[], boolean][] = [
    ['node dist/server.js', [bundle, '--stdio'], false],
    ['vm.Script with the code cache', [loader, '--stdio'], true],
    ['vm.Script without a cache', [loader, '--stdio'], false],
  ];
  // The cache, made by one process that stays past the loader's timer.
  await once([loader, '--stdio'], true, uri, text, 5000);
  const runs = new Map<string, Run[]>(ways.map(([name]) => [name, []]));
  for (let k = 0; k < RUNS; k++) {
    for (const [name, args, cache] of k % 2 ? [...ways].reverse() : ways) runs.get(name)!.push(await once(args, cache, uri, text));
  }
  const lines = ['| new process, ms: median (range) | ready, wall | ready, server CPU | open → diagnostics, wall | open, server CPU |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [name, rs] of runs) lines.push(`| ${name} | ${cell(rs.map((r) => r.readyMs))} | ${cell(rs.map((r) => r.readyCpu))} | ${cell(rs.map((r) => r.openMs))} | ${cell(rs.map((r) => r.openCpu))} |`);
  const rejected = readdirSync(cacheDir).filter((f) => f.endsWith('.rejected')).length;
  process.stdout.write(`${lines.join('\n')}\n${rejected ? 'The cache was rejected: its timings are those of no cache.' : 'Every process given the cache took it.'}\n`);
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});

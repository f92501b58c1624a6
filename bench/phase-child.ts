/**
 * One cold check in this (new) process, each stage timed by the check's own marks (server/src/core/check/phases.ts);
 * prints `[stage, wall ms, CPU ms][]` as JSON. Bundled and run by bench/phases.ts.
 */
import { readFileSync } from 'fs';
import { check } from '../server/src/core/check/check';
import { phases } from '../server/src/core/check/phases';

const text = readFileSync(process.argv[2]!, 'utf8');
/** The process's CPU time (every thread: V8's compilers and collector too), in ms. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const out: [string, number, number][] = [];
const started = performance.now();
const startedCpu = cpu();
let last = started;
let lastCpu = startedCpu;
phases.mark = (stage) => {
  const now = performance.now();
  const nowCpu = cpu();
  out.push([stage, now - last, nowCpu - lastCpu]);
  last = now;
  lastCpu = nowCpu;
};
check(text);
out.push(['check, in all', performance.now() - started, cpu() - startedCpu]);
process.stdout.write(JSON.stringify(out));

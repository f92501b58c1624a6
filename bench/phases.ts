/**
 * Where a cold open's check goes: each stage of `check` (parse, positions, model, each rule …) timed in a new
 * process, as the server's first check is, with the code bundled and minified as dist/server.js is. `runs` new
 * processes per file, the files' runs interleaved (the machine is shared: a burst of load then hits every file
 * alike); per stage the median and the range.
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';

export interface Stage {
  readonly stage: string;
  /** Per file, the stage's wall times over the runs (ms). */
  readonly runs: number[][];
  /** Per file, the stage's CPU times over the runs (ms, every thread of the process). */
  readonly cpu: number[][];
}

/** The child bundled into a directory of its own, so that two benches running at once do not overwrite each other's. */
export function phaseBundle(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'budget-phases-')), 'phase-child.js');
  buildSync({ entryPoints: [resolve(__dirname, 'phase-child.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, outfile, logLevel: 'warning' });
  return outfile;
}

export function phaseTimes(files: readonly string[], runs: number): Stage[] {
  const bundle = phaseBundle();
  const stages = new Map<string, { runs: number[][]; cpu: number[][] }>();
  try {
    for (let k = 0; k < runs; k++) {
      files.forEach((file, i) => {
        const child = spawnSync(process.execPath, [bundle, file], { encoding: 'utf8' });
        if (child.status !== 0) throw new Error(`phase run failed: ${child.stderr}`);
        for (const [stage, wall, cpu] of JSON.parse(child.stdout) as [string, number, number][]) {
          if (!stages.has(stage)) stages.set(stage, { runs: files.map(() => []), cpu: files.map(() => []) });
          stages.get(stage)!.runs[i]!.push(wall);
          stages.get(stage)!.cpu[i]!.push(cpu);
        }
      });
    }
  } finally {
    rmSync(dirname(bundle), { recursive: true, force: true });
  }
  return [...stages].map(([stage, times]) => ({ stage, ...times }));
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** A markdown table: one row per stage, one column per file, the wall time's `median (min–max)` and the CPU time's median. */
export function phaseTable(headers: readonly string[], stages: readonly Stage[]): string {
  const lines = [`| stage: wall median (range) / CPU median | ${headers.join(' | ')} |`, `| --- | ${headers.map(() => '---:').join(' | ')} |`];
  for (const { stage, runs, cpu } of stages) {
    lines.push(`| ${stage} | ${runs.map((xs, i) => (xs.length ? `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}) / ${ms(median(cpu[i]!))}` : '')).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const runs = Number(process.env.BENCH_OPENS ?? 7);
  process.stdout.write(`${phaseTable(files, phaseTimes(files, runs))}\n`);
}

/**
 * The core's own time per edit in the tables of the nine-table document (`generate(20, 1, 32)`), in-process: the
 * bench's 60 table edits (bench/edits.ts) applied one after another with `recheck`, on three fresh documents in a
 * row; CPU and wall time per edit, and how many edits re-read one table row alone (`npx tsx bench/table-edits.ts`).
 * CPU time holds better than wall time on a shared machine; `npm run bench`'s line for this document adds the
 * server's own work and the pipe.
 */
import { generate } from './generate';
import { tableEdits } from './edits';
import { check } from '../server/src/core/check/check';
import { recheck } from '../server/src/core/check/incremental';
import { cpuTime as cpu, percentile } from './stats';


const cpus: number[] = [];
const walls: number[] = [];
let rowPath = 0;
for (let round = 0; round < 3; round++) {
  let text = generate(20, 1, 32);
  let result = check(text);
  for (const e of tableEdits(text)) {
    const lines = text.split('\n');
    let at = e.character;
    for (let i = 0; i < e.line; i++) at += lines[i]!.length + 1;
    const next = text.slice(0, at) + e.text + text.slice(at + e.length);
    const startedCpu = cpu();
    const started = performance.now();
    const edited = recheck(result, next, {}, { start: at, oldEnd: at + e.length, newEnd: at + e.text.length });
    cpus.push(cpu() - startedCpu);
    walls.push(performance.now() - started);
    // The row path keeps the previous result's list of activities; the full check builds its own.
    if (edited.model.activities === result.model.activities) rowPath++;
    result = edited;
    text = next;
  }
}
const ms = (x: number) => x.toFixed(1);
process.stdout.write(`${rowPath} of ${cpus.length} edits re-read one table row; per edit, CPU p50 / p95 ${ms(percentile(cpus, 50))} / ${ms(percentile(cpus, 95))} ms, wall p50 / p95 ${ms(percentile(walls, 50))} / ${ms(percentile(walls, 95))} ms\n`);

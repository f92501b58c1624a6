/**
 * `npx tsx bench/outline-edits.ts`: what VS Code asks of the server after each keystroke besides the diagnostics,
 * in-process, in CPU time (user + system): the incremental check of a character typed into a `content`, then the
 * outline (document symbols, whose figures are read through the figure cache while the result lists its empty
 * keys). BENCH_OUTLINE_EDITS (40) edits spread over the activities of a generated document of
 * BENCH_OUTLINE_ACTIVITIES (2,000) activities, each from the one before.
 */
import { check, outline, recheck } from '../server/src/core';
import { generate } from './generate';
import { cpuTime as cpu, percentile as pct } from './stats';

const ACTIVITIES = Number(process.env.BENCH_OUTLINE_ACTIVITIES ?? 2000);
const EDITS = Number(process.env.BENCH_OUTLINE_EDITS ?? 40);


let text = generate(ACTIVITIES);
let result = check(text);
outline(result, 'zh-CN');
const first = result.model.activities[0];
const stages = { check: [] as number[], outline: [] as number[] };
for (let k = 0; k < EDITS; k++) {
  const i = Math.floor(((k + 0.5) / EDITS) * ACTIVITIES);
  const at = result.parsed.source.get(['performance', 'activities', i, 'content'])!.value.start + 1;
  text = `${text.slice(0, at)}的${text.slice(at)}`;
  let t = cpu();
  result = recheck(result, text, {}, { start: at, oldEnd: at, newEnd: at + 1 });
  stages.check.push(cpu() - t);
  t = cpu();
  outline(result, 'zh-CN');
  stages.outline.push(cpu() - t);
}
const row = (xs: readonly number[]) => `p50 ${pct(xs, 50).toFixed(1)} / p95 ${pct(xs, 95).toFixed(1)} ms`;
console.log(`After each edit, in-process CPU time, ${ACTIVITIES.toLocaleString('en')} activities, ${EDITS} edits (${result.model.activities[0] === first ? 'all incremental' : 'some checked in full'}; empty keys ${result.parsed.emptyKeys ? 'listed' : 'not listed'}):`);
console.log(`  check (recheck):  ${row(stages.check)}`);
console.log(`  outline:          ${row(stages.outline)}`);

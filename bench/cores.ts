/**
 * `npm run bench:cores`: whether splitting a cold open across the two cores
 * would pay. Each figure is a first check in a new process (as the server's
 * open is): one of N activities, one of N / 2, and two of N / 2 at the same
 * time in two processes. `BENCH_SIZES` (default 2000) and `BENCH_RUNS`
 * (default 3) bound a run.
 */
import { spawn } from 'child_process';
import { createInterface } from 'readline';
import { check } from '../server/src/core/check/check';
import { generate } from './generate';

const SIZES = (process.env.BENCH_SIZES ?? '2000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Child mode: generate, wait for the start signal on stdin, check once, print the time. */
if (process.argv[2] === '--child') {
  const text = generate(Number(process.argv[3]));
  process.stdout.write('ready\n');
  process.stdin.once('data', () => {
    const started = performance.now();
    check(text);
    process.stdout.write(`${performance.now() - started}\n`);
    process.exit(0);
  });
} else {
  void main();
}

/** Cold checks of `size` activities in `count` processes started together; their times in ms. */
async function cold(size: number, count: number): Promise<number[]> {
  const children = Array.from({ length: count }, () => spawn(process.execPath, ['--import', 'tsx', __filename, '--child', String(size)], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const lines = children.map((child) => createInterface({ input: child.stdout! })[Symbol.asyncIterator]());
  const next = async (line: AsyncIterator<string>) => String((await line.next()).value);
  // Each has generated its text; then all start at once.
  await Promise.all(lines.map(next));
  for (const child of children) child.stdin!.write('go\n');
  return (await Promise.all(lines.map(next))).map(Number);
}

async function main(): Promise<void> {
  const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`Cold checks (first check in a new process), ${RUNS} runs each; times in ms.\n`);
  console.log('| activities | one of N | one of N / 2 | two of N / 2 at once (each) |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const size of SIZES) {
    const whole: number[] = [];
    const half: number[] = [];
    const pair: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      whole.push(...(await cold(size, 1)));
      half.push(...(await cold(size / 2, 1)));
      pair.push(...(await cold(size / 2, 2)));
    }
    console.log(`| ${size} | ${ms(whole)} | ${ms(half)} | ${ms(pair)} |`);
  }
}

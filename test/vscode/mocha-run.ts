import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** One test as the runners print it. */
export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly duration: number;
  readonly error?: string;
}

/** What a tests module leaves for its runner: every outcome, and the counts. */
export interface SuiteResult {
  readonly passes: number;
  readonly failures: number;
  readonly tests: readonly TestOutcome[];
}

/**
 * Runs mocha files inside the extension host, streams each outcome to `<result>.log` (one JSON per
 * line, so a runner can print progress) and writes the whole result to `result` when done.
 * Rejects on any failure, which is how `@vscode/test-electron` learns the outcome.
 */
export function runMocha(files: readonly string[], result: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  for (const file of files) mocha.addFile(file);
  // While working on one scenario: BUDGET_E2E_GREP=text npm run test:e2e runs the tests whose titles hold it.
  if (process.env.BUDGET_E2E_GREP) mocha.grep(process.env.BUDGET_E2E_GREP);
  fs.mkdirSync(path.dirname(result), { recursive: true });
  const log = `${result}.log`;
  fs.writeFileSync(log, '');
  const tests: TestOutcome[] = [];
  const record = (outcome: TestOutcome) => {
    tests.push(outcome);
    fs.appendFileSync(log, JSON.stringify(outcome) + '\n');
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      const passes = tests.filter((t) => t.state === 'passed').length;
      const failures = tests.length - passes;
      const written: SuiteResult = { passes, failures, tests };
      fs.writeFileSync(`${result}.tmp`, JSON.stringify(written, null, 2));
      fs.renameSync(`${result}.tmp`, result);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => record({ title: t.fullTitle(), state: 'passed', duration: t.duration ?? 0 }));
    runner.on('fail', (t, err: Error) => record({ title: t.fullTitle(), state: 'failed', duration: t.duration ?? 0, error: err.stack ?? err.message }));
    // Nothing is skipped in silence: a pending test counts as a failure.
    runner.on('pending', (t) => record({ title: t.fullTitle(), state: 'failed', duration: 0, error: 'skipped (it.skip, this.skip or no body); the e2e suite skips nothing' }));
  });
}

/** Where the result goes: the runner says so in the environment; otherwise test-results/. */
export function resultPath(name: string): string {
  return process.env.BUDGET_E2E_RESULT ?? path.resolve(__dirname, '..', '..', '..', 'test-results', `${name}.json`);
}

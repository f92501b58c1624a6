import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { run } from '../../server/src/cli/main';

/** What a run of the CLI left: its exit status and everything it printed. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The folder it runs in (the repository's root if not said). */
  readonly cwd?: string;
  /** The whole environment it sees: nothing of the test process's leaks in. */
  readonly env?: NodeJS.ProcessEnv;
  /** Standard input's text. */
  readonly input?: string;
}

export const ROOT = join(__dirname, '..', '..');
/** The bin as published: the bundle `npm run build` writes. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** The environment a test runs the CLI in unless it says otherwise: English from the environment, no colour. */
export const PLAIN: NodeJS.ProcessEnv = { LANG: 'C', NO_COLOR: '1' };

function io(options: RunOptions, out: { stdout: string; stderr: string }) {
  return {
    stdout: (s: string) => void (out.stdout += s),
    stderr: (s: string) => void (out.stderr += s),
    env: options.env ?? PLAIN,
    cwd: options.cwd ?? ROOT,
    readStdin: () => Buffer.from(options.input ?? '', 'utf8'),
    // What a spawned CLI sees with its standard output a pipe.
    isTTY: false,
  };
}

/**
 * `budgetdoc ARGV` run in this process, by the same `run` the bin calls with the process's own streams: the
 * status comes back at once for every command but import and `render --format docx` (see budgetdocAsync).
 */
export function budgetdoc(argv: readonly string[], options: RunOptions = {}): Ran {
  const out = { stdout: '', stderr: '' };
  const code = run(argv, io(options, out));
  assert.equal(typeof code, 'number', `budgetdoc ${argv.join(' ')} answered asynchronously: use budgetdocAsync`);
  return { code: code as number, ...out };
}

/** The same for the commands that answer asynchronously (import, `render --format docx`), and any other. */
export async function budgetdocAsync(argv: readonly string[], options: RunOptions = {}): Promise<Ran> {
  const out = { stdout: '', stderr: '' };
  const code = await run(argv, io(options, out));
  return { code, ...out };
}

/**
 * The bin in a process of its own (node dist/cli.js), for what only a process shows: the bundle, the exit status
 * the process ends with, standard input read from a pipe. Slow (a node start each): a few tests only.
 */
export function spawnBudgetdoc(argv: readonly string[], options: RunOptions = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...argv], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: options.env ?? PLAIN });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

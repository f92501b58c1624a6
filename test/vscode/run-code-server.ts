// `npm run test:e2e`: the extension-host suite inside code-server (the real VS Code workbench and
// a real Node extension host), driven by headless Chromium, as ../shared/REAL-EDITOR.md describes.
// Run test/vscode/install.sh first. Then, in order:
//   1. build the extension and the suite, package the .vsix;
//   2. run the suite against the extension under development, photographing what it asks for;
//   3. install the .vsix into a fresh extensions dir and check that it activates.
// Any editor that fails to start, any failing test and any time limit reached exits non-zero.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import {
  attempts, CHROMIUM, CODE_SERVER, EditorDidNotStart, launchBrowser, packageVsix, pageElements, pageShows, RESULTS, ROOT, scrollPreview, sh, sleep, startCodeServer, statusBarShows,
  STARTUP_LIMIT_MS, stopCodeServer, tail, toast, until,
} from './code-server';
import type { PreviewScroll } from './code-server';
import type { SuiteResult, TestOutcome } from './mocha-run';

const OUT = path.join(ROOT, 'out', 'test', 'vscode');
const SUITE_LIMIT_MS = 180_000;
const STARTED = Date.now();
const elapsed = () => `${((Date.now() - STARTED) / 1000).toFixed(0)} s`;

function step(text: string): void {
  console.log(`\n▶ ${text} (at ${elapsed()})`);
}

interface Session {
  readonly name: string;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  readonly extensionsDir: string;
}

/** Opens the workbench with the tests payload, serves screenshot requests, and waits for the result file. */
async function runSession(browser: Browser, session: Session): Promise<SuiteResult> {
  const result = path.join(RESULTS, `${session.name}.json`);
  const shots = path.join(RESULTS, 'screenshots');
  fs.rmSync(result, { force: true });
  fs.rmSync(`${result}.log`, { force: true });
  fs.mkdirSync(shots, { recursive: true });
  const editor = await startCodeServer(session.name, session.extensionsDir, { BUDGET_E2E_RESULT: result, BUDGET_E2E_SHOTS: shots });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const console_ = fs.createWriteStream(path.join(RESULTS, `browser-${session.name}.log`));
  page.on('console', (m) => console_.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => console_.write(`[pageerror] ${e.message}\n`));
  try {
    const remote = (p: string) => `vscode-remote://127.0.0.1:${editor.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(session.extensionDevelopmentPath)], ['extensionTestsPath', remote(session.extensionTestsPath)]];
    const url = `http://127.0.0.1:${editor.port}/?folder=${encodeURIComponent(ROOT)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(`  code-server listening on 127.0.0.1:${editor.port} (at ${elapsed()})`);
    try {
      await page.goto(url, { timeout: STARTUP_LIMIT_MS });
      await page.waitForSelector('.monaco-workbench', { timeout: STARTUP_LIMIT_MS });
      console.log(`  workbench loaded in Chromium (at ${elapsed()})`);
    } catch (err) {
      throw new EditorDidNotStart(`the workbench did not load in Chromium: ${err instanceof Error ? err.message : String(err)}\ncode-server log:\n${tail(editor.log)}`);
    }
    return await awaitResult(page, result, shots);
  } finally {
    await page.screenshot({ path: path.join(RESULTS, `${session.name}-last.png`) }).catch(() => undefined);
    await page.close();
    console_.end();
    stopCodeServer(editor);
  }
}

async function awaitResult(page: Page, result: string, shots: string): Promise<SuiteResult> {
  const log = `${result}.log`;
  let printed = 0;
  const printProgress = () => {
    if (!fs.existsSync(log)) return;
    // Complete lines only: the suite may be writing the last one.
    const lines = fs.readFileSync(log, 'utf8').split('\n').slice(0, -1).filter(Boolean);
    for (const line of lines.slice(printed)) printOutcome(JSON.parse(line) as TestOutcome);
    printed = lines.length;
  };
  const probes: [string, (body: string) => Promise<unknown>][] = [
    // Whether a webview of the page shows a text.
    ['.find', async (needle) => ({ found: await pageShows(page, needle) })],
    // The elements a selector finds in a webview.
    ['.elements', async (selector) => pageElements(page, selector)],
    // The preview scrolled as a user would, or where it stands.
    ['.scroll', async (to) => ({ place: (await scrollPreview(page, JSON.parse(to) as PreviewScroll)) ?? null })],
    // Whether the status bar has an entry labelled with a text.
    ['.status', async (needle) => ({ found: await statusBarShows(page, needle).catch(() => false) })],
    // A notification of the workbench, and which of its buttons to click.
    ['.toast', async (body) => {
      const { needle, click } = JSON.parse(body) as { needle: string; click?: string };
      return { buttons: (await toast(page, needle, click).catch(() => undefined)) ?? null };
    }],
  ];
  const deadline = Date.now() + SUITE_LIMIT_MS;
  while (Date.now() < deadline) {
    for (const request of fs.readdirSync(shots).filter((f) => f.endsWith('.request'))) {
      const name = request.slice(0, -'.request'.length);
      await page.screenshot({ path: path.join(shots, `${name}.png`) });
      fs.rmSync(path.join(shots, request));
      fs.writeFileSync(path.join(shots, `${name}.done`), '');
      console.log(`    📷 test-results/screenshots/${name}.png`);
    }
    // A test's question to the page, and the runner's answer: the request's text in, JSON out.
    for (const [ext, answer] of probes) {
      for (const request of fs.readdirSync(shots).filter((f) => f.endsWith(ext))) {
        const value = await answer(fs.readFileSync(path.join(shots, request), 'utf8'));
        fs.rmSync(path.join(shots, request));
        // Written whole, then renamed: the test polls for the answer and must never read it half written.
        fs.writeFileSync(path.join(shots, `${request}.tmp`), JSON.stringify(value));
        fs.renameSync(path.join(shots, `${request}.tmp`), path.join(shots, `${request}.done`));
      }
    }
    printProgress();
    if (fs.existsSync(result)) {
      printProgress();
      return JSON.parse(fs.readFileSync(result, 'utf8')) as SuiteResult;
    }
    await sleep(100);
  }
  printProgress();
  throw new Error(`no result from the extension host within ${SUITE_LIMIT_MS / 1000} s (${printed} tests reported); see test-results/`);
}

function printOutcome(t: TestOutcome): void {
  if (t.state === 'passed') console.log(`  ✓ ${t.title} (${t.duration} ms)`);
  else console.log(`  ✗ ${t.title}\n${(t.error ?? '').split('\n').map((l) => `      ${l}`).join('\n')}`);
}

/**
 * A scenario the extension host cannot run itself, since a reload ends it: the example opened and its preview
 * shown from the keyboard, then the page reloaded; the preview must come back showing the document (the
 * extension's webview serializer, with the document's URI from the page's state).
 */
async function previewSurvivesReload(browser: Browser): Promise<TestOutcome> {
  const title = 'a window reload: the open preview comes back showing its document';
  const started = Date.now();
  const editor = await startCodeServer('reload', fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-ext-empty-')), {});
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  try {
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${editor.port}${ROOT}`]];
    await page.goto(`http://127.0.0.1:${editor.port}/?folder=${encodeURIComponent(ROOT)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: STARTUP_LIMIT_MS });
    await page.waitForSelector('.monaco-workbench', { timeout: STARTUP_LIMIT_MS });
    /** Opens a picker (quick open, the command palette) and types into it. */
    const pick = async (key: string, text: string) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press(key);
      await sleep(800);
      await page.keyboard.type(text);
      await sleep(1200);
    };
    // Keyboard steps on a workbench still settling can be lost: each is tried again until it shows its effect.
    await attempts('the example in an editor', async () => {
      await pick('Control+P', 'cangzhou-2018.budget.yaml');
      await page.keyboard.press('Enter');
    }, async () => (await page.locator('.tab.active').innerText().catch(() => '')).includes('cangzhou-2018'));
    await attempts('the preview showing the example', async () => {
      await pick('F1', 'Budget: Open Preview to the Side');
      await page.keyboard.press('Enter');
    }, () => pageShows(page, '综合协调处理'));
    // VS Code's own reload (it saves the editors and the webview's state, then reloads the page).
    await pick('F1', 'Developer: Reload Window');
    await Promise.all([page.waitForNavigation({ timeout: STARTUP_LIMIT_MS }), page.keyboard.press('Enter')]);
    await page.waitForSelector('.monaco-workbench', { timeout: STARTUP_LIMIT_MS });
    await until('the restored preview showing the example', () => pageShows(page, '综合协调处理'), 30_000);
    await page.screenshot({ path: path.join(RESULTS, 'screenshots', 'preview-after-reload.png') });
    const outcome: TestOutcome = { title, state: 'passed', duration: Date.now() - started };
    printOutcome(outcome);
    return outcome;
  } catch (err) {
    await page.screenshot({ path: path.join(RESULTS, 'reload-last.png') }).catch(() => undefined);
    const outcome: TestOutcome = { title, state: 'failed', duration: Date.now() - started, error: err instanceof Error ? err.message : String(err) };
    printOutcome(outcome);
    return outcome;
  } finally {
    await page.close();
    stopCodeServer(editor);
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(CODE_SERVER)) throw new EditorDidNotStart(`no code-server at ${CODE_SERVER}: run test/vscode/install.sh first`);
  if (!fs.existsSync(CHROMIUM)) throw new EditorDidNotStart(`no Chromium at ${CHROMIUM}: run test/vscode/install.sh first`);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.rmSync(path.join(RESULTS, 'screenshots'), { recursive: true, force: true });

  step('build the extension, the suite and the .vsix');
  sh('node', ['test/vscode/build.mjs']);
  const vsix = packageVsix();

  step(`install ${path.relative(ROOT, vsix)} into a fresh extensions dir`);
  const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-ext-'));
  sh(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', installed]);

  const browser = await launchBrowser();
  const outcomes: TestOutcome[] = [];
  try {
    step('the suite, against the extension under development');
    const dev = await runSession(browser, {
      name: 'vscode',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, 'index.js'),
      extensionsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-ext-empty-')),
    });
    outcomes.push(...dev.tests);
    // BUDGET_E2E_GREP (mocha-run.ts) is for working on a scenario: the packaged extension and the reload wait for a full run.
    if (process.env.BUDGET_E2E_GREP) return finish(outcomes);

    step('the packaged extension, installed from its .vsix');
    const packaged = await runSession(browser, {
      name: 'vscode-installed',
      extensionDevelopmentPath: path.join(ROOT, 'test', 'vscode', 'vsix-host'),
      extensionTestsPath: path.join(OUT, 'installed.js'),
      extensionsDir: installed,
    });
    outcomes.push(...packaged.tests);

    step('a window reload, driven from the browser');
    outcomes.push(await previewSurvivesReload(browser));
  } finally {
    await browser.close();
  }
  return finish(outcomes);
}

function finish(outcomes: readonly TestOutcome[]): number {
  const failed = outcomes.filter((t) => t.state === 'failed');
  if (failed.length) {
    console.log('\nfailures:');
    failed.forEach((t, i) => console.log(`  ${i + 1}) ${t.title}\n${(t.error ?? '').split('\n').map((l) => `      ${l}`).join('\n')}`));
  }
  console.log(`\n${outcomes.length - failed.length} passed, ${failed.length} failed in ${elapsed()}`);
  return failed.length === 0 && outcomes.length > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err: unknown) => {
  const prefix = err instanceof EditorDidNotStart ? 'test:e2e: THE EDITOR DID NOT START' : 'test:e2e: FAILED';
  console.error(`\n${prefix}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

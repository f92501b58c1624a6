// code-server and Chromium as the e2e runner (run-code-server.ts) and the preview bench
// (bench/preview-editor.ts) start them, following ../shared/REAL-EDITOR.md.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');
export const CODE_SERVER = process.env.CODE_SERVER ?? path.join(ROOT, 'node_modules', '.cache', 'budget-docs-e2e', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const STARTUP_LIMIT_MS = 60_000;

export class EditorDidNotStart extends Error {}

export function sh(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

/** Builds the extension and packages it: `npm run package` once the project has it, else vsce directly. Returns the .vsix. */
export function packageVsix(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string> };
  const started = Date.now();
  // vsce runs vscode:prepublish, which builds; without it, build here.
  if (!pkg.scripts['vscode:prepublish']) sh('npm', ['run', '--silent', 'build']);
  if (pkg.scripts.package) sh('npm', ['run', '--silent', 'package']);
  else sh('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', `${pkg.name}-${pkg.version}.vsix`]);
  const fresh = [ROOT, path.join(ROOT, 'dist'), path.join(ROOT, 'out')]
    .flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.vsix')).map((f) => path.join(dir, f)) : []))
    .filter((f) => fs.statSync(f).mtimeMs >= started - 1000)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!fresh[0]) throw new Error('packaging wrote no .vsix');
  return fresh[0];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Editor {
  readonly port: number;
  readonly process: ChildProcess;
  readonly log: string;
}

/** A fresh user-data dir with the settings a test run needs: no welcome page, no prompts, no network. */
export function userDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-user-'));
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'editor.hover.delay': 100,
    // The suite edits the committed example in memory; code-server would otherwise save it after a delay.
    'files.autoSave': 'off',
    'files.exclude': { 'node_modules': true },
  };
  fs.writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

export async function startCodeServer(name: string, extensionsDir: string, env: NodeJS.ProcessEnv, folder = ROOT): Promise<Editor> {
  const port = await freePort();
  const log = path.join(RESULTS, `code-server-${name}.log`);
  const out = fs.openSync(log, 'w');
  const child = spawn(CODE_SERVER, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir(), '--extensions-dir', extensionsDir, folder,
  ], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const editor = { port, process: child, log };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return editor;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  stopCodeServer(editor);
  throw new EditorDidNotStart(`code-server did not start on 127.0.0.1:${port} (exit code ${child.exitCode}); its log:\n${tail(log)}`);
}

/** Stops code-server and its extension host: the process group it leads, by its own pid. */
export function stopCodeServer(editor: Editor): void {
  const pid = editor.process.pid;
  if (pid === undefined || editor.process.exitCode !== null) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // stopped on SIGTERM
    }
  }, 3000).unref();
}

export function tail(file: string, lines = 40): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a webview of the page (a frame nested in the workbench's, never the workbench itself: the editor shows the same names) shows a text. */
export async function pageShows(page: Page, needle: string): Promise<boolean> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const found = await frame.evaluate((n) => {
      const body = (globalThis as unknown as { document?: { body?: { innerText: string } | null } }).document?.body;
      return !!body && body.innerText.includes(n);
    }, needle).catch(() => false);
    if (found) return true;
  }
  return false;
}

/** A child node of an element, as a test reads it from a webview: `#text` for text, else the element's tag and classes. */
export interface PageNode {
  readonly tag: string;
  readonly classes: readonly string[];
  readonly text: string;
}

/** An element of a webview, as a test reads it: its attributes and its child nodes. */
export interface PageElement {
  readonly attributes: Readonly<Record<string, string>>;
  readonly nodes: readonly PageNode[];
}

/** The elements a CSS selector finds in the first webview of the page that has any (the workbench's own frame is never looked in). */
export async function pageElements(page: Page, selector: string): Promise<PageElement[]> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const found = await frame.evaluate((s) => {
      interface Node_ { nodeType: number; nodeName: string; textContent: string | null; classList?: Iterable<string> }
      interface Element_ extends Node_ { attributes: Iterable<{ name: string; value: string }>; childNodes: Iterable<Node_> }
      const document = (globalThis as unknown as { document?: { querySelectorAll(s: string): Iterable<Element_> } }).document;
      if (!document) return [];
      return [...document.querySelectorAll(s)].map((e) => ({
        attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
        nodes: [...e.childNodes].map((n) => ({ tag: n.nodeType === 3 ? '#text' : n.nodeName.toLowerCase(), classes: [...(n.classList ?? [])], text: n.textContent ?? '' })),
      }));
    }, selector).catch(() => [] as PageElement[]);
    if (found.length > 0) return found;
  }
  return [];
}

/** Where the preview stands: its scroll offset, the source line of the first block starting in its view, and of the last starting above. */
export interface PreviewPlace {
  readonly scrollY: number;
  readonly line: number | null;
  readonly above: number | null;
}

/** Where a test has the preview scrolled: to `y` and on to the first block starting there; into the middle of the nth chart; or nowhere (where it stands). */
export type PreviewScroll = { readonly y: number } | { readonly chart: number } | null;

/**
 * Scrolls the preview (the webview frame showing a budget page) as a user would. A block is a heading, paragraph
 * or table row of the document, not the list of problems over it nor a chart. Undefined when no frame shows a
 * budget page.
 */
export async function scrollPreview(page: Page, to: PreviewScroll): Promise<PreviewPlace | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const place = await frame.evaluate((to) => {
      // The page's DOM, as far as this reads it (the project's TypeScript has no DOM library).
      interface Element { closest(selector: string): unknown; getAttribute(name: string): string | null; getBoundingClientRect(): { top: number; height: number } }
      const view = globalThis as unknown as {
        document: { getElementById(id: string): { querySelectorAll(selector: string): ArrayLike<Element> } | null };
        scrollY: number;
        scrollTo(x: number, y: number): void;
      };
      const root = view.document.getElementById('bd-root');
      if (!root) return undefined;
      const blocks = Array.from(root.querySelectorAll('h1[data-line], h2[data-line], h3[data-line], h4[data-line], p[data-line], tr[data-line]'))
        .filter((el) => !el.closest('.bd-findings, .bd-figure'));
      // No named function in here: tsx would wrap it in a helper the page does not have.
      if (to !== null && 'y' in to) {
        view.scrollTo(0, to.y);
        const block = to.y > 0 ? blocks.find((el) => el.getBoundingClientRect().top >= -0.5) : undefined;
        // Layout is in fractions of a pixel, scrolling in whole ones: the block starts within half a pixel of the top.
        if (block) view.scrollTo(0, Math.round(view.scrollY + block.getBoundingClientRect().top));
      } else if (to !== null) {
        const chart = Array.from(root.querySelectorAll('.bd-figure'))[to.chart];
        if (!chart) return undefined;
        const box = chart.getBoundingClientRect();
        view.scrollTo(0, Math.round(view.scrollY + box.top + box.height / 2));
      }
      const first = blocks.findIndex((el) => el.getBoundingClientRect().top >= -0.5);
      const block = first < 0 ? undefined : blocks[first];
      const above = first < 0 ? blocks[blocks.length - 1] : blocks[first - 1];
      return {
        scrollY: view.scrollY,
        line: block ? Number(block.getAttribute('data-line')) : null,
        above: above ? Number(above.getAttribute('data-line')) : null,
      };
    }, to).catch(() => undefined);
    if (place) return place;
  }
  return undefined;
}

/**
 * The buttons of the workbench's notification toast whose message holds `needle`, clicking `click` among them
 * when given; undefined when no such toast shows.
 */
export async function toast(page: Page, needle: string, click?: string): Promise<string[] | undefined> {
  const shown = page.locator('.notifications-toasts .notification-toast', { hasText: needle });
  if ((await shown.count()) === 0) return undefined;
  const buttons = shown.first().locator('.notification-list-item-buttons-container .monaco-button');
  const labels = (await buttons.allInnerTexts()).map((l) => l.trim());
  if (click !== undefined && labels.includes(click)) await buttons.nth(labels.indexOf(click)).click();
  return labels;
}

/** Whether an entry of the workbench's status bar is labelled with `needle` (a language status item: its text and detail). */
export async function statusBarShows(page: Page, needle: string): Promise<boolean> {
  return page.locator('.part.statusbar [aria-label]').evaluateAll((els, n) => els.some((e) => (e.getAttribute('aria-label') ?? '').includes(n)), needle);
}

export async function until(what: string, probe: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(250);
  }
}

/** Does `act` until `done` says it took effect (within 10 s of each try), three tries at most. */
export async function attempts(what: string, act: () => Promise<void>, done: () => Promise<boolean>): Promise<void> {
  for (let k = 1; ; k++) {
    await act();
    try {
      await until(what, done, 10_000);
      return;
    } catch (err) {
      if (k === 3) throw err;
    }
  }
}

/** Headless Debian Chromium, with nothing reaching the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  }).catch((err: unknown) => {
    throw new EditorDidNotStart(`Chromium did not start from ${CHROMIUM}: ${err instanceof Error ? err.message : String(err)}`);
  });
}

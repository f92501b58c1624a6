/**
 * `npm run bench:preview`: the preview as a user sees it, in the real editor. The packaged extension is
 * installed into code-server (test/vscode/install.sh, ../shared/REAL-EDITOR.md), a generated document of
 * BENCH_PREVIEW_ACTIVITIES (2,000) activities is opened, and headless Chromium types into it:
 * - preview open: from the command's Enter to the webview's page loaded and its first frame painted
 *   after that (polled every 25 ms), for the first (cold) and later (warm) opens, and to its tab shown. The
 *   command is run from the command palette; `BENCH_PREVIEW_PALETTE_FIRST=1` opens the palette once before (and
 *   closes it), so that the first open does not include the workbench's own first use of it; with
 *   `BENCH_PREVIEW_BY=key` the command is run by its key binding instead (`Ctrl+K V`), timed from the chord's `V`;
 * - keystroke → preview: from a key pressed in the editor to the webview's DOM holding the typed text
 *   (a MutationObserver in the webview), and to the first frame painted after it; also when the patch
 *   message arrived in the webview, and its size. Keys are typed one at a time (the previous one shown)
 *   and in bursts of BURST keys 80 ms apart (each key counted when a text holding it is shown).
 * The extension host's CPU time (from /proc) is given for each open and per key typed one at a time.
 * With `--trace FILE`, Chromium's own trace of the isolated keystrokes is written there and summed by
 * event (layout, style, script, parse) on the webview's renderer. With `--cpu-profile FILE`, the extension host's
 * CPU profile of the keys typed one at a time is written there, and of the bursts to FILE with `-bursts` before
 * its extension, and both are summed by function (bench/cpu-profile.ts). With `--open-profile FILE`, the extension
 * host's CPU profile of the first (cold) open is written there and summed the same way. With `--webview-profile FILE`, the CPU profile of
 * the browser's renderer (the workbench and the webview's page share its main thread) over the keys typed one at a
 * time is written there and summed the same way.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  attempts, CODE_SERVER, freePort, launchBrowser, packageVsix, RESULTS, sh, sleep, startCodeServer, STARTUP_LIMIT_MS, stopCodeServer, until,
} from '../test/vscode/code-server';
import { Profiler, profileSummary, type Profile } from './cpu-profile';
import { generate } from './generate';
import { percentile as pct } from './stats';

const ACTIVITIES = Number(process.env.BENCH_PREVIEW_ACTIVITIES ?? 2000);
const KEYS = Number(process.env.BENCH_PREVIEW_KEYS ?? 30);
const OPENS = Number(process.env.BENCH_PREVIEW_OPENS ?? 3);
/** How the preview is opened: `palette` (the command palette, the default) or `key` (its key binding, `Ctrl+K V`). */
const BY = process.env.BENCH_PREVIEW_BY === 'key' ? 'key' : 'palette';
const BURSTS = 4;
const BURST = 8;
const traceArg = process.argv.indexOf('--trace');
const TRACE = traceArg > 0 ? path.resolve(process.argv[traceArg + 1] ?? 'preview-trace.json') : undefined;
const profileArg = process.argv.indexOf('--cpu-profile');
const PROFILE = profileArg > 0 ? path.resolve(process.argv[profileArg + 1] ?? 'extension-host.cpuprofile') : undefined;
const openArg = process.argv.indexOf('--open-profile');
const OPEN_PROFILE = openArg > 0 ? path.resolve(process.argv[openArg + 1] ?? 'extension-host-open.cpuprofile') : undefined;
const webviewArg = process.argv.indexOf('--webview-profile');
const WEBVIEW_PROFILE = webviewArg > 0 ? path.resolve(process.argv[webviewArg + 1] ?? 'renderer.cpuprofile') : undefined;

const summary = (xs: readonly number[]): string => (xs.length ? `p50 ${pct(xs, 50).toFixed(0)} / p95 ${pct(xs, 95).toFixed(0)} / max ${Math.max(...xs).toFixed(0)} ms (n=${xs.length})` : 'n/a');

/** The webview frame that holds the preview's page, if one does. */
async function previewFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const found = await frame.evaluate(() => {
      const d = (globalThis as unknown as { document: { readyState: string; getElementById(id: string): unknown } }).document;
      return d.readyState === 'complete' && d.getElementById('bd-root') !== null;
    }).catch(() => false);
    if (found) return frame;
  }
  return undefined;
}

/** Whether the workbench shows a preview's tab (titled `Preview …`, `预览 …`: client/src/preview/panel.ts). */
const TAB_SHOWN = `[...document.querySelectorAll('.tabs-container .tab')].some((t) => /^(Preview|预览) /.test(t.getAttribute('aria-label') ?? t.textContent ?? ''))`;

/** Resolves, in the frame, after the next frame has been painted: a timestamp (Date.now()). */
const PAINTED = `new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(Date.now()), 0)))`;

/**
 * Installed in the webview: `__bdWant(text)` registers a text the DOM is to show; every mutation's added nodes
 * and changed texts are searched for the texts still awaited, and the time each is first seen (and the time the
 * frame after it is painted) is kept, with the last patch message's arrival and size.
 */
const OBSERVER = `(() => {
  if (window.__bdSeen) return;
  window.__bdSeen = {};
  const pending = new Set();
  window.__bdWant = (text) => { pending.add(text); };
  window.__bdMessages = [];
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && typeof m === 'object' && typeof m.type === 'string') window.__bdMessages.push({ type: m.type, at: Date.now(), bytes: JSON.stringify(m).length });
  });
  new MutationObserver((records) => {
    if (pending.size === 0) return;
    const at = Date.now();
    const texts = [];
    for (const r of records) {
      if (r.type === 'characterData') texts.push(r.target.textContent || '');
      for (const n of r.addedNodes) texts.push(n.textContent || '');
    }
    for (const want of [...pending]) {
      if (texts.some((t) => t.includes(want))) {
        pending.delete(want);
        const seen = { dom: at, painted: 0 };
        window.__bdSeen[want] = seen;
        requestAnimationFrame(() => setTimeout(() => { seen.painted = Date.now(); }, 0));
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})()`;

/** The processes under `root` (by their parent chain in /proc; none off Linux), with the CPU time (user + system, ms) each has used so far. */
function processesUnder(root: number): { readonly pid: number; readonly ms: number; readonly cmdline: string }[] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  const tick = 1000 / 100;
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command (which may hold spaces) from its closing parenthesis: state, ppid, … utime (14), stime (15).
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * tick });
    } catch {
      // A process gone meanwhile.
    }
  }
  const under = (pid: number): boolean => {
    for (let p = pid, n = 0; p > 1 && n < 50; p = stats.get(p)?.ppid ?? 0, n++) if (p === root) return true;
    return false;
  };
  return [...stats].filter(([pid]) => under(pid)).map(([pid, { ms }]) => {
    const cmdline = (() => { try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } })();
    return { pid, ms, cmdline };
  });
}

const isExtensionHost = (p: { readonly cmdline: string }) => p.cmdline.includes('--type=extensionHost');

/**
 * The CPU time (user + system, ms) the extension hosts under `root` have used so far, from /proc (Linux; 0 elsewhere):
 * what the extension's part costs however busy the machine is, where wall times measure the machine too.
 */
function extensionHostCpuMs(root: number): number {
  return processesUnder(root).filter(isExtensionHost).reduce((ms, p) => ms + p.ms, 0);
}

interface Seen { readonly dom: number; readonly painted: number }
interface Message { readonly type: string; readonly at: number; readonly bytes: number }

interface Opened {
  readonly frame: Frame;
  /** From the command to the page painted. */
  readonly ms: number;
  /** From the command to the webview's page starting to load (the extension's check and render, the page's transfer). */
  readonly toPage: number;
  /** From then to the page's DOM loaded. */
  readonly toDom: number;
  /** From the command to the preview's tab shown in the workbench (polled with the page). */
  readonly toTab: number;
  /** The extension host's CPU time from the command to the page painted. */
  readonly cpu: number;
}

async function openPreview(page: Page, root: number): Promise<Opened> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1');
  await sleep(300);
  if (BY === 'key') {
    await page.keyboard.press('Control+k');
    await sleep(300);
  } else {
    await page.keyboard.press('F1');
    await sleep(800);
    await page.keyboard.type('Budget: Open Preview to the Side');
    await sleep(1200);
  }
  const cpu = extensionHostCpuMs(root);
  const started = Date.now();
  await page.keyboard.press(BY === 'key' ? 'v' : 'Enter');
  const deadline = started + 120_000;
  let toTab: number | undefined;
  for (;;) {
    if (toTab === undefined && await page.evaluate(TAB_SHOWN)) toTab = Date.now() - started;
    const frame = await previewFrame(page);
    if (frame) {
      const painted = await frame.evaluate(PAINTED) as number;
      const [origin, dom] = await frame.evaluate(`[performance.timeOrigin, performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]`) as [number, number];
      return { frame, ms: painted - started, toPage: Math.round(origin - started), toDom: Math.round(dom - origin), toTab: toTab ?? painted - started, cpu: extensionHostCpuMs(root) - cpu };
    }
    if (Date.now() > deadline) throw new Error('the preview did not open within 120 s');
    await sleep(25);
  }
}

/** Puts the editor's cursor at the end of a (1-based) line. */
async function cursorAtEndOf(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1');
  await sleep(300);
  await page.keyboard.press('Control+g');
  await sleep(500);
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await sleep(300);
  await page.keyboard.press('End');
  await sleep(300);
}

interface Typed { readonly dom: number[]; readonly painted: number[]; readonly arrived: number[]; readonly bytes: number[] }

/** Types `keys`, `gap` ms apart (0: each once the last is shown), each counted when a text holding it is shown. */
async function type(page: Page, frame: Frame, name: string, keys: string, typedBefore: string, gap: number): Promise<Typed> {
  const out: Typed = { dom: [], painted: [], arrived: [], bytes: [] };
  const pressed: { want: string; at: number }[] = [];
  let text = name + typedBefore;
  const measure = async (p: { want: string; at: number }) => {
    await until(`the preview showing ${p.want}`, async () => !!(await frame.evaluate(`window.__bdSeen[${JSON.stringify(p.want)}]?.painted`)), 60_000);
    const seen = await frame.evaluate(`window.__bdSeen[${JSON.stringify(p.want)}]`) as Seen;
    const messages = await frame.evaluate('window.__bdMessages') as Message[];
    const patch = messages.find((m) => m.type === 'patch' && m.at >= p.at && m.at <= seen.dom);
    out.dom.push(seen.dom - p.at);
    out.painted.push(seen.painted - p.at);
    if (patch) {
      out.arrived.push(patch.at - p.at);
      out.bytes.push(patch.bytes);
    }
  };
  for (const key of keys) {
    text += key;
    const want = text;
    // Each key's text is awaited from the moment before it is typed; a later text holds it too.
    await frame.evaluate(`window.__bdWant(${JSON.stringify(want)})`);
    const at = Date.now();
    await page.keyboard.press(key);
    pressed.push({ want, at });
    if (gap === 0) await measure(pressed[pressed.length - 1]!);
    else await sleep(gap);
  }
  if (gap > 0) {
    // A key shown together with later ones: its text is a prefix of theirs, seen at the same moment.
    const last = pressed[pressed.length - 1]!;
    await until('the burst shown', async () => !!(await frame.evaluate(`window.__bdSeen[${JSON.stringify(last.want)}]?.painted`)), 60_000);
    const seen = await frame.evaluate('window.__bdSeen') as Record<string, Seen>;
    for (let i = 0; i < pressed.length; i++) {
      const first = pressed.slice(i).map((p) => seen[p.want]).filter((s): s is Seen => !!s).sort((a, b) => a.dom - b.dom)[0]!;
      out.dom.push(first.dom - pressed[i]!.at);
      out.painted.push(first.painted - pressed[i]!.at);
    }
  }
  return out;
}

interface TraceEvent { readonly name: string; readonly ph: string; readonly dur?: number; readonly pid: number; readonly tid: number; readonly args?: { readonly data?: { readonly url?: string } } }

/** Chromium's trace summed by event name over the renderer main threads, the largest first. */
function traceSummary(file: string): string {
  const trace = JSON.parse(fs.readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const total = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(`${e.pid}:${e.tid}`)) continue;
    total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
  }
  const wanted = ['RunTask', 'FunctionCall', 'EventDispatch', 'v8.run', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING'];
  return wanted.filter((n) => total.has(n)).map((n) => `${n} ${total.get(n)!.toFixed(0)} ms`).join(', ');
}

/** The profiler of code-server's extension host, the process under `root` that runs the extensions. */
async function attachToExtensionHost(root: number, inspectPort: number): Promise<Profiler> {
  const host = processesUnder(root).find(isExtensionHost);
  if (!host) throw new Error('no extension host to profile');
  return Profiler.attach(host.pid, inspectPort, path.dirname(path.dirname(fs.realpathSync(CODE_SERVER))));
}

async function main(): Promise<void> {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`no code-server at ${CODE_SERVER}: run test/vscode/install.sh first`);
  fs.mkdirSync(RESULTS, { recursive: true });
  const vsix = packageVsix();
  const extensions = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bench-ext-'));
  sh(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', extensions]);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bench-ws-'));
  const text = generate(ACTIVITIES);
  fs.writeFileSync(path.join(workspace, 'bench.budget.yaml'), text);
  const lines = text.split('\n');
  // The middle top-level activity's name: typed at the end of its line.
  const names = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^ {4}- name: /.test(l));
  const target = names[Math.floor(names.length / 2)]!;
  const name = target.l.replace(/^ {4}- name: /, '');
  process.stderr.write(`${ACTIVITIES} activities, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB; opened by its ${BY === 'key' ? 'key binding' : 'command palette'}; typing after ${name} (line ${target.i + 1})\n`);

  // An inspector port for the extension host, opened only when profiling (SIGUSR1, bench/cpu-profile.ts).
  const inspectPort = PROFILE || OPEN_PROFILE ? await freePort() : 0;
  const env = PROFILE || OPEN_PROFILE ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect-port=${inspectPort}`.trim() } : {};
  const editor = await startCodeServer('bench-preview', extensions, env, workspace);
  let profiler: Profiler | undefined;
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${editor.port}/?folder=${encodeURIComponent(workspace)}`, { timeout: STARTUP_LIMIT_MS });
    await page.waitForSelector('.monaco-workbench', { timeout: STARTUP_LIMIT_MS });
    await attempts('the document in an editor', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await sleep(800);
      await page.keyboard.type('bench.budget.yaml');
      await sleep(1200);
      await page.keyboard.press('Enter');
    }, async () => (await page.locator('.tab.active').innerText().catch(() => '')).includes('bench.budget.yaml'));
    // The language server's first check of the document is left to finish: the preview is measured on its own.
    await sleep(8000);
    // The command palette shown once, as in a session where it has been used before (BENCH_PREVIEW_PALETTE_FIRST).
    if (process.env.BENCH_PREVIEW_PALETTE_FIRST) {
      await page.keyboard.press('F1');
      await sleep(1500);
      await page.keyboard.press('Escape');
      await sleep(1000);
    }

    const opens: Opened[] = [];
    let frame: Frame | undefined;
    for (let k = 0; k < OPENS; k++) {
      if (k > 0) {
        // Closes the preview: the second group's editor.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+2');
        await sleep(300);
        await page.keyboard.press('Control+w');
        await sleep(1500);
      }
      const openProfiler = OPEN_PROFILE && k === 0 ? await attachToExtensionHost(editor.process.pid!, inspectPort) : undefined;
      await openProfiler?.start();
      const opened = await openPreview(page, editor.process.pid!);
      if (openProfiler) {
        process.stderr.write(`  extension host CPU profile of the first open (${OPEN_PROFILE}):\n${profileSummary(await openProfiler.stop(OPEN_PROFILE!))}\n`);
        openProfiler.close();
      }
      opens.push(opened);
      frame = opened.frame;
      process.stderr.write(`  preview open ${k + 1}: ${opened.ms} ms (its tab shown after ${opened.toTab} ms, the page requested after ${opened.toPage} ms, its DOM loaded ${opened.toDom} ms later; extension host CPU ${opened.cpu} ms)\n`);
      await sleep(2000);
    }
    await frame!.evaluate(OBSERVER);
    await cursorAtEndOf(page, target.i + 1);
    // Warm-up: the first keystrokes after an open are not counted.
    await type(page, frame!, name, '00', '', 0);
    let typed = '00';
    if (TRACE) await browser.startTracing(page, { path: TRACE, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
    if (PROFILE) {
      profiler = await attachToExtensionHost(editor.process.pid!, inspectPort);
      await profiler.start();
    }
    const renderer = WEBVIEW_PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (renderer) {
      await renderer.send('Profiler.enable');
      await renderer.send('Profiler.setSamplingInterval', { interval: 500 });
      await renderer.send('Profiler.start');
    }
    const digits = Array.from({ length: KEYS }, (_, i) => String((i + 1) % 10)).join('');
    const cpuBefore = extensionHostCpuMs(editor.process.pid!);
    const isolated = await type(page, frame!, name, digits, typed, 0);
    const keyCpu = (extensionHostCpuMs(editor.process.pid!) - cpuBefore) / KEYS;
    typed += digits;
    if (TRACE) await browser.stopTracing();
    const profiles: string[] = [];
    if (renderer) {
      const { profile } = await renderer.send('Profiler.stop') as unknown as { profile: Profile };
      fs.writeFileSync(WEBVIEW_PROFILE!, JSON.stringify(profile));
      profiles.push(`  renderer CPU profile of the keys typed one at a time (${WEBVIEW_PROFILE}):\n${profileSummary(profile)}`);
      await renderer.detach();
    }
    const burstProfile = PROFILE?.replace(/(\.[^./]*)?$/, (ext) => `-bursts${ext}`);
    if (profiler) {
      profiles.push(`  extension host CPU profile of the keys typed one at a time (${PROFILE}):\n${profileSummary(await profiler.stop(PROFILE!))}`);
      await profiler.start();
    }
    process.stderr.write(`  one at a time: DOM ${summary(isolated.dom)}; painted ${summary(isolated.painted)}; message in ${summary(isolated.arrived)}\n`);
    // Key by key, in the order typed: whether the slow ones are the first (code still cold) or scattered.
    process.stderr.write(`  one at a time, key by key: DOM ${isolated.dom.join(' ')} ms; message ${isolated.bytes.join(' ')} bytes\n`);
    await sleep(500);
    const bursts: Typed = { dom: [], painted: [], arrived: [], bytes: [] };
    const burstCpuBefore = extensionHostCpuMs(editor.process.pid!);
    for (let b = 0; b < BURSTS; b++) {
      const keys = Array.from({ length: BURST }, (_, i) => String.fromCharCode(97 + ((b * BURST + i) % 26))).join('');
      const r = await type(page, frame!, name, keys, typed, 80);
      typed += keys;
      bursts.dom.push(...r.dom);
      bursts.painted.push(...r.painted);
      await sleep(800);
    }
    const burstCpu = (extensionHostCpuMs(editor.process.pid!) - burstCpuBefore) / (BURSTS * BURST);
    if (profiler) profiles.push(`  extension host CPU profile of the bursts (${burstProfile}):\n${profileSummary(await profiler.stop(burstProfile!))}`);
    await page.screenshot({ path: path.join(RESULTS, 'bench-preview.png') });
    const report = [
      `Preview in code-server, packaged extension, ${ACTIVITIES.toLocaleString('en')} activities (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB):`,
      `  preview open (command → page loaded and painted): ${opens.map((x) => `${x.ms} ms`).join(', ')} (first cold); of which before the webview's page loads: ${opens.map((x) => `${x.toPage} ms`).join(', ')}; the tab shown after ${opens.map((x) => `${x.toTab} ms`).join(', ')}`,
      `  extension host CPU time: per open ${opens.map((x) => `${x.cpu} ms`).join(', ')}; per key typed one at a time ${keyCpu.toFixed(0)} ms, in bursts ${burstCpu.toFixed(0)} ms (all it did meanwhile, the language client's part too)`,
      `  keystroke → webview DOM shows it, one at a time: ${summary(isolated.dom)}`,
      `  keystroke → frame painted after it:              ${summary(isolated.painted)}`,
      `  keystroke → patch message in the webview:        ${summary(isolated.arrived)}; message ${summary(isolated.bytes).replace(/ ms/g, '').replace(/p50 /, 'p50 ')} bytes`,
      `  keystroke → DOM, in bursts of ${BURST} keys 80 ms apart: ${summary(bursts.dom)}; painted ${summary(bursts.painted)}`,
      ...(TRACE ? [`  trace of the one-at-a-time keystrokes (${TRACE}), renderer main threads: ${traceSummary(TRACE)}`] : []),
      ...profiles,
    ];
    process.stdout.write(`${report.join('\n')}\n`);
  } finally {
    profiler?.close();
    await browser?.close();
    stopCodeServer(editor);
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * `npx tsx bench/preview-edits.ts`: the extension host's part of the preview on each keystroke, in-process, stage by
 * stage in CPU time (user + system, which a shared machine disturbs less than wall time): the incremental check, the
 * render of the parts and the patch, as client/src/preview/preview.ts runs them on a page built with the blocks
 * nearest the typing. Keys are typed at the end of the middle activity's name of a generated document of
 * BENCH_PREVIEW_ACTIVITIES (2,000) activities, as `npm run bench:preview` types them in the real editor;
 * BENCH_PREVIEW_KEYS (100) of them. With `--cpu-profile FILE`, V8's profile of the keys is written there and summed
 * by function (bench/cpu-profile.ts).
 */
import * as fs from 'fs';
import { Session } from 'inspector';
import * as path from 'path';
import { changedUnsent, firstBlocks, patch, withBlocks } from '../client/src/preview/patch';
import { check, recheck, type CheckResult } from '../server/src/core';
import { renderPreview, RenderCache, type BodyParts, type RenderOptions } from '../server/src/render';
import { profileSummary, type Profile } from './cpu-profile';
import { generate } from './generate';
import { cpuTime as cpu, percentile as pct } from './stats';

const ACTIVITIES = Number(process.env.BENCH_PREVIEW_ACTIVITIES ?? 2000);
const KEYS = Number(process.env.BENCH_PREVIEW_KEYS ?? 100);
const profileArg = process.argv.indexOf('--cpu-profile');
const PROFILE = profileArg > 0 ? path.resolve(process.argv[profileArg + 1] ?? 'preview-edits.cpuprofile') : undefined;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main(): Promise<void> {
  let text = generate(ACTIVITIES);
  const lines = text.split('\n');
  const target = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^ {4}- name: /.test(l))[Math.floor(ACTIVITIES / 2)]!;
  let at = lines.slice(0, target.i + 1).join('\n').length;
  const options: RenderOptions = { mode: 'preview', locale: 'zh-CN', messageLocale: 'zh-CN', showFindings: true };
  const cache = new RenderCache();
  let result: CheckResult = check(text);
  const opened = renderPreview(result, undefined, options, cache, true);
  let readable = opened.readable;
  const { first, rest } = firstBlocks(opened.parts, target.i);
  let shown: BodyParts = withBlocks(opened.parts, (id) => first.has(id));
  let latest = opened.parts;
  let unsent: readonly string[] = rest;

  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}) => new Promise<unknown>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  if (PROFILE) {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  const stages = { check: [] as number[], render: [] as number[], patch: [] as number[], all: [] as number[] };
  let sent = 0;
  for (let k = 0; k < KEYS; k++) {
    text = `${text.slice(0, at)}${(k + 1) % 10}${text.slice(at)}`;
    at++;
    const t0 = cpu();
    result = recheck(result, text);
    const t1 = cpu();
    const page = renderPreview(result, readable, options, cache, true);
    readable = page.readable;
    const t2 = cpu();
    // As preview.ts `send`: the blocks not sent yet that the edit changed go with the patch of those shown.
    const edited = changedUnsent(latest, page.parts, unsent);
    const left = new Set(unsent.filter((id) => !(id in edited)));
    const message = patch(shown, page.parts, left);
    shown = withBlocks(page.parts, (id) => !left.has(id));
    latest = page.parts;
    unsent = [...left];
    sent += JSON.stringify({ ...message, blocks: { ...message.blocks, ...edited } }).length;
    const t3 = cpu();
    stages.check.push(t1 - t0);
    stages.render.push(t2 - t1);
    stages.patch.push(t3 - t2);
    stages.all.push(t3 - t0);
  }
  const profile = PROFILE ? ((await post('Profiler.stop')) as { profile: Profile }).profile : undefined;
  const row = (xs: readonly number[]) => `p50 ${pct(xs, 50).toFixed(1)} / p95 ${pct(xs, 95).toFixed(1)} / mean ${mean(xs).toFixed(1)} ms`;
  process.stdout.write([
    `Preview update per key, in-process CPU time, ${ACTIVITIES.toLocaleString('en')} activities (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB), ${KEYS} keys:`,
    `  check (recheck):        ${row(stages.check)}`,
    `  render (parts):         ${row(stages.render)}`,
    `  patch (what is sent):   ${row(stages.patch)}; ${(sent / KEYS / 1e3).toFixed(1)} KB sent a key`,
    `  all three:              ${row(stages.all)}`,
    `  the frame: ${(latest.frame.length / 1e3).toFixed(0)} KB`,
    ...(profile ? [`  CPU profile (${PROFILE}):\n${profileSummary(profile)}`] : []),
  ].join('\n') + '\n');
  if (profile) fs.writeFileSync(PROFILE!, JSON.stringify(profile));
}

void main();

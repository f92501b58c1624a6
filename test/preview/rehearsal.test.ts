import { strict as assert } from 'assert';
import { generate } from '../../bench/generate';
import { check, type CheckResult } from '../../server/src/core';
import { renderPreview, RenderCache, type BodyParts, type RenderOptions } from '../../server/src/render';
import { rehearseKeystrokes, type RehearsedPage } from '../../client/src/preview/rehearsal';

const OPTIONS: RenderOptions = { locale: 'zh-CN', mode: 'preview', showFindings: true };

/** The blocks of a page, read out (a large page's are written as they are read). */
function blocksOf(parts: BodyParts): Record<string, string> {
  return Object.fromEntries([...parts.blocks.keys()].map((id) => [id, parts.blocks.get(id)!]));
}

/** A preview's page of a checked text, as `BudgetPreview` holds it. */
function pageOf(result: CheckResult): RehearsedPage & { parts: BodyParts } {
  const cache = new RenderCache();
  const { parts, readable } = renderPreview(result, undefined, OPTIONS, cache, true);
  return { readable, cache, shown: parts, unsent: [], parts };
}

/** Runs a rehearsal to its end (or until `page` answers undefined), counting the steps that asked for the page. */
async function rehearsed(result: CheckResult, page: (step: number) => RehearsedPage | undefined, failed: (e: unknown) => void = (e) => assert.fail(String(e))): Promise<number> {
  let asked = 0;
  let ended!: () => void;
  const done = new Promise<void>((resolve) => { ended = resolve; });
  let idle: ReturnType<typeof setTimeout> | undefined;
  // The rehearsal has ended when no step has come for 200 ms.
  const poke = () => {
    clearTimeout(idle);
    idle = setTimeout(ended, 200);
  };
  poke();
  rehearseKeystrokes(result, {}, OPTIONS, () => {
    poke();
    return page(asked++);
  }, 0, failed);
  await done;
  return asked;
}

describe('the preview\'s rehearsal of keystrokes (client/src/preview/rehearsal.ts)', () => {
  const text = generate(60);
  const result = check(text);

  it('renders the core\'s eight rehearsed edits and diffs them against the page, one a step, and leaves the page and the checked result as they were', async () => {
    const page = pageOf(result);
    const before = { findings: JSON.stringify(result.findings), text: result.parsed.text, blocks: blocksOf(page.parts) };
    // The page's blocks as the diff reads them, step by step.
    const reads: number[] = [];
    const shown: BodyParts = { frame: page.shown.frame, blocks: new Map(page.shown.blocks) };
    const get = shown.blocks.get.bind(shown.blocks);
    (shown.blocks as Map<string, string>).get = (id: string) => {
      reads[reads.length - 1]!++;
      return get(id);
    };
    const watched = { ...page, shown };
    // Eight steps that rehearse, and a ninth that finds the rehearsal done.
    assert.equal(await rehearsed(result, () => {
      reads.push(0);
      return watched;
    }), 9);
    // Each of the eight diffed every block the page shows against the rehearsed render's.
    assert.deepEqual(reads, [...new Array<number>(8).fill(page.shown.blocks.size), 0]);
    assert.equal(result.parsed.text, before.text);
    assert.equal(JSON.stringify(result.findings), before.findings);
    // The same render of the result from the cache the rehearsal used, as from a fresh one.
    assert.deepEqual(blocksOf(renderPreview(result, undefined, OPTIONS, page.cache, true).parts), before.blocks);
    assert.deepEqual(blocksOf(renderPreview(result, undefined, OPTIONS, new RenderCache(), true).parts), before.blocks);
  });

  it('ends at the first step that finds the preview changed', async () => {
    const page = pageOf(result);
    assert.equal(await rehearsed(result, (step) => (step < 3 ? page : undefined)), 4);
  });

  it('ends when stopped, before its first step', async () => {
    let asked = 0;
    const stop = rehearseKeystrokes(result, {}, OPTIONS, () => { asked++; return pageOf(result); }, 20, (e) => assert.fail(String(e)));
    stop();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(asked, 0);
  });

  it('ends at a step that throws, telling `failed`', async () => {
    const errors: unknown[] = [];
    const asked = await rehearsed(result, (step) => {
      if (step === 2) throw new Error('the page is gone');
      return pageOf(result);
    }, (e) => errors.push(e));
    assert.equal(asked, 3);
    assert.deepEqual(errors.map((e) => (e as Error).message), ['the page is gone']);
  });

  it('rehearses nothing on a text with a YAML syntax error, whose page is the last readable text\'s', async () => {
    const broken = check(`${text}\n  "unclosed\n`);
    assert.ok(broken.findings.some((f) => f.rule === 'yaml-syntax'));
    assert.equal(await rehearsed(broken, () => pageOf(broken)), 0);
  });
});

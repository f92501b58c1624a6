import { rehearse, type CheckOptions, type CheckResult } from '../../../server/src/core';
import { renderPreview, type BodyParts, type RenderCache, type RenderOptions } from '../../../server/src/render';
import { patch } from './patch';

/** What a rehearsed keystroke is rendered against: the page as the preview holds it. */
export interface RehearsedPage {
  readonly readable: CheckResult | undefined;
  readonly cache: RenderCache;
  readonly shown: BodyParts;
  readonly unsent: readonly string[];
}

/**
 * Keystrokes rehearsed on a full check's result, as the language server rehearses its first edits
 * (`server/src/lsp/workspace.ts`): each of the core's rehearsed edits (`rehearse`) is rendered and diffed against
 * the page as a keystroke's would be, one per turn of the event loop from `delay` ms on, and thrown away, so that the
 * user's first keys run code already compiled, not cold. Nothing is sent and nothing of the preview changes; its
 * render cache gains entries for the rehearsed activities' model objects alone, which it holds weakly. Each step
 * first asks `page()`, which answers undefined once the preview has changed (a keystroke, another check, the
 * panel closed): the rehearsal ends there, so a key typed meanwhile waits for one step at most. A step that throws
 * ends it too, told to `failed`. Returns what stops it at once. A text with a syntax error is not rehearsed: its
 * page is the last readable text's, which a keystroke does not change.
 */
export function rehearseKeystrokes(result: CheckResult, checking: CheckOptions, options: RenderOptions, page: () => RehearsedPage | undefined, delay: number, failed: (e: unknown) => void): () => void {
  if (result.parsed.syntax.length > 0) return () => {};
  let steps: Iterator<CheckResult> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (): void => {
    timer = undefined;
    try {
      const now = page();
      if (!now) return;
      steps ??= rehearse(result, checking);
      const next = steps.next();
      if (next.done) return;
      const { parts } = renderPreview(next.value, now.readable, options, now.cache, true);
      patch(now.shown, parts, new Set(now.unsent));
    } catch (e) {
      failed(e);
      return;
    }
    timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, delay);
  return () => clearTimeout(timer);
}

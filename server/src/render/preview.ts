import { type CheckResult, localize, type Locale, type Localized } from '../core';
import { cannotExport, renderBodyParts, type BodyParts, type RenderOptions } from './document';
import type { RenderCache } from './page';
import { T } from './strings';

/** What the preview shows of one version of the text. */
export interface PreviewPage {
  /** The version the page shows: this one, or while this one cannot be read, the last that could be. */
  readonly shown: CheckResult;
  /** The last version that could be read (this one, if it can), to pass with the next version. */
  readonly readable: CheckResult | undefined;
  /** The body of `shown`, in parts. */
  readonly parts: BodyParts;
  /** Over the page while it shows an earlier version: why this one cannot be read, in the messages' language. */
  readonly notice: string | null;
}

/**
 * The preview of `result` (`cache` and `asRead`: as `renderBodyParts`). While the text cannot be read (a quote not yet closed), the page stays the last one
 * that could be, under a notice saying why, rather than a page with nothing but a title; with no earlier
 * version, the unreadable one is shown as it is.
 */
export function renderPreview(result: CheckResult, lastReadable: CheckResult | undefined, options: RenderOptions, cache?: RenderCache, asRead = false): PreviewPage {
  const unreadable = cannotExport(result);
  const readable = unreadable ? lastReadable : result;
  const shown = readable ?? result;
  const locale = options.messageLocale ?? options.locale;
  const notice = unreadable && readable ? localize(T.stale(whyUnreadable(result, unreadable, locale)), locale) : null;
  return { shown, readable, parts: renderBodyParts(shown, options, cache, asRead), notice };
}

/** Why the text cannot be shown, in a few words: its first syntax error and where, or why it is no budget document. */
function whyUnreadable(result: CheckResult, reason: Localized, locale: Locale): string {
  const first = result.findings.find((f) => f.rule === 'yaml-syntax');
  const why = first ? T.staleAt(first.range.start.line + 1, localize(first.message, locale)) : reason;
  return localize(why, locale).replace(/[。.]$/, '');
}

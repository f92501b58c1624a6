import { TextDocuments, type Connection, type Range } from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { check, type CheckOptions, type CheckResult, canRecheck, recheck, rehearse, type Region, type Locale, checkOptions, DEFAULT_SETTINGS, localeOf, type Settings } from '../core';

/** One version of a document, checked under the settings in force. */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly result: CheckResult;
  readonly settings: Settings;
  readonly locale: Locale;
  /** How long the check took, in ms. */
  readonly ms: number;
  /**
   * The process's CPU time over the check, in ms (every thread: V8's compiler and collector too). What the check
   * cost, which the wall time tells only on an idle machine: on a loaded one the wait for a core is in it.
   */
  readonly cpuMs: number;
}

export interface WorkspaceOptions {
  /** The `budget` settings for a document (asked of the client, or pushed by it). */
  readonly settingsFor: (uri: string) => Promise<Settings>;
  /** The client's UI locale (from initialize), for `budget.locale: auto`. */
  readonly clientLocale: () => string | undefined;
  /** Called with each fresh analysis of the newest version of a document; settles once it is sent. */
  readonly publish: (analysis: Analysis) => void | Promise<void>;
  /** Called once an analysis is published and what the next edit needs is built: the garbage of both is made. */
  readonly settled?: (analysis: Analysis) => void;
  readonly onClose: (uri: string) => void;
  readonly log: (message: string) => void;
  /** Quiet time after an edit before a document is checked, in milliseconds, when its last check was slow. */
  readonly delay?: number;
  /** A last check cheaper than this (ms of CPU time, or of wall time) means the next one is checked at once, debounce or not. */
  readonly fastCheck?: number;
  /** Whether the next edit of a result can be checked in part, its state built to that end: `canRecheck` by default. */
  readonly canRecheck?: (result: CheckResult, options: CheckOptions) => boolean;
  /** Edits rehearsed after a full check, one per step, their results thrown away: `rehearse` by default. */
  readonly rehearse?: (result: CheckResult, options: CheckOptions) => Iterator<unknown>;
  /** The process's CPU time so far, in ms, by which a check's cost is counted: `process.cpuUsage` by default. */
  readonly cpuTime?: () => number;
}

/**
 * Owns the state of every open document: its text (kept in sync
 * incrementally), its settings and its last analysis. Requests read the
 * analysis of the current version, checked at most once per version; the
 * published diagnostics come from a run debounced per document, which a
 * newer edit cancels.
 */
export class Workspace {
  /** The last change of each document, when it was one range: version before and after, and where. */
  private readonly changes = new Map<string, { from: number; to: number; region: Region }>();
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      const uri = document.uri;
      const from = document.version;
      this.changes.delete(uri);
      // One change at a time (each applies to the text the one before left), its range first read as the document
      // reads it: the library's line table takes a range's lines as given, and a line past the end (which LSP says
      // means the end) or a position inside a CRLF left it counting lines that are not there.
      let updated = document;
      for (const change of changes) {
        const range = (change as { range?: Range }).range;
        if (!range) {
          updated = TextDocument.update(updated, [change], version);
          continue;
        }
        const clamped = clampRange(updated, range);
        if (changes.length === 1) {
          // The one change, where the editor made it, for the incremental check.
          const start = updated.offsetAt(clamped.start);
          this.changes.set(uri, { from, to: version, region: { start, oldEnd: updated.offsetAt(clamped.end), newEnd: start + change.text.length } });
        }
        updated = TextDocument.update(updated, [{ range: clamped, text: change.text }], version);
      }
      return updated;
    },
  });
  private readonly analyses = new Map<string, Analysis>();
  private readonly settings = new Map<string, Settings>();
  /** Counts settings changes: settings asked for before the latest change are stale when they come. */
  private settingsGeneration = 0;
  /** The settings being asked for, per document: a request and the check share one question to the client. */
  private readonly asking = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What the next edit of each document is expected to cost, in ms of CPU time; a function until it is worked out (see `analysisOf`). */
  private readonly nextCosts = new Map<string, number | (() => number)>();
  private readonly delay: number;
  private readonly fastCheck: number;
  private readonly cpuTime: () => number;

  constructor(private readonly options: WorkspaceOptions) {
    this.delay = options.delay ?? 150;
    // 50 ms of CPU time: the incremental check of one activity in a 2,000-activity file takes 10–40 ms; a full
    // check of such a file takes over a second and keeps the debounce. Counted in CPU time, not wall time: on a
    // loaded machine the same check took 50–80 ms of wall time now and then, and the edit after it waited 150 ms.
    this.fastCheck = options.fastCheck ?? 50;
    this.cpuTime = options.cpuTime ?? processCpuTime;
    this.documents.onDidChangeContent(({ document }) => this.schedule(document.uri, this.delayFor(document.uri)));
    this.documents.onDidClose(({ document }) => this.forget(document.uri));
    // A document opened again (with any version, even the one it had) is a new text: nothing of the old analysis holds.
    this.documents.onDidOpen(({ document }) => {
      this.analyses.delete(document.uri);
      this.nextCosts.delete(document.uri);
      this.changes.delete(document.uri);
    });
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  /** The analysis of the document's current version; checks it now if no run has yet. */
  analysisOf(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const settings = this.settings.get(uri) ?? DEFAULT_SETTINGS;
    const cached = this.analyses.get(uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached;
    const started = performance.now();
    const startedCpu = this.cpuTime();
    // From the previous version, only what the edit touched is checked again (recheck decides whether it can).
    const result = cached ? recheck(cached.result, document.getText(), checkOptions(settings), this.changeSince(uri, cached.version, document.version)) : check(document.getText(), checkOptions(settings));
    const incremental = !!cached && cached.settings === settings;
    const ms = performance.now() - started;
    const cpuMs = this.cpuTime() - startedCpu;
    const analysis: Analysis = { uri, version: document.version, result, settings, locale: localeOf(settings, this.options.clientLocale()), ms, cpuMs };
    this.analyses.set(uri, analysis);
    // What the next edit will cost: about what this one took, after an edit; after the open (or new settings), an
    // edit of one activity is re-read alone when the result allows it (its state is built for that, cheaply after
    // the fast parse, but once the diagnostics are out: see `validate`, or when the first edit asks). A result that
    // cannot be re-read in part keeps the debounce. An edit's cost is the lesser of its CPU time and its wall time:
    // slow only when both say so. The CPU time counts every thread, and just after an open V8's compiler and
    // collector run on the other core beside a check that ends in time (40 ms of wall, 65 of CPU); the wall time
    // counts the wait for a core on a loaded machine.
    const next = () => ((this.options.canRecheck ?? canRecheck)(analysis.result, checkOptions(settings)) ? (incremental ? Math.min(cpuMs, ms) : 0) : Infinity);
    this.nextCosts.set(uri, incremental ? next() : next);
    return analysis;
  }

  /**
   * The analysis of the document's current version under its own settings: a request that comes before they do
   * (the Outline asks as the file opens, while `workspace/configuration` is on its way) waits for them, so that
   * what it shows follows `budget.locale` and the rules from the start; VS Code asks again only after an edit.
   */
  async settledAnalysisOf(uri: string): Promise<Analysis | undefined> {
    if (this.documents.get(uri) && !this.settings.has(uri)) {
      await this.askSettings(uri).catch((e: unknown) => {
        // The check logs it too; the request is answered under the defaults.
        this.options.log(`budget: the settings of ${uri} could not be read: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    return this.analysisOf(uri);
  }

  /** Asks for a document's settings, unless they are known or already asked for; stale answers are dropped. */
  private askSettings(uri: string): Promise<void> {
    if (this.settings.has(uri)) return Promise.resolve();
    const pending = this.asking.get(uri);
    if (pending) return pending;
    const generation = this.settingsGeneration;
    const asked = this.options.settingsFor(uri).then((settings) => {
      // The settings changed while these were asked for (a new question is asked), or the document closed.
      if (generation === this.settingsGeneration && this.documents.get(uri)) this.settings.set(uri, settings);
    }).finally(() => {
      if (this.asking.get(uri) === asked) this.asking.delete(uri);
    });
    this.asking.set(uri, asked);
    return asked;
  }

  /** Where the text changed from one version to the next, when the editor said so in one range. */
  private changeSince(uri: string, from: number, to: number): Region | undefined {
    const change = this.changes.get(uri);
    return change && change.from === from && change.to === to ? change.region : undefined;
  }

  /**
   * The debounce after an edit: none for a document not yet checked, and none
   * when its last check was fast (an edit the incremental check re-reads
   * alone: typing gets its diagnostics at once; edits that arrive while a
   * check runs are queued and only the newest is checked); the full delay
   * when the last check was slow, so that a burst of typing costs one slow
   * check, not one per keystroke. A newer edit still cancels a pending run.
   */
  private delayFor(uri: string): number {
    if (!this.analyses.has(uri)) return 0;
    const last = this.nextCost(uri);
    return last !== undefined && last < this.fastCheck ? 0 : this.delay;
  }

  /** What the next edit of a document will cost (see `analysisOf`), worked out now if it has not been yet. */
  private nextCost(uri: string): number | undefined {
    const cost = this.nextCosts.get(uri);
    if (typeof cost !== 'function') return cost;
    const ms = cost();
    this.nextCosts.set(uri, ms);
    return ms;
  }

  /** Settings changed: every open document is checked again under the new ones. */
  settingsChanged(): void {
    this.settingsGeneration++;
    this.settings.clear();
    this.asking.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.validate(uri).catch((e: unknown) => this.options.log(`budget: checking ${uri} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
    }, delay));
  }

  private async validate(uri: string): Promise<void> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    if (!this.settings.has(uri)) {
      await this.askSettings(uri);
      // The settings changed while these were asked for: the run the change scheduled asks again.
      if (!this.settings.has(uri)) return;
    }
    // A newer edit has its own run coming; this one is stale.
    if (this.documents.get(uri)?.version !== version) return;
    const analysis = this.analysisOf(uri);
    if (!analysis) return;
    // The incremental state after a full check is built once the diagnostics have been written, not before: the
    // connection writes on a later turn of the event loop, which that work would otherwise hold up.
    await this.options.publish(analysis);
    if (typeof this.nextCosts.get(uri) !== 'function') this.options.settled?.(analysis);
    else {
      setImmediate(() => {
        this.nextCost(uri);
        // The document's line offsets, which the library works out when first asked (the first edit's range, ~25 ms
        // at 2,000 activities): now, not in the first edit's time.
        this.documents.get(uri)?.positionAt(0);
        this.options.settled?.(analysis);
        this.rehearse(uri, analysis);
      });
    }
  }

  /**
   * After a full check whose next edit can be re-read in part: edits rehearsed on it (`rehearse` in the core), one
   * per turn of the event loop, so that the user's first edits run code already compiled, not cold. Nothing is
   * published and no analysis changes; the rehearsal stops as soon as the document changes, closes or has a check
   * coming (a user's edit waits for one step at most). It starts `REHEARSAL_DELAY_MS` after the state is built,
   * after anything `settled` set off at once (the collection after a slow check).
   */
  private rehearse(uri: string, analysis: Analysis): void {
    const current = () => this.analyses.get(uri) === analysis && this.documents.get(uri)?.version === analysis.version && !this.timers.has(uri);
    let steps: Iterator<unknown> | undefined;
    const step = () => {
      try {
        if (current() && this.nextCosts.get(uri) === 0) {
          steps ??= (this.options.rehearse ?? rehearse)(analysis.result, checkOptions(analysis.settings));
          if (!steps.next().done) {
            setImmediate(step);
            return;
          }
        }
      } catch (e) {
        this.options.log(`budget: rehearsing edits of ${uri} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      }
    };
    // A first key typed as the diagnostics show finds the code cold, as it did before, but never waits for a step.
    setTimeout(step, REHEARSAL_DELAY_MS);
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.analyses.delete(uri);
    this.nextCosts.delete(uri);
    this.changes.delete(uri);
    this.settings.delete(uri);
    this.asking.delete(uri);
    this.options.onClose(uri);
  }
}

/**
 * How long after a full check's state is built its rehearsal starts, in ms: a first key comes later than this after
 * a file is shown, and requests sent as it opens (folding, symbols) have come in by then.
 */
const REHEARSAL_DELAY_MS = 250;

/** The process's CPU time so far (user and system, every thread), in ms. */
function processCpuTime(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A range as positions the document really has: each end clamped (past the last line: the end; inside a CRLF: before it), in order. */
export function clampRange(document: TextDocument, range: Range): Range {
  const a = document.offsetAt(range.start);
  const b = document.offsetAt(range.end);
  return { start: document.positionAt(Math.min(a, b)), end: document.positionAt(Math.max(a, b)) };
}

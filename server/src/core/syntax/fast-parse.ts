import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { FlatWriter, type FlatNodes, KIND, SourceMap, type YamlPath } from './source';
import type { Span } from './text';
import { phases } from '../check/phases';
import { coreValue } from './core-schema';
import { emptyValueEnd, readPlain } from './plain-read';

export { coreValue };

/**
 * The cold-open fast path: js-yaml (several times faster than `yaml`'s
 * `parseDocument`) reads the data, and its listener events give every node's
 * place, from which the same `SourceMap` as the `yaml` path is built. The
 * plainest texts (plain-read.ts) are read first by a reader of our own, in one
 * pass, to the same results.
 *
 * Only for the plain subset of YAML whose every value can be checked against
 * what the `yaml` path would read: no anchors, aliases, tags, merge keys,
 * block scalars, explicit keys, directives, document markers, tabs or CRs; no
 * multi-line scalars; keys that are plain strings; each scalar's value is
 * compared with the YAML 1.2 core schema reading of its text. Anything else,
 * and any js-yaml error, returns `undefined`: the caller takes the `yaml` path.
 * test/core/fast-parse.test.ts holds the two paths equal.
 */
export interface FastParsed {
  /** The data as read, empty values still `null` (before `dropEmpty`). */
  readonly data: unknown;
  readonly source: SourceMap;
  /** Keys written with an empty or null value, in document order (as the schema rule's walk of the tree finds them). */
  readonly emptyKeys: readonly { readonly parent: YamlPath; readonly key: string }[];
  /** How many values the data holds (every node: without aliases, what `maxValues` counts). */
  readonly values: number;
  /** The deepest nesting of collections, the root counting one (what `maxNestingDepth` bounds). */
  readonly depth: number;
}

let enabled = process.env.BUDGET_DOCS_FAST_PARSE !== '0';

/** Turns the fast path on or off (the equivalence test compares both); returns the previous setting. */
export function setFastParse(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

// Characters that may start a construct the fast path does not read: anchors, aliases, tags, block scalars,
// explicit keys, reserved indicators, tabs, CRs; merge keys; directives and document markers; `_` in numbers.
const UNSAFE = /[&*!|>?@`\t\r\\]|<<|^%|^---|^\.\.\.|\d_|_\d|\S#/m;

/**
 * js-yaml's listener events as flat arrays, one entry per opened node (in the order they open): where it opened
 * and closed, what it read, and its children as a linked list. A frame per event, with a children array each,
 * was most of the fast path's allocation.
 */
class Events {
  /** Per frame: opened at, closed at, first child, next sibling, last child, number of children. */
  open: Int32Array;
  close: Int32Array;
  first: Int32Array;
  next: Int32Array;
  last: Int32Array;
  count: Int32Array;
  readonly kind: (string | null)[] = [];
  readonly result: unknown[] = [];
  readonly roots: number[] = [];
  private size = 0;
  private readonly stack: number[] = [];

  constructor(capacity: number) {
    this.open = new Int32Array(capacity);
    this.close = new Int32Array(capacity);
    this.first = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.count = new Int32Array(capacity);
  }

  listen(type: 'open' | 'close', state: State): void {
    if (type === 'open') {
      const f = this.size++;
      if (f === this.open.length) this.grow();
      this.open[f] = state.position;
      this.first[f] = -1;
      this.next[f] = -1;
      this.last[f] = -1;
      this.kind.push(null);
      this.result.push(undefined);
      this.stack.push(f);
      return;
    }
    const f = this.stack.pop()!;
    this.close[f] = state.position;
    this.kind[f] = state.kind;
    this.result[f] = state.result;
    if (this.stack.length === 0) {
      this.roots.push(f);
      return;
    }
    const p = this.stack[this.stack.length - 1]!;
    const last = this.last[p]!;
    if (last < 0) this.first[p] = f;
    else this.next[last] = f;
    this.last[p] = f;
    this.count[p]!++;
  }

  private grow(): void {
    const twice = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.open = twice(this.open);
    this.close = twice(this.close);
    this.first = twice(this.first);
    this.next = twice(this.next);
    this.last = twice(this.last);
    this.count = twice(this.count);
  }
}

class Bail extends Error {}

export function fastParse(text: string): FastParsed | undefined {
  if (!enabled) return undefined;
  const plain = readPlain(text);
  if (!plain) return jsYamlParse(text);
  phases.mark?.('plain read');
  const source = SourceMap.ofFlat(plain.flat, activityRoots(plain.flat));
  phases.mark?.('positions (SourceMap)');
  return { data: plain.data, source, emptyKeys: plain.emptyKeys, values: plain.flat.count, depth: plain.depth };
}

/** The js-yaml path alone: what the plain reader's results are held to (test/core/plain-read.test.ts). */
export function jsYamlParse(text: string): FastParsed | undefined {
  const read = loaded(text);
  if (!read) return undefined;
  const { data, events } = read;
  phases.mark?.('js-yaml load + listener');
  const { roots } = events;
  if (roots.length !== 1 || data === null || typeof data !== 'object' || Array.isArray(data) || events.result[roots[0]!] !== data) return undefined;
  try {
    const b = new Builder(text, events);
    b.node(roots[0]!, -1, -1, false);
    const flat = b.flat();
    const source = SourceMap.ofFlat(flat, activityRoots(flat));
    phases.mark?.('positions (SourceMap)');
    return { data, source, emptyKeys: b.emptyKeys, values: flat.count, depth: b.depth };
  } catch (e) {
    // A stack overflow here too sends the text down the other path, where the nesting pre-scan answers it.
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The keys with no value of one item of a block list, read alone (`- name: …` and its lines, at their indentation),
 * as the fast path would list them in the whole text, its parent paths from the item (`[0, …]`); `undefined` when
 * the fast path would not read the item, and so neither a text holding it.
 */
export function fastItemEmptyKeys(fragment: string): FastParsed['emptyKeys'] | undefined {
  const read = loaded(fragment);
  if (!read) return undefined;
  const { data, events } = read;
  if (events.roots.length !== 1 || !Array.isArray(data) || data.length !== 1 || events.result[events.roots[0]!] !== data) return undefined;
  try {
    const b = new Builder(fragment, events);
    b.node(events.roots[0]!, -1, -1, false);
    return b.emptyKeys;
  } catch (e) {
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The text's data and js-yaml's events, or `undefined` for a text the fast path does not read. */
function loaded(text: string): { data: unknown; events: Events } | undefined {
  if (!enabled || UNSAFE.test(text)) return undefined;
  // About one event per ten characters in budget documents: room for one per eight, doubled when that is short.
  const events = new Events(Math.max(64, text.length >> 3));
  try {
    const data = load(text, {
      schema: CORE_SCHEMA,
      listener(this: State, type: 'open' | 'close', state: State) {
        events.listen(type, state);
      },
    });
    return { data, events };
  } catch {
    return undefined;
  }
}

function bail(): never {
  throw new Bail();
}

/** The items of `performance.activities`: the top-level activities, each a part of the `SourceMap` of its own. */
function activityRoots(flat: FlatNodes): number[] {
  const seq = flat.find(0, ['performance', 'activities'], 0);
  if (seq < 0 || flat.kind[seq] !== KIND.seq) return [];
  return Array.from(flat.itemsOf(seq));
}

class Builder {
  readonly emptyKeys: { parent: YamlPath; key: string }[] = [];
  depth = 0;
  /** The path of the node being read (a stack: a path is copied only for an empty key). */
  private readonly path: (string | number)[] = [];
  // The nodes as they are read, in document order: no more than the events.
  private readonly out: FlatWriter;

  constructor(private readonly text: string, private readonly events: Events) {
    this.out = new FlatWriter(text, events.result.length);
  }

  flat(): FlatNodes {
    return this.out.flat();
  }

  /** A node read, named after the path's last part: its place in the arrays, its subtree's end still to come. */
  private emit(kind: number, start: number, stop: number, keyStart: number, keyEnd: number, flow: boolean): number {
    const { path } = this;
    return this.out.emit(kind, start, stop, keyStart, keyEnd, flow ? 1 : 0, path.length > 0 ? path[path.length - 1]! : '');
  }

  /**
   * Emits a node and those under it, in the `yaml` path's order; returns where a block collection it is the last
   * value of ends, as `yaml` counts it: past its trailing comment and line break (`range[2]`), or for an empty value
   * as `emptyValueEnd` says. `keyStart`/`keyEnd`: the key that names it, `-1` for none.
   */
  node(f: number, keyStart: number, keyEnd: number, inFlow: boolean): number {
    const { text, events: ev } = this;
    // A scalar read as a would-be mapping key first is wrapped in a frame of its own.
    while (ev.count[f] === 1 && ev.result[ev.first[f]!] === ev.result[f] && ev.kind[ev.first[f]!] === ev.kind[f]) f = ev.first[f]!;
    const result = ev.result[f];
    if (result !== null && typeof result === 'object') {
      const start = this.skip(ev.open[f]!);
      const flow = text.charCodeAt(start) === LBRACE || text.charCodeAt(start) === LBRACKET;
      if (flow !== inFlow && inFlow) bail();
      const seq = Array.isArray(result);
      const at = this.emit(seq ? KIND.seq : KIND.map, start, start, keyStart, keyEnd, flow);
      this.depth = Math.max(this.depth, this.path.length + 1);
      let end = start;
      const count = ev.count[f]!;
      if (seq) {
        if (ev.kind[f] !== 'sequence' || count !== result.length || count === 0) bail();
        if (text.charCodeAt(start) !== (flow ? LBRACKET : DASH)) bail();
        for (let c = ev.first[f]!, i = 0; c >= 0; c = ev.next[c]!, i++) {
          if (ev.result[c] === null || ev.result[c] !== result[i]) bail();
          this.path.push(i);
          end = this.node(c, -1, -1, flow);
          this.path.pop();
        }
      } else {
        const record = result as Record<string, unknown>;
        if (ev.kind[f] !== 'mapping' || count === 0 || count % 2 !== 0) bail();
        if (flow && text.charCodeAt(start) !== LBRACE) bail();
        let keys = 0;
        for (let k = ev.first[f]!; k >= 0; ) {
          const v = ev.next[k]!;
          const name = ev.result[k];
          if (typeof name !== 'string' || name === '__proto__' || ev.count[k]! > 0) bail();
          keys++;
          const key = this.scalar(k);
          const value = ev.result[v];
          if (record[name] !== value && !(Number.isNaN(value) && Number.isNaN(record[name]))) bail();
          if (value === null) {
            if (flow) bail();
            this.emptyKeys.push({ parent: this.path.slice(), key: name });
            this.path.push(name);
            end = this.nullValue(v, key);
          } else {
            this.path.push(name);
            end = this.node(v, key.start, key.end, flow);
          }
          this.path.pop();
          k = ev.next[v]!;
        }
        if (2 * keys !== count || keys !== Object.keys(record).length) bail();
      }
      if (flow) {
        end = ev.close[f]!;
        if (text.charCodeAt(end - 1) !== (seq ? RBRACKET : RBRACE)) bail();
        if (breaks(text, start, end)) bail();
        this.out.close(at, end);
        return inFlow ? end : this.lineEnd(end);
      }
      this.out.close(at, end);
      return end;
    }
    if (ev.count[f]! > 0) bail();
    const value = this.scalar(f);
    this.emit(KIND.scalar, value.start, value.end, keyStart, keyEnd, false);
    return inFlow ? value.end : this.lineEnd(value.end);
  }

  /** A map value that reads as null: empty (`goal:`) or written (`goal: ~`). */
  private nullValue(v: number, key: Span): number {
    const { text, events: ev } = this;
    let p = ev.open[v]!;
    if (text.charCodeAt(p - 1) !== COLON) bail();
    while (text.charCodeAt(p) === SPACE) p++;
    if (p >= text.length || text.charCodeAt(p) === NEWLINE || text.charCodeAt(p) === HASH) {
      this.emit(KIND.scalar, p, p, key.start, key.end, false);
      return emptyValueEnd(text, p);
    }
    if (ev.count[v]! > 0) bail();
    const value = this.scalar(v);
    this.emit(KIND.scalar, value.start, value.end, key.start, key.end, false);
    return this.lineEnd(value.end);
  }

  /** A scalar's token, its value checked against the core schema reading of its text. */
  private scalar(f: number): Span {
    const { text, events: ev } = this;
    const start = this.skip(ev.open[f]!);
    let end = ev.close[f]!;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    if (end <= start) bail();
    if (breaks(text, start, end)) bail();
    const q = text.charCodeAt(start);
    const result = ev.result[f];
    if (q === DQUOTE || q === SQUOTE) {
      if (end - start < 2 || text.charCodeAt(end - 1) !== q) bail();
      const inner = text.slice(start + 1, end - 1);
      if (q === DQUOTE ? inner.includes('"') || result !== inner : result !== inner.replaceAll("''", "'")) bail();
    } else if (typeof result === 'string' ? !plainString(text, start, end, result) : !Object.is(result, coreValue(text.slice(start, end)))) {
      bail();
    }
    return { start, end };
  }

  /** From an event's position to the token: past spaces, line breaks and comments. */
  private skip(p: number): number {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === SPACE || c === NEWLINE) p++;
      else if (c === HASH) {
        const nl = text.indexOf('\n', p);
        p = nl < 0 ? text.length : nl;
      } else return p;
    }
  }

  /** After a token in block context: its trailing spaces, comment and line break. */
  private lineEnd(p: number): number {
    const { text } = this;
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === HASH) {
      const nl = text.indexOf('\n', p);
      p = nl < 0 ? text.length : nl;
    }
    if (text.charCodeAt(p) === NEWLINE) p++;
    return p;
  }
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/**
 * Whether a line break falls in `[start, end)`. Looked for there alone: searching on from `start` to the next break
 * would read to the end of the line for every value, quadratic on a long line of many (`notes: [a, b, …]`).
 */
function breaks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === NEWLINE) return true;
  return false;
}

/**
 * Whether a plain scalar read as the string `value` is that string in the core schema too: its text is the
 * string, and it does not start like a null, boolean or number (those start with one of `~nNtTfF+-.0123456789`,
 * or are empty), in which case the full reading decides.
 */
function plainString(text: string, start: number, end: number, value: string): boolean {
  if (value.length !== end - start || !text.startsWith(value, start)) return false;
  if (!/^[~nNtTfF+\-.0-9]/.test(value)) return true;
  return coreValue(value) === value;
}

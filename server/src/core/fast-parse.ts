import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { SourceMap, type SourceNode, type YamlPath } from './source';
import type { Span } from './text';

/**
 * The cold-open fast path: js-yaml (several times faster than `yaml`'s
 * `parseDocument`) reads the data, and its listener events give every node's
 * place, from which the same `SourceMap` as the `yaml` path is built.
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

interface Frame {
  readonly open: number;
  close: number;
  kind: string | null;
  result: unknown;
  readonly children: Frame[];
}

class Bail extends Error {}

export function fastParse(text: string): FastParsed | undefined {
  if (!enabled || UNSAFE.test(text)) return undefined;
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  let data: unknown;
  try {
    data = load(text, {
      schema: CORE_SCHEMA,
      listener(this: State, type: 'open' | 'close', state: State) {
        if (type === 'open') {
          stack.push({ open: state.position, close: -1, kind: null, result: undefined, children: [] });
          return;
        }
        const f = stack.pop()!;
        f.close = state.position;
        f.kind = state.kind;
        f.result = state.result;
        (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(f);
      },
    });
  } catch {
    return undefined;
  }
  if (roots.length !== 1 || data === null || typeof data !== 'object' || Array.isArray(data) || roots[0]!.result !== data) return undefined;
  try {
    const b = new Builder(text);
    b.node(roots[0]!, [], undefined, false);
    return { data, source: SourceMap.of(text, b.nodes), emptyKeys: b.emptyKeys, values: b.nodes.length, depth: b.depth };
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

function bail(): never {
  throw new Bail();
}

class Builder {
  readonly nodes: SourceNode[] = [];
  readonly emptyKeys: { parent: YamlPath; key: string }[] = [];
  depth = 0;
  constructor(private readonly text: string) {}

  /** Emits a node and those under it, in the `yaml` path's order; returns where the node ends with its trailing comment and line break (`yaml`'s `range[2]`). */
  node(f: Frame, path: YamlPath, key: Span | undefined, inFlow: boolean): number {
    // A scalar read as a would-be mapping key first is wrapped in a frame of its own.
    while (f.children.length === 1 && f.children[0]!.result === f.result && f.children[0]!.kind === f.kind) f = f.children[0]!;
    const { text } = this;
    const result = f.result;
    if (result !== null && typeof result === 'object') {
      const start = this.skip(f.open);
      const flow = text[start] === '{' || text[start] === '[';
      if (flow !== inFlow && inFlow) bail();
      const at = this.nodes.length;
      this.nodes.push(undefined as unknown as SourceNode);
      this.depth = Math.max(this.depth, path.length + 1);
      let end: number;
      if (Array.isArray(result)) {
        if (f.kind !== 'sequence' || f.children.length !== result.length || result.length === 0) bail();
        if (flow ? text[start] !== '[' : text[start] !== '-') bail();
        end = start;
        f.children.forEach((c, i) => {
          if (c.result === null || c.result !== result[i]) bail();
          end = this.node(c, path.concat(i), undefined, flow);
        });
      } else {
        if (f.kind !== 'mapping' || f.children.length !== 2 * Object.keys(result).length || f.children.length === 0) bail();
        if (flow && text[start] !== '{') bail();
        end = start;
        for (let i = 0; i < f.children.length; i += 2) {
          const k = f.children[i]!;
          const name = k.result;
          if (typeof name !== 'string' || name === '__proto__' || k.children.length > 0) bail();
          const keySpan = this.scalar(k);
          const v = f.children[i + 1]!;
          if ((result as Record<string, unknown>)[name] !== v.result && !(Number.isNaN(v.result) && Number.isNaN((result as Record<string, unknown>)[name]))) bail();
          const child = path.concat(name);
          if (v.result === null) {
            if (flow) bail();
            this.emptyKeys.push({ parent: path, key: name });
            end = this.nullValue(v, child, keySpan);
          } else {
            end = this.node(v, child, keySpan, flow);
          }
        }
      }
      if (flow) {
        end = f.close;
        if (text[end - 1] !== (Array.isArray(result) ? ']' : '}')) bail();
        if (text.slice(start, end).includes('\n')) bail();
        this.nodes[at] = { path, kind: Array.isArray(result) ? 'seq' : 'map', value: { start, end }, key, flow: true };
        return inFlow ? end : this.lineEnd(end);
      }
      this.nodes[at] = { path, kind: Array.isArray(result) ? 'seq' : 'map', value: { start, end }, key, flow: false };
      return end;
    }
    if (f.children.length > 0) bail();
    const value = this.scalar(f);
    this.nodes.push({ path, kind: 'scalar', value, key, raw: text.slice(value.start, value.end) });
    return inFlow ? value.end : this.lineEnd(value.end);
  }

  /** A map value that reads as null: empty (`goal:`) or written (`goal: ~`). */
  private nullValue(v: Frame, path: YamlPath, key: Span): number {
    const { text } = this;
    let p = v.open;
    if (text[p - 1] !== ':') bail();
    while (text[p] === ' ') p++;
    if (p >= text.length || text[p] === '\n' || text[p] === '#') {
      this.nodes.push({ path, kind: 'scalar', value: { start: p, end: p }, key, raw: '' });
      return this.lineEnd(p);
    }
    if (v.children.length > 0) bail();
    const value = this.scalar(v);
    this.nodes.push({ path, kind: 'scalar', value, key, raw: text.slice(value.start, value.end) });
    return this.lineEnd(value.end);
  }

  /** A scalar's token, its value checked against the core schema reading of its text. */
  private scalar(f: Frame): Span {
    const { text } = this;
    const start = this.skip(f.open);
    let end = f.close;
    while (end > start && text[end - 1] === ' ') end--;
    if (end <= start) bail();
    const raw = text.slice(start, end);
    if (raw.includes('\n')) bail();
    const q = raw[0];
    if (q === '"' || q === "'") {
      if (raw.length < 2 || raw[raw.length - 1] !== q) bail();
      const inner = raw.slice(1, -1);
      const expected = q === "'" ? inner.replaceAll("''", "'") : inner;
      if (q === '"' && inner.includes('"')) bail();
      if (f.result !== expected) bail();
    } else if (!Object.is(f.result, coreValue(raw))) {
      bail();
    }
    return { start, end };
  }

  /** From an event's position to the token: past spaces, line breaks and comments. */
  private skip(p: number): number {
    const { text } = this;
    for (;;) {
      const c = text[p];
      if (c === ' ' || c === '\n') p++;
      else if (c === '#') {
        const nl = text.indexOf('\n', p);
        p = nl < 0 ? text.length : nl;
      } else return p;
    }
  }

  /** After a token in block context: its trailing spaces, comment and line break. */
  private lineEnd(p: number): number {
    const { text } = this;
    while (text[p] === ' ') p++;
    if (text[p] === '#') {
      const nl = text.indexOf('\n', p);
      p = nl < 0 ? text.length : nl;
    }
    if (text[p] === '\n') p++;
    return p;
  }
}

/** A plain scalar as the YAML 1.2 core schema reads it (the `yaml` library's `core` tags, in their order). */
function coreValue(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { aliasCycle, documentTooLarge, nestingOverflow, nestingTooDeep, resolveLimits, tooManyAliases, tooManyValues, type LimitProblem, type Limits } from './limits';
import { fastParse } from './fast-parse';
import { SourceMap, type YamlPath } from './source';
import { yamlBreaks, type Span } from './text';

/** A YAML error at the token that causes it. */
export interface SyntaxProblem {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

export interface ParsedText {
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly source: SourceMap;
  /** The document as plain data; keys with empty values are left out. */
  readonly data: unknown;
  readonly syntax: readonly SyntaxProblem[];
  /** A document over one of the limits is not parsed further: no data, no syntax problems, this alone. */
  readonly limit?: LimitProblem;
  /** How many values the document holds once aliases are expanded (as `maxValues` counts them), when it was measured. */
  readonly values?: number;
  /** Keys written with an empty or null value, in document order, when the fast path read the text (else the schema rule walks the tree). */
  readonly emptyKeys?: readonly { readonly parent: YamlPath; readonly key: string }[];
}

// `logLevel: 'error'`: the library's warnings (a key that is a collection …) would go to the server's stderr; the rules say what matters.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

export function parseText(text: string, overrides?: Partial<Limits>): ParsedText {
  const limits = resolveLimits(overrides);
  // Cheap measures first: the parser and the walks below recurse once per level.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxDocumentBytes) return overLimit(text, documentTooLarge(bytes, limits));
  try {
    // The fast path (fast-parse.ts) for plain documents; the `yaml` tree is then read only when something asks for it.
    // It comes before the nesting pre-scan, which guards the parsers' recursion: js-yaml has come through it (a
    // stack overflow is one more error that sends the text down the other path), and the pre-scan, whose estimate
    // of a plain document's depth is at most one level over it, could not object to a document read as no deeper
    // than half the limit. Deeper, or down the other path, the pre-scan decides, as before.
    const read = yamlBreaks(text);
    const fast = fastParse(read);
    const shallow = fast !== undefined && 2 * fast.depth + 2 <= limits.maxNestingDepth;
    const deep = shallow ? undefined : nestingOverflow(read, limits.maxNestingDepth);
    if (deep !== undefined) return overLimit(text, nestingTooDeep(deep, limits));
    if (fast) {
      // Without aliases, the values are the nodes and the nesting is the tree's: within both limits, nothing to measure.
      const size = fast.values <= limits.maxValues && fast.depth <= limits.maxNestingDepth ? fast.values : measure(fast.data, limits);
      if (typeof size === 'number') return lazyDocument({ text, source: fast.source, data: withoutEmpty(fast.data, fast.emptyKeys), syntax: [], values: size, emptyKeys: fast.emptyKeys });
    }
    const yaml = parseDocument(read, YAML_OPTIONS);
    // The library turns a stack overflow of its own into an error; the answer is the same as ours.
    const overflow = yaml.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) {
      // A mistake before it (a flow mapping broken across lines at too little indentation) whose reading nested
      // every line after it, until the library's stack ran out, where the JIT's frames happened to fill it: the
      // mistake is the cause, told alone and at its place, and the tree is not read.
      const first = yaml.errors[0]!;
      if (first !== overflow && first.pos[0] < overflow.pos[0]) {
        return { text, yaml: parseDocument(''), source: new SourceMap(text, null), data: null, syntax: [{ code: first.code, message: first.message.split('\n')[0]!, span: tokenSpan(read, first.pos) }] };
      }
      return overLimit(text, nestingTooDeep(overflow.pos[0], limits));
    }
    const syntax: SyntaxProblem[] = yaml.errors.map((e) => ({ code: e.code, message: e.message.split('\n')[0]!, span: tokenSpan(read, e.pos) }));
    for (const dup of duplicateKeys(yaml, read)) {
      const at = syntax.findIndex((p) => p.span.start > dup.span.start);
      syntax.splice(at < 0 ? syntax.length : at, 0, dup);
    }
    let data: unknown = null;
    if (syntax.length === 0) {
      let js: unknown;
      try {
        js = yaml.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (e) {
        if (!(e instanceof ReferenceError)) throw e;
        return overLimit(text, tooManyAliases(firstAlias(yaml), limits));
      }
      const size = measure(js, limits);
      if (typeof size !== 'number') {
        const at = firstAlias(yaml);
        return overLimit(text, size === 'cycle' ? aliasCycle(at) : size === 'deep' ? nestingTooDeep(at.start, limits) : tooManyValues(at, limits));
      }
      data = dropEmpty(js);
      return { text, yaml, source: new SourceMap(text, yaml.contents), data, syntax, values: size };
    }
    return { text, yaml, source: new SourceMap(text, yaml.contents), data, syntax };
  } catch (e) {
    // The pre-scan is an estimate; should some nesting still slip through, the answer is the same.
    if (e instanceof RangeError) return overLimit(text, nestingTooDeep(0, limits));
    throw e;
  }
}

/** The `yaml` tree of a text that has already been checked, read when something asks for it (hover, folding). */
export function readYaml(text: string): Document.Parsed {
  return parseDocument(yamlBreaks(text), YAML_OPTIONS);
}

function lazyDocument(base: Omit<ParsedText, 'yaml'>): ParsedText {
  let yaml: Document.Parsed | undefined;
  return {
    ...base,
    get yaml(): Document.Parsed {
      return (yaml ??= readYaml(base.text));
    },
  };
}

function overLimit(text: string, limit: LimitProblem): ParsedText {
  return { text, yaml: parseDocument(''), source: new SourceMap(text, null), data: null, syntax: [], limit };
}

/**
 * Keys repeated within one mapping, as the yaml library's `uniqueKeys` would
 * report them, but in one pass: the library compares each key with every
 * earlier one, which a file of 100,000 keys turns into minutes.
 */
function duplicateKeys(yaml: Document.Parsed, text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  // Each map as it is entered, then its pairs' keys and values in order, as the library's `visit` would; walked
  // here without it, which makes a frozen copy of the path at every map and pair (a tenth of a full parse at 2,000
  // activities). Its depth is the one the parse came through.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const value = pair.key.value;
        if (seen.has(value) && !Number.isNaN(value)) {
          const start = pair.key.range[0];
          out.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', span: tokenSpan(text, [start, start + 1]) });
        }
        seen.add(value);
      }
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(yaml.contents);
  return out;
}

/** Where aliases are used: the first one, as the place to point at. */
function firstAlias(yaml: Document.Parsed): Span {
  let span: Span = { start: 0, end: 0 };
  visit(yaml, {
    Alias(_key, node) {
      if (node.range) span = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}

/**
 * Whether plain data stays within the limits once aliases are expanded,
 * found without expanding them: each shared value is counted once, and
 * iteratively, since aliases can stack levels far beyond what the text shows.
 */
function measure(root: unknown, limits: Limits): number | 'cycle' | 'deep' | 'many' {
  /** Per shared value: how many values it expands to, and how many levels it holds. */
  const done = new Map<object, { values: number; height: number }>();
  const open = new Set<object>();
  interface Frame { readonly node: object; readonly children: unknown[]; next: number; values: number; height: number }
  const stack: Frame[] = [];
  let result = { values: 1, height: 0 };
  const enter = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object' || v instanceof Date || ArrayBuffer.isView(v)) {
      result = { values: 1, height: 0 };
      return false;
    }
    const known = done.get(v);
    if (known) {
      result = known;
      return false;
    }
    open.add(v);
    stack.push({ node: v, children: Array.isArray(v) ? v : Object.values(v), next: 0, values: 1, height: 1 });
    return true;
  };
  enter(root);
  while (stack.length > 0) {
    if (stack.length > limits.maxNestingDepth) return 'deep';
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (child !== null && typeof child === 'object' && open.has(child)) return 'cycle';
      if (enter(child)) continue;
    } else {
      stack.pop();
      open.delete(top.node);
      result = { values: top.values, height: top.height };
      done.set(top.node, result);
      if (stack.length === 0) break;
    }
    const parent = stack[stack.length - 1]!;
    parent.values += result.values;
    parent.height = Math.max(parent.height, result.height + 1);
    if (parent.values > limits.maxValues) return 'many';
    if (stack.length - 1 + parent.height > limits.maxNestingDepth) return 'deep';
  }
  return result.values;
}

/** An error's span, kept on its own line: it never runs to the end of the file. */
function tokenSpan(text: string, pos: [number, number]): Span {
  const lineEnd = text.indexOf('\n', Math.min(pos[0], text.length));
  // before a CRLF's \r too: a range ends where LSP says the line does
  const limit = lineEnd < 0 ? text.length : lineEnd > 0 && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const start = Math.min(pos[0], limit);
  let end = Math.min(Math.max(pos[1], start), limit);
  if (end === start && start < limit) end = start + 1;
  if (end === start && start > 0 && start === text.length) return { start: start - 1, end: start };
  return { start, end };
}

/**
 * `dropEmpty` for data read by the fast path, in place: its only null values are the empty keys it listed (a
 * null sequence item or a `__proto__` key takes the other path), and the data is not shared.
 */
function withoutEmpty(data: unknown, empty: readonly { readonly parent: YamlPath; readonly key: string }[]): unknown {
  for (const { parent, key } of empty) {
    let node = data as Record<string | number, unknown>;
    for (const part of parent) node = node[part] as Record<string | number, unknown>;
    delete node[key];
  }
  return data;
}

/** A key written with no value (`goal:`) reads as an absent key. */
export function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty, so that a key named `__proto__` stays a plain key
      if (v !== null && v !== undefined) Object.defineProperty(out, k, { value: dropEmpty(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * The syntax problems that are told: every duplicate key up to the first problem of another kind, and that one.
 * After it the tree is the parser's guess (a tab-indented file folds its levels into one, and its keys then repeat),
 * so what follows would be told of a document the author did not write.
 */
export function toldProblems<P extends { readonly code: string }>(syntax: readonly P[]): P[] {
  const first = syntax.findIndex((problem) => problem.code !== 'DUPLICATE_KEY');
  return first < 0 ? syntax.slice() : syntax.slice(0, first + 1);
}

/** The data of a text when it is well-formed YAML (no error, no duplicate key), else nothing: a fix's result, tried. */
export function wellFormedData(text: string): { readonly data: unknown } | undefined {
  try {
    const yaml = parseDocument(yamlBreaks(text), YAML_OPTIONS);
    if (yaml.errors.length > 0 || duplicateKeys(yaml, text).length > 0) return undefined;
    return { data: yaml.toJS({ maxAliasCount: resolveLimits().maxAliasCount }) };
  } catch (e) {
    // Too many aliases, or nesting the parser cannot follow: not a text to offer.
    if (e instanceof ReferenceError || e instanceof RangeError) return undefined;
    throw e;
  }
}

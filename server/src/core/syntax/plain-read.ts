import { DISAGREE, plainValue } from './core-schema';
import { FlatWriter, type FlatNodes, KIND, type YamlPath } from './source';

/** What the plain reader reads of a text: the fast path's results before its `SourceMap` is made of `flat`. */
export interface PlainRead {
  readonly data: unknown;
  readonly flat: FlatNodes;
  readonly emptyKeys: readonly { readonly parent: YamlPath; readonly key: string }[];
  readonly depth: number;
}

/**
 * The cold open's reader for the plainest YAML: block mappings and sequences, one-line flow mappings and
 * sequences, one-line plain scalars and one-line quoted scalars without escapes, comments on lines of their own or
 * after a value. It builds the data, every node's place, the empty keys and the depth in one pass over the text,
 * where the js-yaml path (fast-parse.ts) reads the text with js-yaml, then walks js-yaml's events.
 *
 * It reads only what the js-yaml path reads, and reads it the same (test/core/plain-read.test.ts holds the two
 * equal): anything else — anchors, tags, block scalars, a scalar over several lines, an empty collection, a null
 * list item, a quoted key, a comment indented into a value, a construct the js-yaml path would refuse — and it
 * returns `undefined`, and the js-yaml path, then the `yaml` path, read the text.
 */
export function readPlain(text: string): PlainRead | undefined {
  const reader = new Reader(text);
  try {
    const at = reader.content(0, Infinity);
    if (at < 0 || reader.column !== 0) return undefined;
    const data = reader.map(at, 0, -1, -1);
    if (reader.next >= 0) return undefined;
    return { data, flat: reader.flat(), emptyKeys: reader.emptyKeys, depth: reader.depth };
  } catch (e) {
    // Nesting deep enough to overflow the stack is the other paths' to answer, as it is for js-yaml.
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

class Bail extends Error {}

function bail(): never {
  throw new Bail();
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const COMMA = 0x2c;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** Characters that end a plain scalar in a flow collection (or cannot start one anywhere): `,[]{}`. */
function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/**
 * Per ASCII character, whether the reader leaves a text holding it to the other paths: 1 wherever it stands, 2 in
 * some places. What fast-parse.ts's pre-scan refuses (anchors, aliases, tags, block scalars, explicit keys, reserved
 * indicators, tabs, CRs, backslashes; `<<`; `_` next to a digit; `#` right after a character), checked as each
 * character is read instead of in a pass of its own; and the C0 controls and DEL.
 */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) if (c !== NEWLINE) ASCII[c] = 1;
ASCII[0x7f] = 1;
for (const c of '&*!|>?@`\\') ASCII[c.charCodeAt(0)] = 1;
for (const c of '<_#') ASCII[c.charCodeAt(0)] = 2;

/**
 * Whether the character `c` at `i` (in a key, a scalar or a comment; not a line break) leaves the text to the other
 * paths. Past ASCII: C1 controls, the line and paragraph separators, the byte order mark, noncharacters and
 * surrogates (js-yaml refuses the unprintable ones and a lone surrogate; the others the two libraries may tell apart).
 */
function refused(text: string, i: number, c: number): boolean {
  if (c >= 0x80) return c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe));
  const kind = ASCII[c];
  if (kind === 0) return false;
  if (kind === 1) return true;
  if (c === 0x3c) return text.charCodeAt(i + 1) === 0x3c;
  if (c === 0x5f) return isDigit(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i + 1));
  return text.charCodeAt(i - 1) !== SPACE;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A character a plain scalar cannot start with (besides `-` and `:` before a space, told apart where read). */
function cannotStartPlain(c: number): boolean {
  return c === SPACE || c === NEWLINE || c !== c || isFlowIndicator(c) || c === HASH || c === DQUOTE || c === SQUOTE || c === 0x25 || c === COLON;
}

class Reader {
  readonly emptyKeys: { parent: YamlPath; key: string }[] = [];
  depth = 0;
  /** After a collection is read: where the next content line's first character is (-1 at the end of the text), and its column. */
  next = -1;
  column = 0;
  /** After a value is read: where the collection it ends would end, as the `yaml` path counts it (fast-parse.ts's `Builder`). */
  private end = 0;
  /** The path of the node being read: copied only for an empty key. */
  private readonly path: (string | number)[] = [];
  private readonly out: FlatWriter;
  private readonly names: (string | undefined)[] = new Array<string | undefined>(256);

  constructor(private readonly text: string) {
    // About one node per fifteen characters in budget documents: room for one per eight, doubled when that is short.
    this.out = new FlatWriter(text, text.length >> 3);
  }

  flat(): FlatNodes {
    return this.out.flat();
  }

  /**
   * From the start of a line (or the end of the text): past blank lines and comment lines, to the first character
   * of the next content line, its column in `column`; -1 at the end. A comment line indented past `limit` is not read
   * (after a plain scalar js-yaml reads on into it; the js-yaml path then refuses the text).
   */
  content(from: number, limit: number): number {
    const { text } = this;
    for (let p = from; ; ) {
      const line = p;
      while (text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (c === NEWLINE) {
        p++;
        continue;
      }
      if (p >= text.length) return -1;
      this.column = p - line;
      // Directives and document markers (`%YAML`, `---`, `...`) stand at a line's start.
      if (this.column === 0 && (c === 0x25 || ((c === DASH || c === 0x2e) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === c))) bail();
      if (c !== HASH) return p;
      if (this.column > limit) bail();
      p = this.comment(p);
      if (p < text.length) p++;
    }
  }

  /** From a comment's `#` to its line break (or the end of the text), its characters checked. */
  private comment(p: number): number {
    const { text } = this;
    const n = text.length;
    for (p++; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c === NEWLINE) return p;
      if (refused(text, p, c)) bail();
    }
    return p;
  }

  /** A node read, named after the path's last part: its place in the arrays, its subtree's end still to come. */
  private emit(kind: number, start: number, stop: number, keyStart: number, keyEnd: number, flow: number): number {
    const { path } = this;
    return this.out.emit(kind, start, stop, keyStart, keyEnd, flow, path.length > 0 ? path[path.length - 1]! : '');
  }

  private collection(kind: number, start: number, keyStart: number, keyEnd: number, flow: number): number {
    const at = this.emit(kind, start, start, keyStart, keyEnd, flow);
    if (this.path.length + 1 > this.depth) this.depth = this.path.length + 1;
    return at;
  }

  /**
   * A block mapping whose first key starts at `p`, its keys at column `col`; `keyStart`/`keyEnd`: the key that
   * names it (-1 for none). Leaves `next`/`column` at the first line after it.
   */
  map(p: number, col: number, keyStart: number, keyEnd: number): Record<string, unknown> {
    const { text, path } = this;
    const at = this.collection(KIND.map, p, keyStart, keyEnd, 0);
    const out: Record<string, unknown> = {};
    for (;;) {
      const ks = p;
      const ke = this.blockKey(p);
      const name = this.keyName(ks, ke, out);
      p = ke + 1;
      while (text.charCodeAt(p) === SPACE) p++;
      path.push(name);
      let value: unknown;
      const c = text.charCodeAt(p);
      if (c === NEWLINE || c === HASH || p >= text.length) {
        const line = c === HASH ? this.comment(p) + 1 : c === NEWLINE ? p + 1 : p;
        const q = this.content(line, Infinity);
        const below = q >= 0 && (this.column > col || (this.column === col && this.isDash(q)));
        if (below) {
          value = this.isDash(q) ? this.seq(q, this.column, ks, ke) : this.map(q, this.column, ks, ke);
        } else {
          // An empty value: ends where `emptyValueEnd` says; the next line is the one found above.
          this.emit(KIND.scalar, p, p, ks, ke, 0);
          this.emptyKeys.push({ parent: path.slice(0, -1), key: name });
          this.end = emptyValueEnd(text, p);
          this.next = q;
          value = null;
        }
      } else {
        value = this.inline(p, ks, ke, col);
        if (value === null) this.emptyKeys.push({ parent: path.slice(0, -1), key: name });
      }
      path.pop();
      out[name] = value;
      const q = this.next;
      if (q < 0 || this.column < col) break;
      if (this.column > col || this.isDash(q)) bail();
      p = q;
    }
    this.out.close(at, this.end);
    return out;
  }

  /**
   * A block sequence whose first `-` is at `p`, at column `col`. Leaves `next`/`column` at the first line after it
   * (a line at `col` that is no item is its parent mapping's next key, or a mistake the parent finds).
   */
  private seq(p: number, col: number, keyStart: number, keyEnd: number): unknown[] {
    const { text, path } = this;
    const at = this.collection(KIND.seq, p, keyStart, keyEnd, 0);
    const out: unknown[] = [];
    for (let i = 0; ; i++) {
      p++;
      if (text.charCodeAt(p) !== SPACE) bail();
      while (text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (c === NEWLINE || c === HASH || p >= text.length || this.isDash(p)) bail();
      path.push(i);
      let value: unknown;
      if (c !== DQUOTE && c !== SQUOTE && c !== LBRACE && c !== LBRACKET && this.keyAhead(p)) {
        // `- name: …`: a mapping whose keys stand where its first does.
        const line = text.lastIndexOf('\n', p - 1) + 1;
        value = this.map(p, p - line, -1, -1);
      } else {
        value = this.inline(p, -1, -1, col);
        // The js-yaml path finds an item by its value, which a NaN is not equal to.
        if (value === null || Number.isNaN(value)) bail();
      }
      path.pop();
      out.push(value);
      const q = this.next;
      if (q < 0 || this.column < col || (this.column === col && !this.isDash(q))) break;
      if (this.column > col) bail();
      p = q;
    }
    this.out.close(at, this.end);
    return out;
  }

  /** Whether a `-` at `p` opens a block sequence item. */
  private isDash(p: number): boolean {
    const { text } = this;
    if (text.charCodeAt(p) !== DASH) return false;
    const c = text.charCodeAt(p + 1);
    return c === SPACE || c === NEWLINE || p + 1 >= text.length;
  }

  /** Whether the plain scalar at `p` is a block mapping's key (a `:` before a space or the line's end on its line). */
  private keyAhead(p: number): boolean {
    const { text } = this;
    const n = text.length;
    for (let i = p; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) return false;
      if (c === COLON) {
        const d = text.charCodeAt(i + 1);
        if (d === SPACE || d === NEWLINE || i + 1 >= n) return true;
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  /** A block mapping's plain key at `p`: where its `:` is. */
  private blockKey(p: number): number {
    const { text } = this;
    const n = text.length;
    const first = text.charCodeAt(p);
    if (cannotStartPlain(first) || this.isDash(p)) bail();
    for (let i = p; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        const d = text.charCodeAt(i + 1);
        if (d === SPACE || d === NEWLINE || i + 1 >= n) {
          if (text.charCodeAt(i - 1) === SPACE || i - p > 1000) bail();
          return i;
        }
      } else if (c === NEWLINE || c === HASH || refused(text, i, c)) bail();
    }
    return bail();
  }

  /**
   * A key's name: a plain scalar both schemas read as a string, not `__proto__`, not already in the mapping. The
   * names already read are kept by a hash of their length and three of their characters: a budget's keys are a few
   * dozen names written over and over, and a string cut out for each was garbage at once.
   */
  private keyName(start: number, end: number, out: Record<string, unknown>): string {
    const { text, names } = this;
    const n = end - start;
    const slot = (n * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 3 + text.charCodeAt(start + (n >> 1))) & (names.length - 1);
    let name = names[slot];
    if (name === undefined || name.length !== n || !text.startsWith(name, start)) {
      name = text.slice(start, end);
      if (plainValue(name) !== name || name === '__proto__') bail();
      names[slot] = name;
    }
    if (Object.prototype.hasOwnProperty.call(out, name)) bail();
    return name;
  }

  /**
   * A value on the line of its key or its `-` (at `p`): a scalar or a flow collection, and its line's end. Leaves
   * `end` past its line and `next`/`column` at the next content line; comment lines between indented past `col`
   * are not read.
   */
  private inline(p: number, keyStart: number, keyEnd: number, col: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(p);
    let value: unknown;
    let end: number;
    if (c === LBRACE || c === LBRACKET) {
      value = c === LBRACE ? this.flowMap(p, keyStart, keyEnd) : this.flowSeq(p, keyStart, keyEnd);
      end = this.end;
    } else if (c === DQUOTE || c === SQUOTE) {
      end = this.quoted(p);
      value = this.quotedValue(p, end);
      this.emit(KIND.scalar, p, end, keyStart, keyEnd, 0);
    } else {
      end = this.plainEnd(p, false);
      const s = text.slice(p, end);
      value = plainValue(s);
      if (value === DISAGREE) bail();
      this.emit(KIND.scalar, p, end, keyStart, keyEnd, 0);
    }
    // The rest of the line: spaces, a comment, the line break.
    let q = end;
    while (text.charCodeAt(q) === SPACE) q++;
    const d = text.charCodeAt(q);
    if (d === HASH && q > end) q = this.comment(q);
    else if (d !== NEWLINE && q < text.length) bail();
    if (q < text.length) q++;
    this.end = q;
    this.next = this.content(q, col);
    return value;
  }

  /**
   * Where a plain scalar at `p` ends, its trailing spaces left out: at the line's end or a comment; in a flow
   * collection also before `,[]{}` or a `:` before a space. A `:` before a space in a block scalar would be a key: not read.
   */
  private plainEnd(p: number, inFlow: boolean): number {
    const { text } = this;
    const n = text.length;
    const first = text.charCodeAt(p);
    if (cannotStartPlain(first)) bail();
    if (first === DASH) {
      const d = text.charCodeAt(p + 1);
      if (d === SPACE || d === NEWLINE || p + 1 >= n || (inFlow && isFlowIndicator(d))) bail();
    }
    let last = p;
    let i = p;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === NEWLINE) break;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        if (inFlow) bail();
        break;
      }
      if (c === COLON) {
        const d = text.charCodeAt(i + 1);
        if (d === SPACE || d === NEWLINE || i + 1 >= n) {
          if (!inFlow) bail();
          break;
        }
        if (inFlow && isFlowIndicator(d)) bail();
      } else if (inFlow && isFlowIndicator(c)) break;
      else if (refused(text, i, c)) bail();
      last = i + 1;
    }
    if (inFlow && (i >= n || text.charCodeAt(i) === NEWLINE)) bail();
    return last;
  }

  /** A one-line quoted scalar at `p`: where it ends, past its closing quote (no backslash escapes: the pre-scan refuses them). */
  private quoted(p: number): number {
    const { text } = this;
    const n = text.length;
    const q = text.charCodeAt(p);
    for (let i = p + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === q) {
        if (q === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
      if (c === NEWLINE || refused(text, i, c)) bail();
    }
    return bail();
  }

  private quotedValue(start: number, end: number): string {
    const inner = this.text.slice(start + 1, end - 1);
    return this.text.charCodeAt(start) === SQUOTE && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
  }

  /** A flow mapping on one line, its `{` at `p`: `end` left just past its `}`. */
  private flowMap(p: number, keyStart: number, keyEnd: number): Record<string, unknown> {
    const { text, path } = this;
    const at = this.collection(KIND.map, p, keyStart, keyEnd, 1);
    const out: Record<string, unknown> = {};
    p++;
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === RBRACE) bail();
    for (;;) {
      const ks = p;
      const ke = this.plainEnd(p, true);
      if (text.charCodeAt(ke) !== COLON || text.charCodeAt(ke + 1) !== SPACE) bail();
      const name = this.keyName(ks, ke, out);
      p = ke + 2;
      while (text.charCodeAt(p) === SPACE) p++;
      path.push(name);
      const value = this.flowValue(p, ks, ke);
      path.pop();
      out[name] = value;
      p = this.end;
      while (text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (c === RBRACE) break;
      if (c !== COMMA) bail();
      p++;
      while (text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) === RBRACE) bail();
    }
    this.end = p + 1;
    this.out.close(at, p + 1);
    return out;
  }

  /** A flow sequence on one line, its `[` at `p`: `end` left just past its `]`. */
  private flowSeq(p: number, keyStart: number, keyEnd: number): unknown[] {
    const { text, path } = this;
    const at = this.collection(KIND.seq, p, keyStart, keyEnd, 1);
    const out: unknown[] = [];
    p++;
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === RBRACKET) bail();
    for (let i = 0; ; i++) {
      path.push(i);
      const value = this.flowValue(p, -1, -1);
      if (Number.isNaN(value)) bail();
      out.push(value);
      path.pop();
      p = this.end;
      while (text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (c === RBRACKET) break;
      // A `:` here would make the item a mapping of one pair.
      if (c !== COMMA) bail();
      p++;
      while (text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) === RBRACKET) bail();
    }
    this.end = p + 1;
    this.out.close(at, p + 1);
    return out;
  }

  /** A value in a flow collection at `p`, not null: `end` left just past it. */
  private flowValue(p: number, keyStart: number, keyEnd: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === LBRACE) return this.flowMap(p, keyStart, keyEnd);
    if (c === LBRACKET) return this.flowSeq(p, keyStart, keyEnd);
    let end: number;
    let value: unknown;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quoted(p);
      value = this.quotedValue(p, end);
    } else {
      end = this.plainEnd(p, true);
      value = plainValue(text.slice(p, end));
      if (value === DISAGREE || value === null) bail();
    }
    this.emit(KIND.scalar, p, end, keyStart, keyEnd, 0);
    this.end = end;
    return value;
  }
}

/**
 * Where an empty value (`goal:`) that starts at `p` ends, as `yaml` counts it for the collection it closes: right
 * after the colon and its spaces; but when comments follow (on its line, or on the lines after it, blank lines
 * between), at the first line that is neither a comment nor blank. (Unlike a value written out, whose end takes its
 * line break.) Both fast paths end empty values here.
 */
export function emptyValueEnd(text: string, p: number): number {
  let commented = text.charCodeAt(p) === HASH;
  let line = commented ? pastComment(text, p) : text.charCodeAt(p) === NEWLINE ? p + 1 : p;
  for (;;) {
    let q = line;
    while (text.charCodeAt(q) === SPACE) q++;
    if (text.charCodeAt(q) === HASH) {
      commented = true;
      line = pastComment(text, q);
    } else if (text.charCodeAt(q) === NEWLINE) line = q + 1;
    else return commented ? line : p;
  }
}

/** Past a comment at `p` and its line break. */
function pastComment(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl + 1;
}

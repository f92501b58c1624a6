import type { YamlPath } from './source';
import { plainValueLength, type LineIndex, type Span } from './text';

/**
 * Where a cursor stands while the user types, read from the lines above it
 * rather than from the parse: a half-typed key is rarely valid YAML, but its
 * indentation still tells which mapping it goes into.
 */
export type Site =
  /**
   * Typing a key at `column` of the mapping at `map` (a new list item's first
   * key when `newItem`; -1 inside a flow mapping); `map` is a list's path on
   * a line below a list key that has no `- ` yet.
   */
  | {
    readonly kind: 'key'; readonly map: YamlPath; readonly present: readonly string[]; readonly column: number; readonly newItem: boolean; readonly prefix: Span;
    /** The whole key the cursor is in (what typed before it and what follows), which a pick replaces. */
    readonly word: Span;
    /** Whether a colon already follows that key (a pick then writes the key alone). */
    readonly colon: boolean;
  }
  /** Typing the value of `path` (after `key: `, in a flow mapping, or a list item); `word`: the whole value the cursor is in. */
  | { readonly kind: 'value'; readonly path: YamlPath; readonly prefix: Span; readonly word: Span };

interface Shape {
  /** Column of a leading `- `, if any. */
  readonly dash?: number;
  /** Column where the content after indentation and dash starts. */
  readonly content: number;
  readonly key?: string;
  /** Text after `key:` (comments included). */
  readonly rest?: string;
}

const KEY = /^([A-Za-z_$][\w$]*)[ \t]*:(?=\s|$)(.*)$/;

function shape(line: string): Shape | undefined {
  const indent = /^ */.exec(line)![0].length;
  let content = indent;
  let dash: number | undefined;
  const d = /^- +|^-$/.exec(line.slice(indent));
  if (d) {
    dash = indent;
    content = indent + d[0].length;
  }
  const body = line.slice(content);
  if (dash === undefined && (body.trim() === '' || body.startsWith('#'))) return undefined;
  const k = KEY.exec(body);
  return { ...(dash !== undefined ? { dash } : {}), content, ...(k ? { key: k[1]!, rest: k[2]! } : {}) };
}

/**
 * The document's lines as the cursor reads them, one at a time (a byte order mark no part of the first): the
 * mapping at a cursor deep in a long list is found from thousands of lines above it, most of them too deeply
 * indented to matter, and splitting a 3 MB text into lines took most of a completion's time.
 */
interface Lines {
  readonly count: number;
  text(line: number): string;
  /** The spaces a line starts with (`shape`'s indentation), read without cutting the line out. */
  indent(line: number): number;
}

function linesOf(index: LineIndex): Lines {
  const { text } = index;
  const start = (line: number) => (line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : index.lineStart(line));
  return {
    count: index.lineCount,
    text: (line) => text.slice(start(line), index.lineEnd(line)),
    indent: (line) => {
      const from = start(line);
      let at = from;
      while (text.charCodeAt(at) === 32) at++;
      return at - from;
    },
  };
}

/**
 * The path of the mapping whose keys stand at `column`, found from the lines
 * above `line`; `dash` when `line` itself opens a list item there.
 */
function containerAt(lines: Lines, line: number, column: number, dash: number | undefined): YamlPath | undefined {
  const path: (string | number)[] = [];
  let mode: 'map' | 'seq' = dash === undefined ? 'map' : 'seq';
  let c = dash ?? column;
  let index = 0;
  for (let i = line - 1; i >= 0; i--) {
    // A line indented past the column read is inside an entry there (indented to it, in a mapping): passed over as `shape` would be.
    const indent = lines.indent(i);
    if (mode === 'map' ? indent >= c : indent > c) continue;
    const s = shape(lines.text(i));
    if (!s) continue;
    if (mode === 'map') {
      if (s.key !== undefined && s.content === c) {
        if (s.dash !== undefined) [mode, c, index] = ['seq', s.dash, 0];
        continue;
      }
      if (s.content >= c && !(s.dash !== undefined && s.dash < c)) continue;
      if (s.key === undefined || s.content > c) return undefined;
      path.unshift(s.key);
      [mode, c] = ['map', s.content];
      if (s.dash !== undefined) [mode, c, index] = ['seq', s.dash, 0];
    } else {
      if (s.dash === c) {
        index++;
        continue;
      }
      if (s.content > c) continue;
      if (s.key === undefined || (s.dash !== undefined && s.content >= c)) return undefined;
      path.unshift(s.key, index);
      [mode, c] = ['map', s.content];
      if (s.dash !== undefined) [mode, c, index] = ['seq', s.dash, 0];
    }
  }
  return mode === 'map' && c === 0 ? path : undefined;
}

/** Keys at `column` of the same mapping, above and below `line`. */
function presentKeys(lines: Lines, line: number, column: number, newItem: boolean): string[] {
  const keys: string[] = [];
  // Lines indented past the column are inside its entries: neither a key there nor the mapping's end.
  for (let i = line - 1; i >= 0 && !newItem; i--) {
    if (lines.indent(i) > column) continue;
    const s = shape(lines.text(i));
    if (!s || s.content > column) continue;
    if (s.content < column) break;
    if (s.key !== undefined) keys.push(s.key);
    if (s.dash !== undefined) break;
  }
  for (let i = line + 1; i < lines.count; i++) {
    if (lines.indent(i) > column) continue;
    const s = shape(lines.text(i));
    if (!s) continue;
    if (s.content < column || (s.dash !== undefined && s.dash < column)) break;
    if (s.content === column && s.key !== undefined) keys.push(s.key);
  }
  return keys;
}

const FLOW_KEY = /[{,]\s*([A-Za-z_$][\w$]*)\s*:\s*([^,{}[\]]*)$/;

export function siteAt(lines: LineIndex, offset: number): Site | undefined {
  const position = lines.position(offset);
  // A byte order mark is no part of the first line's indentation or key.
  const all = linesOf(lines);
  const before = lines.text.slice(lines.lineStart(position.line), offset).replace(/^\uFEFF/, '');
  const after = all.text(position.line).slice(before.length);
  const word = (length: number): Span => ({ start: offset - length, end: offset });
  // What a key the cursor is in goes on with after it, and whether its colon is already written.
  const keyRest = /^[\w$]*/.exec(after)![0];
  const colon = /^[ \t]*:/.test(after.slice(keyRest.length));
  const wholeKey = (typed: number): Span => ({ start: offset - typed, end: offset + keyRest.length });

  const key = /^( *)(- +)?([A-Za-z_$][\w$]*)?$/.exec(before);
  if (key) {
    const dash = key[2] ? key[1]!.length : undefined;
    const column = key[1]!.length + (key[2]?.length ?? 0);
    const map = containerAt(all, position.line, column, dash);
    if (!map) return undefined;
    const typed = key[3]?.length ?? 0;
    return { kind: 'key', map, present: presentKeys(all, position.line, column, dash !== undefined), column, newItem: dash !== undefined, prefix: word(typed), word: wholeKey(typed), colon };
  }

  const entry = /^( *)(- +)?(?:([A-Za-z_$][\w$]*)[ \t]*:[ \t]+)?(.*)$/.exec(before);
  if (!entry) return undefined;
  const dash = entry[2] ? entry[1]!.length : undefined;
  const column = entry[1]!.length + (entry[2]?.length ?? 0);
  const map = containerAt(all, position.line, column, dash);
  if (!map) return undefined;
  const value = entry[4]!;
  let path: YamlPath = entry[3] ? [...map, entry[3]] : map;
  if (!entry[3] && !dash) return undefined;
  const flow = FLOW_KEY.exec(value);
  if (flow && /^[{[]/.test(value)) {
    path = [...path, flow[1]!];
    const typed = flow[2]!.trimStart().length;
    // A value in a flow mapping runs to the next `,` or closing bracket.
    return { kind: 'value', path, prefix: word(typed), word: { start: offset - typed, end: offset + plainValueLength(after, true) } };
  }
  const flowKey = /^\{(?:.*,)?\s*([A-Za-z_$][\w$]*)?$/.exec(value);
  if (flowKey && !/[[\]{}]/.test(value.slice(1))) {
    const present = [...value.matchAll(/([A-Za-z_$][\w$]*)\s*:/g)].map((m) => m[1]!);
    const typed = flowKey[1]?.length ?? 0;
    return { kind: 'key', map: path, present, column: -1, newItem: false, prefix: word(typed), word: wholeKey(typed), colon };
  }
  if (/^[{[]/.test(value)) return undefined;
  // A value in block context runs to a comment or the end of the line.
  return { kind: 'value', path, prefix: word(value.length), word: { start: offset - value.length, end: offset + plainValueLength(after, false) } };
}


import { parse } from 'yaml';

/**
 * The imported document as it will be written: mappings in the order their
 * keys were read, figures as the source wrote them (`587.00` keeps its
 * precision), and comments where a piece of the source was kept as text.
 */
export class Num {
  constructor(readonly text: string) {}
}

export type Node = string | Num | Node[] | Mapping;

export class Mapping {
  readonly entries = new Map<string, Node>();
  /** Written before the first key: what the import kept here without a key to put it in. */
  readonly comments: string[] = [];
  /** Short mappings of scalars (grades, sources) read better on one line. */
  constructor(readonly flow = false) {}

  get(key: string): Node | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: Node): void {
    this.entries.set(key, value);
  }

  /** The mapping at `key`, made when it is not there yet. */
  child(key: string, flow = false): Mapping {
    const found = this.entries.get(key);
    if (found instanceof Mapping) return found;
    const made = new Mapping(flow);
    this.entries.set(key, made);
    return made;
  }

  list(key: string): Node[] {
    const found = this.entries.get(key);
    if (Array.isArray(found)) return found;
    const made: Node[] = [];
    this.entries.set(key, made);
    return made;
  }
}

const isScalar = (n: Node): n is string | Num => typeof n === 'string' || n instanceof Num;

/** A string as a plain scalar when YAML reads it back as the same string, else double-quoted. */
export function scalar(s: string, flow: boolean): string {
  const plain = s.length > 0
    && s === s.trim()
    && !/[\n\r\t]/.test(s)
    && !/: |:$| #/.test(s)
    && !/^[!&*|>'"%@`#,[\]{}?:]/.test(s)
    && !/^- |^-$/.test(s)
    // Dates and times stay text to every YAML reader (1.1 reads 2017-12-31 as a date).
    && !/^\d{4}-\d{1,2}-\d{1,2}|^\d+:\d/.test(s)
    && !(flow && /[,[\]{}]/.test(s));
  if (plain) {
    try {
      if (parse(s) === s) return s;
    } catch {
      // Not plain YAML: quoted below.
    }
  }
  return JSON.stringify(s);
}

function inline(n: Node, flow = true): string {
  if (typeof n === 'string') return scalar(n, flow);
  if (n instanceof Num) return n.text;
  if (Array.isArray(n)) return `[${n.map((x) => inline(x)).join(', ')}]`;
  return `{ ${[...n.entries].map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
}

/** Whether a node is written on one line: scalars, flow mappings of scalars, lists of short scalars. */
function oneLine(n: Node): boolean {
  if (isScalar(n)) return true;
  if (Array.isArray(n)) return n.length > 0 && n.every((x) => typeof x === 'string' && x.length <= 12);
  return n.flow && n.comments.length === 0 && n.entries.size > 0 && [...n.entries.values()].every((v) => isScalar(v) || (v instanceof Mapping && oneLine(v)));
}

const comment = (indent: string, text: string): string[] => text.split(/\r\n|\r|\n/).map((l) => `${indent}# ${l}`.trimEnd());

function writeMapping(m: Mapping, indent: string, out: string[], firstPrefix?: string): void {
  let first = firstPrefix !== undefined;
  const lead = () => {
    if (first) {
      first = false;
      return firstPrefix!;
    }
    return indent;
  };
  for (const c of m.comments) {
    for (const line of comment(indent, c)) out.push(first ? (first = false, `${firstPrefix}${line.slice(indent.length)}`) : line);
  }
  for (const [key, value] of m.entries) {
    const at = lead();
    if (oneLine(value)) {
      out.push(`${at}${key}: ${inline(value, !isScalar(value))}`);
    } else if (Array.isArray(value)) {
      if (value.length === 0) {
        out.push(`${at}${key}: []`);
        continue;
      }
      out.push(`${at}${key}:`);
      writeList(value, `${indent}  `, out);
    } else {
      out.push(`${at}${key}:`);
      writeMapping(value as Mapping, `${indent}  `, out);
    }
  }
  if (first) out.push(`${firstPrefix!}{}`);
}

function writeList(list: readonly Node[], indent: string, out: string[]): void {
  for (const item of list) {
    if (item instanceof Mapping && !oneLine(item)) writeMapping(item, `${indent}  `, out, `${indent}- `);
    else out.push(`${indent}- ${inline(item, !isScalar(item))}`);
  }
}

/** The document's YAML text, with a header comment; sections apart by an empty line. */
export function emit(root: Mapping, header: readonly string[]): string {
  const out: string[] = header.flatMap((h) => comment('', h));
  for (const c of root.comments) out.push(...comment('', c));
  for (const [key, value] of root.entries) {
    const one = new Mapping();
    one.set(key, value);
    if (value instanceof Mapping && out.length > 0) out.push('');
    writeMapping(one, '', out);
  }
  return out.join('\n') + '\n';
}

import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Span } from './text';

/** A YAML path: keys and sequence indices from the document root. */
export type YamlPath = readonly (string | number)[];

/** `performance.activities[9].children[0].budget` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

export type NodeKind = 'scalar' | 'map' | 'seq' | 'alias';

/** Where one value of the document stands in the text. */
export interface SourceNode {
  readonly path: YamlPath;
  readonly kind: NodeKind;
  /** The value itself: a scalar's token, or a whole collection. */
  readonly value: Span;
  /** The key that names this value, for map entries. */
  readonly key?: Span;
  /** A scalar as written, quotes included. */
  readonly raw?: string;
  readonly flow?: boolean;
}

/**
 * One part re-read after an edit: `node` is its new tree (offsets into the
 * new text); parts that started at or after `at` (the edit's end, before the
 * edit) move by `delta`.
 */
export interface Moved {
  readonly from: SourceMap;
  readonly path: YamlPath;
  readonly node: YamlNode;
  readonly at: number;
  readonly delta: number;
}

/**
 * Every value of a parsed document by its path, so that findings point at
 * the exact node, and decimals can be read as written.
 *
 * Nodes are kept in parts: one per top-level section, per `performance` key
 * and per top-level activity, each with the offset it has moved by since it
 * was read. An edit inside one activity re-reads that part alone and moves
 * the parts after it (see incremental.ts); the containers around it, the
 * spine, only grow or shrink at their end.
 */
export class SourceMap {
  private readonly parts: Map<string, Map<string, SourceNode>>;
  private readonly shifts: ReadonlyMap<string, number>;
  private readonly spineShift: number;

  constructor(readonly text: string, root: YamlNode | null | undefined, moved?: Moved) {
    if (!moved) {
      this.parts = new Map();
      this.shifts = new Map();
      this.spineShift = 0;
      if (root) this.visit(root, [], undefined);
      return;
    }
    const { from, path, node, at, delta } = moved;
    const part = SourceMap.partOf(path);
    this.parts = new Map(from.parts);
    const shifts = new Map<string, number>();
    for (const [id, nodes] of from.parts) {
      if (id === SPINE || id === part) continue;
      const shift = from.shifts.get(id) ?? 0;
      const first = nodes.values().next().value;
      shifts.set(id, first && first.value.start + shift >= at ? shift + delta : shift);
    }
    this.shifts = shifts;
    this.spineShift = from.spineShift + delta;
    this.parts.delete(part);
    this.visit(node, path, undefined);
  }

  /** A map of the given nodes (parents before children, in document order, as a walk of the tree finds them). */
  static of(text: string, nodes: readonly SourceNode[]): SourceMap {
    const map = new SourceMap(text, null);
    for (const node of nodes) map.set(node);
    return map;
  }

  /** Every node, part by part (for tests). */
  *all(): Generator<SourceNode> {
    for (const nodes of this.parts.values()) for (const node of nodes.values()) yield this.get(node.path)!;
  }

  /** How many nodes the part of `path` holds (for a top-level activity: its values, as `maxValues` counts them without aliases). */
  partSize(path: YamlPath): number {
    return this.parts.get(SourceMap.partOf(path))?.size ?? 0;
  }

  /** The part of the document a path belongs to (see the class comment). */
  static partOf(path: YamlPath): string {
    if (path.length === 0 || (path[0] === 'performance' && (path.length === 1 || (path[1] === 'activities' && path.length === 2)))) return SPINE;
    // Ids distinct by construction (a prefix per kind of part), and cheap: every lookup computes one.
    if (path[0] !== 'performance') return `s:${String(path[0])}`;
    return path[1] === 'activities' ? `a:${String(path[2])}` : `p:${String(path[1])}`;
  }

  get(path: YamlPath): SourceNode | undefined {
    const part = SourceMap.partOf(path);
    const node = this.parts.get(part)?.get(formatPath(path));
    if (!node) return undefined;
    if (part === SPINE) return this.spineShift === 0 ? node : { ...node, value: { start: node.value.start, end: node.value.end + this.spineShift } };
    const shift = this.shifts.get(part) ?? 0;
    return shift === 0 ? node : { ...node, value: shifted(node.value, shift), ...(node.key ? { key: shifted(node.key, shift) } : {}) };
  }

  /**
   * The narrowest span that shows a node to the user: a scalar's token; for a
   * collection, the key that names it (or its first line); for a missing
   * node, the nearest ancestor that exists.
   */
  anchor(path: YamlPath): Span {
    for (let n = path.length; n >= 0; n--) {
      const node = this.get(path.slice(0, n));
      if (!node) continue;
      if (n === path.length && node.kind === 'scalar') return node.value;
      if (n === path.length && node.kind === 'alias') return node.value;
      if (node.key) return node.key;
      return this.firstLine(node.value);
    }
    return { start: 0, end: Math.min(this.text.length, this.text.indexOf('\n') < 0 ? this.text.length : this.text.indexOf('\n')) };
  }

  /** The span of a node's key if it has one, else its anchor. */
  keyOrAnchor(path: YamlPath): Span {
    return this.get(path)?.key ?? this.anchor(path);
  }

  private firstLine(span: Span): Span {
    const nl = this.text.indexOf('\n', span.start);
    const end = nl < 0 || nl > span.end ? span.end : nl;
    let trimmed = end;
    while (trimmed > span.start && /\s/.test(this.text[trimmed - 1]!)) trimmed--;
    return { start: span.start, end: Math.max(trimmed, span.start) };
  }

  private set(node: SourceNode): void {
    const part = SourceMap.partOf(node.path);
    let nodes = this.parts.get(part);
    if (!nodes) this.parts.set(part, (nodes = new Map()));
    nodes.set(formatPath(node.path), node);
  }

  private visit(node: YamlNode, path: YamlPath, key: Span | undefined): void {
    const value = spanOf(node);
    if (!value) return;
    if (isScalar(node)) {
      this.set({ path, kind: 'scalar', value, key, raw: this.text.slice(value.start, value.end) });
      return;
    }
    if (isAlias(node)) {
      this.set({ path, kind: 'alias', value, key });
      return;
    }
    if (isMap(node)) {
      this.set({ path, kind: 'map', value, key, flow: !!node.flow });
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === undefined) continue;
        const keySpan = spanOf(k as YamlNode);
        if (pair.value) this.visit(pair.value as YamlNode, [...path, name], keySpan);
        else if (keySpan) this.set({ path: [...path, name], kind: 'scalar', value: { start: keySpan.end, end: keySpan.end }, key: keySpan, raw: '' });
      }
      return;
    }
    if (isSeq(node)) {
      this.set({ path, kind: 'seq', value, key, flow: !!node.flow });
      node.items.forEach((item, i) => {
        if (item) this.visit(item as YamlNode, [...path, i], undefined);
      });
    }
  }
}

const SPINE = '';

function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function spanOf(node: YamlNode | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

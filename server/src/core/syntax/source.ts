import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { detached, type Span } from './text';

/** A YAML path: keys and sequence indices from the document root. */
export type YamlPath = readonly (string | number)[];

/** `performance.activities[9].children[0].budget` */
/** The value at a path of plain data (undefined where the path leaves it). */
export function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** Whether `path` is `prefix` or lies below it. */
export function startsWith(path: YamlPath, prefix: YamlPath): boolean {
  if (path.length < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (path[k] !== prefix[k]) return false;
  return true;
}

/** `path` and one more part (a copy: several times faster than `concat`, which builds a path per value of a document). */
export function extend(path: YamlPath, part: string | number): (string | number)[] {
  const n = path.length;
  const out = new Array<string | number>(n + 1);
  for (let i = 0; i < n; i++) out[i] = path[i]!;
  out[n] = part;
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
  /** The root, `performance` and its `activities` list. */
  private readonly spine: Part;
  private readonly spineShift: number;
  /** Top-level sections and `performance` keys, by id (`s:overview`, `p:dutyGoals`). */
  private readonly others: Map<string, Part | FlatPart | PatchedPart>;
  private readonly otherShifts: ReadonlyMap<string, number>;
  /** Top-level activities by index, with where each started when read and how far it has moved since. */
  private readonly activities: (Part | FlatPart | undefined)[];
  private readonly activityStarts: number[];
  private readonly activityShifts: number[];
  /** Whether this map was made by moving another (its own nodes come from one part read again). */
  private readonly moved: boolean;

  constructor(readonly text: string, root: YamlNode | null | undefined, moved?: Moved) {
    this.moved = !!moved;
    if (!moved) {
      this.spine = new Part();
      this.spineShift = 0;
      this.others = new Map();
      this.otherShifts = new Map();
      this.activities = [];
      this.activityStarts = [];
      this.activityShifts = [];
      if (root) this.visit(root, [], undefined);
      return;
    }
    const { from, path, node, at, delta } = moved;
    this.spine = from.spine;
    this.spineShift = from.spineShift + delta;
    const replaced = activityIndex(path);
    const id = replaced === undefined ? otherId(path) : undefined;
    this.others = new Map(from.others);
    const shifts = new Map<string, number>();
    for (const [other, nodes] of from.others) {
      if (other === id) continue;
      const shift = from.otherShifts.get(other) ?? 0;
      const first = nodes.first();
      shifts.set(other, first && first.value.start + shift >= at ? shift + delta : shift);
    }
    this.otherShifts = shifts;
    // A subtree inside a section (a table's row): the section keeps its other nodes, moved where they now stand.
    const base = id === undefined ? undefined : from.others.get(id);
    if (base && path.length > (path[0] === 'performance' ? 2 : 1)) {
      const own = new Part();
      this.visit(node, path, undefined, own);
      shifts.set(id!, 0);
      this.others.set(id!, PatchedPart.over(base, from.otherShifts.get(id!) ?? 0, path, own, at, delta));
      this.activities = from.activities;
      this.activityStarts = from.activityStarts;
      this.activityShifts = from.activityShifts.map((shift, k) => (from.activities[k] && from.activityStarts[k]! + shift >= at ? shift + delta : shift));
      return;
    }
    this.activities = from.activities.slice();
    this.activityStarts = from.activityStarts.slice();
    this.activityShifts = from.activityShifts.slice();
    for (let k = 0; k < this.activities.length; k++) {
      if (this.activities[k] && this.activityStarts[k]! + this.activityShifts[k]! >= at) this.activityShifts[k]! += delta;
    }
    if (replaced !== undefined) {
      this.activities[replaced] = undefined;
      this.activityShifts[replaced] = 0;
    } else if (id !== undefined) this.others.delete(id);
    this.visit(node, path, undefined);
  }

  /**
   * A map of a fast-path read (fast-parse.ts): the top-level activities stay in the flat arrays they were read
   * into, each looked up there when asked for; the few nodes around them are kept as nodes.
   */
  static ofFlat(flat: FlatNodes, activities: readonly number[]): SourceMap {
    const map = new SourceMap(flat.text, null);
    activities.forEach((root, i) => {
      map.activities[i] = new FlatPart(flat, root, ['performance', 'activities', i]);
      map.activityStarts[i] = flat.start[root]!;
      map.activityShifts[i] = 0;
    });
    const apart = new Set(activities);
    // The sections too (a collection each, under the root or `performance`): the standard tables alone hold tens of
    // thousands of cells, and a node built for each was most of this map's time and allocation.
    const sections = (n: number, path: YamlPath) => {
      for (let c = n + 1; c < flat.end[n]!; c = flat.end[c]!) {
        const at = extend(path, flat.name[c]!);
        if (isSpine(at) || (flat.kind[c] !== KIND.map && flat.kind[c] !== KIND.seq)) continue;
        map.others.set(otherId(at), new FlatPart(flat, c, at));
        apart.add(c);
      }
    };
    if (flat.count > 0 && flat.kind[0] === KIND.map) {
      sections(0, []);
      const performance = flat.find(0, ['performance'], 0);
      if (performance >= 0 && flat.kind[performance] === KIND.map) sections(performance, ['performance']);
    }
    for (const node of flat.nodes(0, [], (n) => !apart.has(n))) map.set(node);
    return map;
  }

  /**
   * The nodes directly under a collection, in document order: what hover and the outline walk down through, the
   * `yaml` tree not being kept. Under the spine they come from several parts (sections, `performance` keys, top-level
   * activities), in the order they stand in the text.
   */
  children(path: YamlPath): SourceNode[] {
    if (!isSpine(path)) {
      const part = this.partOf(path);
      return part ? part.childNames(path).map((name) => this.get(extend(path, name))!) : [];
    }
    const under = (p: YamlPath) => p.length === path.length + 1 && samePath(p.slice(0, -1), path);
    const paths: YamlPath[] = [];
    for (const node of this.spine.values()) if (under(node.path)) paths.push(node.path);
    for (const part of this.others.values()) {
      const top = part.first();
      if (top && under(top.path)) paths.push(top.path);
    }
    if (path.length === 2) this.activities.forEach((part, i) => part && paths.push(extend(path, i)));
    const nodes = paths.map((p) => this.get(p)!);
    return nodes.sort((a, b) => (a.key ?? a.value).start - (b.key ?? b.value).start);
  }

  /**
   * Every node in document order, parents before their children (as a walk of the tree would meet them); with
   * `leaves: 'blocks'`, of the nodes that are not collections only block scalars (`|`, `>`), which fold.
   */
  *walk(leaves: Leaves = 'all'): Generator<SourceNode> {
    const root = this.get([]);
    if (!root) return;
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind !== 'map' && node.kind !== 'seq') {
        if (leaves === 'all' || isBlockScalar(node)) yield node;
        continue;
      }
      if (isSpine(node.path)) {
        yield node;
        const children = this.children(node.path);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        continue;
      }
      // The top of a part: the part is its subtree, in document order.
      const shift = this.shiftOf(node.path);
      for (const n of this.partOf(node.path)!.values(leaves)) yield movedBy(n, shift);
    }
  }

  /** How many nodes the part of `path` holds (for a top-level activity: its values, as `maxValues` counts them without aliases). */
  partSize(path: YamlPath): number {
    return this.partOf(path)?.size ?? 0;
  }

  get(path: YamlPath): SourceNode | undefined {
    const node = this.partOf(path)?.get(path);
    if (!node) return undefined;
    if (isSpine(path)) return this.spineShift === 0 ? node : { ...node, value: { start: node.value.start, end: node.value.end + this.spineShift } };
    return movedBy(node, this.shiftOf(path));
  }

  /** A scalar as written, quotes included (offsets play no part: nothing is moved or copied). */
  raw(path: YamlPath): string | undefined {
    return this.partOf(path)?.raw(path);
  }

  private partOf(path: YamlPath): Part | FlatPart | PatchedPart | undefined {
    if (isSpine(path)) return this.spine;
    const i = activityIndex(path);
    return i === undefined ? this.others.get(otherId(path)) : this.activities[i];
  }

  private shiftOf(path: YamlPath): number {
    const i = activityIndex(path);
    return i === undefined ? this.otherShifts.get(otherId(path)) ?? 0 : this.activityShifts[i] ?? 0;
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

  private set(node: SourceNode, into?: Part): void {
    const { path } = node;
    let nodes: Part | FlatPart | PatchedPart | undefined;
    if (into) nodes = into;
    else if (isSpine(path)) nodes = this.spine;
    else {
      const i = activityIndex(path);
      if (i === undefined) {
        const id = otherId(path);
        nodes = this.others.get(id);
        if (nodes instanceof FlatPart || nodes instanceof PatchedPart) throw new Error(`a node added inside a flat part: ${formatPath(path)}`);
        if (!nodes) this.others.set(id, (nodes = new Part()));
      } else {
        nodes = this.activities[i];
        if (nodes instanceof FlatPart) throw new Error(`a node added inside a flat part: ${formatPath(path)}`);
        if (!nodes) {
          this.activities[i] = nodes = new Part();
          this.activityStarts[i] = node.value.start;
          this.activityShifts[i] = 0;
        }
      }
    }
    nodes.set(node);
  }

  private visit(node: YamlNode, path: YamlPath, key: Span | undefined, into?: Part): void {
    const value = spanOf(node);
    if (!value) return;
    if (isScalar(node)) {
      // A part read again after an edit keeps its own copy, not a slice of this version's whole text.
      this.set({ path, kind: 'scalar', value, key, raw: this.moved ? detached(this.text.slice(value.start, value.end)) : this.text.slice(value.start, value.end) }, into);
      return;
    }
    if (isAlias(node)) {
      this.set({ path, kind: 'alias', value, key }, into);
      return;
    }
    if (isMap(node)) {
      this.set({ path, kind: 'map', value, key, flow: !!node.flow }, into);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === undefined) continue;
        const keySpan = spanOf(k as YamlNode);
        if (pair.value) this.visit(pair.value as YamlNode, extend(path, name), keySpan, into);
        else if (keySpan) this.set({ path: extend(path, name), kind: 'scalar', value: { start: keySpan.end, end: keySpan.end }, key: keySpan, raw: '' }, into);
      }
      return;
    }
    if (isSeq(node)) {
      this.set({ path, kind: 'seq', value, key, flow: !!node.flow }, into);
      node.items.forEach((item, i) => {
        if (item) this.visit(item as YamlNode, extend(path, i), undefined, into);
      });
    }
  }
}

/**
 * The nodes of one part by path. Keyed by a number hashed from the path (a
 * path's string would be an allocation per look-up, and the keys of a large
 * document tens of megabytes); colliding paths share a slot as a list, and a
 * look-up compares the paths themselves.
 */
class Part {
  /** The nodes in the order they were read: document order, parents first. */
  private readonly nodes: SourceNode[] = [];
  /** Where each path's node is in `nodes`, by the path's hash. */
  private readonly slots = new Map<number, number | number[]>();
  /** The nodes under each collection, by its path's hash; worked out on the first walk down through the part. */
  private children: Map<number, SourceNode[]> | undefined;

  get size(): number {
    return this.nodes.length;
  }

  get(path: YamlPath): SourceNode | undefined {
    const at = this.indexOf(path, this.slots.get(pathHash(path)));
    return at === undefined ? undefined : this.nodes[at];
  }

  /** Adds a node, or replaces the one at its path (a key written twice: the later wins, as in the tree). */
  set(node: SourceNode): void {
    const hash = pathHash(node.path);
    const slot = this.slots.get(hash);
    const at = this.indexOf(node.path, slot);
    if (at !== undefined) {
      this.nodes[at] = node;
      return;
    }
    const added = this.nodes.push(node) - 1;
    this.slots.set(hash, slot === undefined ? added : Array.isArray(slot) ? [...slot, added] : [slot, added]);
  }

  raw(path: YamlPath): string | undefined {
    const node = this.get(path);
    return node?.kind === 'scalar' ? node.raw : undefined;
  }

  first(): SourceNode | undefined {
    return this.nodes[0];
  }

  /** In document order, parents first (`leaves`: as `SourceMap.walk` says). */
  *values(leaves: Leaves = 'all'): Generator<SourceNode> {
    for (const node of this.nodes) if (leaves === 'all' || node.kind === 'map' || node.kind === 'seq' || isBlockScalar(node)) yield node;
  }

  /** What the nodes directly under `path` are called, in document order. */
  childNames(path: YamlPath): (string | number)[] {
    if (!this.children) {
      // A part is not changed once read.
      this.children = new Map();
      for (const node of this.nodes) {
        if (node.path.length === 0) continue;
        const parent = pathHash(node.path.slice(0, -1));
        const list = this.children.get(parent);
        if (list) list.push(node);
        else this.children.set(parent, [node]);
      }
    }
    const depth = path.length + 1;
    return (this.children.get(pathHash(path)) ?? []).filter((n) => n.path.length === depth && samePath(n.path.slice(0, -1), path)).map((n) => n.path[path.length]!);
  }

  private indexOf(path: YamlPath, slot: number | number[] | undefined): number | undefined {
    if (slot === undefined) return undefined;
    if (!Array.isArray(slot)) return samePath(this.nodes[slot]!.path, path) ? slot : undefined;
    return slot.find((i) => samePath(this.nodes[i]!.path, path));
  }
}

/** Items of a list up to this index are found by walking the list; past it, by an index of its items. */
const SCAN = 16;

/** Node kinds as `FlatNodes` stores them. */
export const KIND = { scalar: 0, map: 1, seq: 2, alias: 3 } as const satisfies Record<NodeKind, number>;
const KINDS = Object.keys(KIND) as readonly NodeKind[];

/**
 * The nodes of a fast-path read in flat arrays, in document order (parents
 * before children): a node's subtree runs from it up to `end[node]`, and
 * `name` is what its parent calls it (a key or an index). Nothing is
 * allocated per node until someone asks for one: the nodes of a large
 * document were most of what a cold open allocated.
 */
export class FlatNodes {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly kind: Uint8Array,
    readonly start: Int32Array,
    readonly stop: Int32Array,
    /** The key's span, `-1` where the node has no key. */
    readonly keyStart: Int32Array,
    readonly keyEnd: Int32Array,
    readonly flow: Uint8Array,
    readonly end: Int32Array,
    readonly name: readonly (string | number)[],
  ) {}

  /** The nodes directly under a node, by the node: built the first time they are asked for (`itemsOf`, or an item of a list past the first few). */
  private items?: Map<number, Int32Array>;

  /** The node at `path[from…]` below node `n`, or -1. */
  find(n: number, path: YamlPath, from: number): number {
    for (let p = from; p < path.length && n >= 0; p++) {
      const part = path[p]!;
      if (typeof part === 'number' && part >= SCAN && this.kind[n] === KIND.seq) {
        n = this.item(n, part);
        continue;
      }
      const stop = this.end[n]!;
      let found = -1;
      for (let c = n + 1; c < stop; c = this.end[c]!) {
        if (this.name[c] === part) {
          found = c;
          break;
        }
      }
      n = found;
    }
    return n;
  }

  /** The nodes directly under node `n`, in document order (for a list, its items by index), kept once asked for. */
  itemsOf(n: number): Int32Array {
    let at = (this.items ??= new Map()).get(n);
    if (!at) {
      const found: number[] = [];
      for (let c = n + 1; c < this.end[n]!; c = this.end[c]!) found.push(c);
      this.items.set(n, (at = Int32Array.from(found)));
    }
    return at;
  }

  /**
   * Item `i` of list `n`: found by index, not by walking the items before it (a table of 2,000 rows is read row by
   * row, cell by cell, and the walk made that quadratic).
   */
  private item(n: number, i: number): number {
    const at = this.itemsOf(n);
    const c = Number.isInteger(i) && i < at.length ? at[i]! : -1;
    return c >= 0 && this.name[c] === i ? c : -1;
  }

  node(n: number, path: YamlPath): SourceNode {
    const kind = KINDS[this.kind[n]!]!;
    const value = { start: this.start[n]!, end: this.stop[n]! };
    const key = this.keyStart[n]! < 0 ? undefined : { start: this.keyStart[n]!, end: this.keyEnd[n]! };
    return kind === 'scalar' ? { path, kind, value, key, raw: this.text.slice(value.start, value.end) } : { path, kind, value, key, flow: this.flow[n] === 1 };
  }

  /** The subtree of node `n` (at `path`) in document order, leaving out those `keep` refuses, with what is under them. */
  *nodes(n: number, path: YamlPath, keep: (n: number) => boolean = () => true): Generator<SourceNode> {
    const stack: { readonly end: number; readonly path: YamlPath }[] = [];
    const stop = this.end[n]!;
    for (let c = n; c < stop; ) {
      while (stack.length > 0 && c >= stack[stack.length - 1]!.end) stack.pop();
      if (!keep(c)) {
        c = this.end[c]!;
        continue;
      }
      const at = c === n ? path : extend(stack[stack.length - 1]!.path, this.name[c]!);
      yield this.node(c, at);
      stack.push({ end: this.end[c]!, path: at });
      c++;
    }
  }
}

/**
 * The nodes of a fast-path read written as they are read, into the arrays `FlatNodes` is made of: the plain
 * reader's (plain-read.ts) and js-yaml's builder's (fast-parse.ts). A collection's stop and its subtree's end are
 * known once what is under it is read (`close`).
 */
export class FlatWriter {
  private count = 0;
  private kind: Uint8Array;
  private start: Int32Array;
  private stop: Int32Array;
  private keyStart: Int32Array;
  private keyEnd: Int32Array;
  private flow: Uint8Array;
  private end: Int32Array;
  private readonly name: (string | number)[] = [];

  /** `capacity`: the nodes expected; the arrays are doubled when it is short. */
  constructor(private readonly text: string, capacity: number) {
    const n = Math.max(64, capacity);
    this.kind = new Uint8Array(n);
    this.start = new Int32Array(n);
    this.stop = new Int32Array(n);
    this.keyStart = new Int32Array(n);
    this.keyEnd = new Int32Array(n);
    this.flow = new Uint8Array(n);
    this.end = new Int32Array(n);
  }

  /** A node read (`name`: what its parent calls it): its place in the arrays, its subtree's end still to come. */
  emit(kind: number, start: number, stop: number, keyStart: number, keyEnd: number, flow: number, name: string | number): number {
    const n = this.count++;
    if (n === this.kind.length) this.grow();
    this.kind[n] = kind;
    this.start[n] = start;
    this.stop[n] = stop;
    this.keyStart[n] = keyStart;
    this.keyEnd[n] = keyEnd;
    this.flow[n] = flow;
    this.end[n] = n + 1;
    this.name.push(name);
    return n;
  }

  /** Collection `at` read, up to `stop`: its subtree is the nodes written since. */
  close(at: number, stop: number): void {
    this.stop[at] = stop;
    this.end[at] = this.count;
  }

  flat(): FlatNodes {
    const n = this.count;
    return new FlatNodes(this.text, n, this.kind.slice(0, n), this.start.slice(0, n), this.stop.slice(0, n), this.keyStart.slice(0, n), this.keyEnd.slice(0, n), this.flow.slice(0, n), this.end.slice(0, n), this.name);
  }

  private grow(): void {
    const twice = <A extends Uint8Array | Int32Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.kind = twice(this.kind);
    this.start = twice(this.start);
    this.stop = twice(this.stop);
    this.keyStart = twice(this.keyStart);
    this.keyEnd = twice(this.keyEnd);
    this.flow = twice(this.flow);
    this.end = twice(this.end);
  }
}

/** One top-level activity or section of a fast-path read, looked up in the flat arrays. */
class FlatPart {
  constructor(private readonly flat: FlatNodes, private readonly root: number, private readonly path: YamlPath) {}

  first(): SourceNode | undefined {
    return this.flat.node(this.root, this.path.slice());
  }

  get size(): number {
    return this.flat.end[this.root]! - this.root;
  }

  get(path: YamlPath): SourceNode | undefined {
    const n = this.find(path);
    return n < 0 ? undefined : this.flat.node(n, path.slice());
  }

  /** A scalar as written, without building its node (figures are read for every budget of the document). */
  raw(path: YamlPath): string | undefined {
    const n = this.find(path);
    return n >= 0 && this.flat.kind[n] === KIND.scalar ? this.flat.text.slice(this.flat.start[n], this.flat.stop[n]) : undefined;
  }

  private find(path: YamlPath): number {
    if (!startsWith(path, this.path)) return -1;
    return this.flat.find(this.root, path, this.path.length);
  }

  values(leaves: Leaves = 'all'): Generator<SourceNode> {
    const { flat } = this;
    const collection = (n: number) => flat.kind[n] === KIND.map || flat.kind[n] === KIND.seq;
    return flat.nodes(this.root, this.path, leaves === 'all' ? undefined : (n) => collection(n) || (flat.kind[n] === KIND.scalar && isBlock(flat.text, flat.start[n]!)));
  }

  childNames(path: YamlPath): (string | number)[] {
    const n = this.find(path);
    const out: (string | number)[] = [];
    if (n >= 0) for (let c = n + 1; c < this.flat.end[n]!; c = this.flat.end[c]!) out.push(this.flat.name[c]!);
    return out;
  }
}

/**
 * A section with one subtree read again after an edit (a table's row): that subtree's nodes are the new ones, the
 * rest are the section's as they were, moved where they stand after the edit (those at or after its end by its
 * delta; a collection around the subtree keeps its start and moves its end). Each edit adds a layer; past 64,
 * the section is copied into nodes of its own, so that a look-up never goes through more than that many.
 */
class PatchedPart {
  private constructor(
    private readonly base: Part | FlatPart | PatchedPart,
    /** How far the base's nodes had moved before this edit. */
    private readonly shift: number,
    private readonly path: YamlPath,
    private readonly own: Part,
    private readonly at: number,
    private readonly delta: number,
    private readonly depth: number,
  ) {}

  static over(base: Part | FlatPart | PatchedPart, shift: number, path: YamlPath, own: Part, at: number, delta: number): PatchedPart | Part {
    const depth = base instanceof PatchedPart ? base.depth + 1 : 1;
    const part = new PatchedPart(base, shift, path, own, at, delta, depth);
    if (depth < maxLayers) return part;
    const copy = new Part();
    for (const node of part.values()) copy.set(node);
    return copy;
  }

  private inside(path: YamlPath): boolean {
    return startsWith(path, this.path);
  }

  private moved(node: SourceNode): SourceNode {
    const span = (s: Span): Span => ({ start: this.position(s.start), end: this.position(s.end) });
    return { ...node, value: span(node.value), ...(node.key ? { key: span(node.key) } : {}) };
  }

  first(): SourceNode | undefined {
    const node = this.base.first();
    return node && this.moved(node);
  }

  get size(): number {
    let n = 0;
    for (const _ of this.values()) n++;
    return n;
  }

  /** A node as its layer holds it, moved through the layers above that one: one node made, not one per layer. */
  get(path: YamlPath): SourceNode | undefined {
    const above: PatchedPart[] = [];
    let part: Part | FlatPart | PatchedPart = this;
    while (part instanceof PatchedPart && !part.inside(path)) {
      above.push(part);
      part = part.base;
    }
    const node = part instanceof PatchedPart ? part.own.get(path) : part.get(path);
    if (!node || above.length === 0) return node;
    let [vs, ve] = [node.value.start, node.value.end];
    let [ks, ke] = node.key ? [node.key.start, node.key.end] : [0, 0];
    for (let k = above.length - 1; k >= 0; k--) {
      const layer = above[k]!;
      vs = layer.position(vs);
      ve = layer.position(ve);
      ks = layer.position(ks);
      ke = layer.position(ke);
    }
    return { ...node, value: { start: vs, end: ve }, ...(node.key ? { key: { start: ks, end: ke } } : {}) };
  }

  /** Where an offset of the base's nodes stands once this layer's edit is made. */
  private position(at: number): number {
    const p = at + this.shift;
    return p >= this.at ? p + this.delta : p;
  }

  raw(path: YamlPath): string | undefined {
    let part: Part | FlatPart | PatchedPart = this;
    while (part instanceof PatchedPart && !part.inside(path)) part = part.base;
    return part instanceof PatchedPart ? part.own.raw(path) : part.raw(path);
  }

  *values(leaves: Leaves = 'all'): Generator<SourceNode> {
    let replaced = false;
    for (const node of this.base.values(leaves)) {
      if (!this.inside(node.path)) yield this.moved(node);
      else if (!replaced) {
        replaced = true;
        yield* this.own.values(leaves);
      }
    }
  }

  childNames(path: YamlPath): (string | number)[] {
    return this.inside(path) ? this.own.childNames(path) : this.base.childNames(path);
  }
}

/** Layers of edits a section holds before it is copied (PatchedPart): a copy of the nine tables costs a few hundred ms, a layer a few comparisons per look-up. */
const MAX_LAYERS = 64;
let maxLayers = MAX_LAYERS;

/** Sets how many layers a section holds before it is copied, or back to 64 (a test reaches the copy in fewer edits); returns the previous count. */
export function setMaxLayers(layers = MAX_LAYERS): number {
  const was = maxLayers;
  maxLayers = layers;
  return was;
}

/** FNV-1a over the path's parts, keys and indices told apart; kept within a small integer. */
function pathHash(path: YamlPath): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === 'number') {
      h = Math.imul(h ^ 0x5b, 16777619);
      h = Math.imul(h ^ (part & 0xffff), 16777619);
      h = Math.imul(h ^ ((part / 65536) & 0xffff), 16777619);
    } else {
      h = Math.imul(h ^ 0x2e, 16777619);
      for (let k = 0; k < part.length; k++) h = Math.imul(h ^ part.charCodeAt(k), 16777619);
    }
  }
  return h & 0x3fffffff;
}

/** Which nodes other than collections a walk yields: all, or block scalars alone. */
type Leaves = 'all' | 'blocks';

/** Whether the scalar written at `at` is a block scalar (its token starts with its header: `|` or `>`). */
function isBlock(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x7c || c === 0x3e;
}

function isBlockScalar(node: SourceNode): boolean {
  return node.kind === 'scalar' && isBlock(node.raw ?? '', 0);
}

function samePath(a: YamlPath, b: YamlPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** The root, `performance` and `performance.activities`: containers that only grow or shrink at their end. */
function isSpine(path: YamlPath): boolean {
  return path.length === 0 || (path[0] === 'performance' && (path.length === 1 || (path[1] === 'activities' && path.length === 2)));
}

/** `performance.activities[i]…` → i. */
function activityIndex(path: YamlPath): number | undefined {
  const i = path[2];
  return path[0] === 'performance' && path[1] === 'activities' && typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : undefined;
}

/** The part of a path that is neither the spine nor a top-level activity (ids distinct by their prefix). */
function otherId(path: YamlPath): string {
  if (path[0] !== 'performance') return `s:${String(path[0])}`;
  return path[1] === 'activities' ? `a:${String(path[2])}` : `p:${String(path[1])}`;
}

/** A node of a part as it stands now, its part having moved by `shift` since it was read. */
function movedBy(node: SourceNode, shift: number): SourceNode {
  return shift === 0 ? node : { ...node, value: shifted(node.value, shift), ...(node.key ? { key: shifted(node.key, shift) } : {}) };
}

function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function spanOf(node: YamlNode | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

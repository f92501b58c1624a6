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
 * Every value of a parsed document by its path, so that findings point at
 * the exact node, and decimals can be read as written.
 */
export class SourceMap {
  private readonly nodes = new Map<string, SourceNode>();

  constructor(readonly text: string, root: YamlNode | null | undefined) {
    if (root) this.visit(root, [], undefined);
  }

  get(path: YamlPath): SourceNode | undefined {
    return this.nodes.get(formatPath(path));
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

  private visit(node: YamlNode, path: YamlPath, key: Span | undefined): void {
    const value = spanOf(node);
    if (!value) return;
    const id = formatPath(path);
    if (isScalar(node)) {
      this.nodes.set(id, { path, kind: 'scalar', value, key, raw: this.text.slice(value.start, value.end) });
      return;
    }
    if (isAlias(node)) {
      this.nodes.set(id, { path, kind: 'alias', value, key });
      return;
    }
    if (isMap(node)) {
      this.nodes.set(id, { path, kind: 'map', value, key, flow: !!node.flow });
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === undefined) continue;
        const keySpan = spanOf(k as YamlNode);
        if (pair.value) this.visit(pair.value as YamlNode, [...path, name], keySpan);
        else if (keySpan) this.nodes.set(formatPath([...path, name]), { path: [...path, name], kind: 'scalar', value: { start: keySpan.end, end: keySpan.end }, key: keySpan, raw: '' });
      }
      return;
    }
    if (isSeq(node)) {
      this.nodes.set(id, { path, kind: 'seq', value, key, flow: !!node.flow });
      node.items.forEach((item, i) => {
        if (item) this.visit(item as YamlNode, [...path, i], undefined);
      });
    }
  }
}

function spanOf(node: YamlNode | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

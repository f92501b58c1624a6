import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { ParsedText } from './parse';
import type { YamlPath } from './source';
import type { Span } from './text';

/** What the cursor stands on: a key that names a value, or the value itself. */
export interface Located {
  readonly path: YamlPath;
  readonly part: 'key' | 'value';
  /** The key's span, or the value's (a scalar's token, a whole collection). */
  readonly span: Span;
  /** The scalar's value, when the cursor is on a scalar. */
  readonly scalar?: unknown;
}

/**
 * The deepest key or value of the parsed document at an offset. A cursor
 * just after a token (where editors put it when a word ends) still counts.
 */
export function locate(parsed: ParsedText, offset: number): Located | undefined {
  return parsed.yaml.contents ? visit(parsed.yaml.contents as YamlNode, [], offset) : undefined;
}

function visit(node: YamlNode, path: YamlPath, offset: number): Located | undefined {
  const span = spanOf(node);
  if (!span || !within(span, offset)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = [...path, String(pair.key.value)];
      const key = spanOf(pair.key as YamlNode);
      if (key && within(key, offset)) return { path: child, part: 'key', span: key };
      const found = pair.value ? visit(pair.value as YamlNode, child, offset) : undefined;
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = item ? visit(item as YamlNode, [...path, i], offset) : undefined;
      if (found) return found;
    }
  } else if (isScalar(node)) {
    return { path, part: 'value', span, scalar: node.value };
  }
  return { path, part: 'value', span };
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function spanOf(node: YamlNode | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** Every collection and block scalar of the document with its span, parents first (for folding). */
export function* blocks(parsed: ParsedText): Generator<{ readonly path: YamlPath; readonly key?: Span; readonly value: Span }> {
  function* walk(node: YamlNode, path: YamlPath, key: Span | undefined): Generator<{ path: YamlPath; key?: Span; value: Span }> {
    const value = spanOf(node);
    if (!value) return;
    if (isMap(node)) {
      yield { path, ...(key ? { key } : {}), value };
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.value) yield* walk(pair.value as YamlNode, [...path, String(pair.key.value)], spanOf(pair.key as YamlNode));
      }
    } else if (isSeq(node)) {
      yield { path, ...(key ? { key } : {}), value };
      for (const [i, item] of node.items.entries()) if (item) yield* walk(item as YamlNode, [...path, i], undefined);
    } else if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      yield { path, ...(key ? { key } : {}), value };
    }
  }
  if (parsed.yaml.contents) yield* walk(parsed.yaml.contents as YamlNode, [], undefined);
}

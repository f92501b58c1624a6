import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { ParsedText } from './parse';
import { valueAt } from './source';
import type { SourceNode, YamlPath } from './source';
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
 * Read from the `SourceMap`: a large document read by the fast path has no
 * `yaml` tree, and building one for a hover took seconds.
 */
export function locate(parsed: ParsedText, offset: number): Located | undefined {
  const root = parsed.source.get([]);
  return root ? visit(parsed, root, offset) : undefined;
}

function visit(parsed: ParsedText, node: SourceNode, offset: number): Located | undefined {
  if (!within(node.value, offset)) return undefined;
  if (node.kind === 'map' || node.kind === 'seq') {
    for (const child of parsed.source.children(node.path)) {
      if (child.key && within(child.key, offset)) return { path: child.path, part: 'key', span: child.key };
      const found = visit(parsed, child, offset);
      if (found) return found;
    }
  } else if (node.kind === 'scalar') {
    return { path: node.path, part: 'value', span: node.value, scalar: scalarAt(parsed, node.path) };
  }
  return { path: node.path, part: 'value', span: node.value };
}

/**
 * Whether a line starting at `lineStart` lies inside a scalar begun on a line above (a block scalar's text, a
 * quoted or plain string that wraps): a comment written there would be part of the text.
 */
export function insideScalar(parsed: ParsedText, lineStart: number): boolean {
  const at = locate(parsed, lineStart);
  return at !== undefined && at.part === 'value' && at.span.start < lineStart && lineStart < at.span.end && parsed.source.get(at.path)?.kind === 'scalar';
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * A scalar's value (`undefined` for an empty one). A text the fast path read (and its later versions) has its
 * value in the data, under the same path: its keys are plain strings. Any other was read into the `yaml` tree,
 * where a key's name may differ from the data's (an empty key is `null` there, `''` in the data).
 */
export function scalarAt(parsed: ParsedText, path: YamlPath): unknown {
  if (parsed.emptyKeys !== undefined) return valueAt(parsed.data, path) ?? undefined;
  let node = parsed.yaml.contents as YamlNode | null | undefined;
  for (const part of path) {
    if (isMap(node)) node = node.items.findLast((p) => isScalar(p.key) && String(p.key.value) === part)?.value as YamlNode | null | undefined;
    else if (isSeq(node)) node = node.items[part as number] as YamlNode | null | undefined;
    else return undefined;
  }
  return isScalar(node) ? node.value ?? undefined : undefined;
}

/** Every collection and block scalar of the document with its span, parents first (for folding). */
export function blocks(parsed: ParsedText): Iterable<{ readonly path: YamlPath; readonly key?: Span; readonly value: Span }> {
  return parsed.source.walk('blocks');
}

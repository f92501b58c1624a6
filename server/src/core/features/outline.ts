import type { CheckResult } from '../check/check';
import { localize, type Locale } from '../locale';
import { scalarAt } from '../syntax/locate';
import { SECTION_KEYS } from '../format/schema';
import { keyDoc, schemaAt } from '../format/schema-walk';
import type { YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

export type OutlineKind = 'section' | 'activity';

/** One entry of the outline: the nine sections, and the activity tree under 绩效预算信息. */
export interface OutlineEntry {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** The whole entry, key and value. */
  readonly span: Span;
  /** What to reveal when the entry is picked: the key, or the activity's name. */
  readonly selection: Span;
  readonly children: readonly OutlineEntry[];
}

/** The document's outline, from its text as parsed (even when it fails the schema). */
export function outline(result: CheckResult, locale: Locale): OutlineEntry[] {
  const { source } = result.parsed;
  const out: OutlineEntry[] = [];
  for (const key of SECTION_KEYS) {
    const node = source.get([key]);
    if (!node?.key) continue;
    const doc = keyDoc(schemaAt([key]));
    out.push({
      name: doc ? localize(doc.term, locale) : key,
      detail: key,
      kind: 'section',
      span: { start: node.key.start, end: Math.max(node.key.end, node.value.end) },
      selection: node.key,
      children: key === 'performance' ? activities(result, ['performance', 'activities']) : [],
    });
  }
  return out;
}

function activities(result: CheckResult, list: YamlPath): OutlineEntry[] {
  const { source } = result.parsed;
  const out: OutlineEntry[] = [];
  for (let i = 0; source.get([...list, i]); i++) {
    const path = [...list, i];
    const node = source.get(path)!;
    const name = scalarAt(result.parsed, [...path, 'name']);
    const budget = source.get([...path, 'budget']);
    out.push({
      name: typeof name === 'string' && name.trim() ? name : '…',
      detail: budget?.kind === 'scalar' ? budget.raw ?? '' : '',
      kind: 'activity',
      span: node.value,
      selection: source.get([...path, 'name'])?.value ?? source.anchor(path),
      children: activities(result, [...path, 'children']),
    });
  }
  return out;
}

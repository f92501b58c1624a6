import { allActivities, type Model } from './model';
import { GRADE_KEYS } from './schema';
import type { YamlPath } from '../syntax/source';

type Kind = 'name' | 'prose' | 'grade';

/**
 * A string of the document that a reader reads: a name, a sentence, a grade. Its path is made when a rule asks
 * (a finding): a large document holds a hundred thousand texts, and few of them have anything to report.
 */
export class TextItem {
  constructor(
    readonly text: string,
    private readonly parent: YamlPath,
    private readonly tail: readonly (string | number)[],
    /** `grade`: an indicator's 评价标准; `name`: what names a row; `prose`: the rest. */
    readonly kind: Kind,
  ) {}

  /** Path of the scalar itself. */
  get path(): YamlPath {
    return [...this.parent, ...this.tail];
  }

  /** Whether this is the document's `title`. */
  get isTitle(): boolean {
    return this.parent.length === 0 && this.tail.length === 1 && this.tail[0] === 'title';
  }
}

const NAME: readonly string[] = ['name'];
const CONTENT: readonly string[] = ['content'];
const GOAL: readonly string[] = ['goal'];
const GRADE_TAILS = GRADE_KEYS.map((g) => ['grades', g] as const);

/** Keys whose strings are codes, dates, rates or enums, not text a reader reads. */
const NOT_TEXT = new Set(['unit', 'asOf', 'code', 'category', 'changeRate', 'share', 'source', 'nature', 'level', 'funding']);
const NAME_KEYS = new Set(['name', 'term', 'duty', 'label', 'department', 'region', 'title']);

const known = new WeakMap<Model, readonly TextItem[]>();

/**
 * Every text of the document, once per model (several rules read them).
 * The sections are read from the typed model, the activities from its
 * activity tree alone: the incremental check runs the rules on a model of
 * one activity and on one of the sections, and each text must come from
 * exactly one of them.
 */
export function textsOf(model: Model): readonly TextItem[] {
  let items = known.get(model);
  if (!items) known.set(model, (items = activityTexts(model, sectionTexts(model))));
  return items;
}

function sectionTexts(model: Model): TextItem[] {
  const out: TextItem[] = [];
  const walk = (value: unknown, parent: YamlPath, last: string | number, key: string): void => {
    if (typeof value === 'string') {
      if (!NOT_TEXT.has(key)) out.push(new TextItem(value, parent, [last], NAME_KEYS.has(key) ? 'name' : 'prose'));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const path = [...parent, last];
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path, i, key));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      if (path.length === 1 && path[0] === 'performance' && k === 'activities') continue;
      // A table's rows hold codes, catalogue names (code-name's) and figures: of a table, only why it is empty is text.
      if (path[0] === 'tables' && path.length === 2 && k !== 'empty') continue;
      walk(v, path, k, k);
    }
  };
  for (const [k, v] of Object.entries(model.budget)) walk(v, [], k, k);
  return out;
}

/** The activities' texts, added to `out`. */
function activityTexts(model: Model, out: TextItem[]): TextItem[] {
  for (const { activity, path } of allActivities(model.activities)) {
    out.push(new TextItem(activity.name, path, NAME, 'name'));
    if (activity.content !== undefined) out.push(new TextItem(activity.content, path, CONTENT, 'prose'));
    if (activity.goal !== undefined) out.push(new TextItem(activity.goal, path, GOAL, 'prose'));
    const indicators = activity.indicators;
    if (!indicators) continue;
    for (let i = 0; i < indicators.length; i++) {
      const { name, grades } = indicators[i]!;
      const at = [...path, 'indicators', i];
      if (name !== undefined) out.push(new TextItem(name, at, NAME, 'name'));
      if (!grades) continue;
      for (let k = 0; k < GRADE_KEYS.length; k++) {
        const grade = grades[GRADE_KEYS[k]!];
        if (grade !== undefined) out.push(new TextItem(grade, at, GRADE_TAILS[k]!, 'grade'));
      }
    }
  }
  return out;
}

import { allActivities, type Model } from './model';
import { GRADE_KEYS } from './schema';
import type { YamlPath } from '../syntax/source';

/** A string of the document that a reader reads: a name, a sentence, a grade. */
export interface TextItem {
  readonly text: string;
  /** Path of the scalar itself. */
  readonly path: YamlPath;
  /** `grade`: an indicator's 评价标准; `name`: what names a row; `prose`: the rest. */
  readonly kind: 'name' | 'prose' | 'grade';
}

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
  if (!items) known.set(model, (items = [...sectionTexts(model), ...activityTexts(model)]));
  return items;
}

function sectionTexts(model: Model): TextItem[] {
  const out: TextItem[] = [];
  const walk = (value: unknown, path: YamlPath, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (key === undefined || !NOT_TEXT.has(key)) out.push({ text: value, path, kind: key !== undefined && NAME_KEYS.has(key) ? 'name' : 'prose' });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i], key));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 1 && path[0] === 'performance' && k === 'activities') continue;
        walk(v, [...path, k], k);
      }
    }
  };
  for (const [k, v] of Object.entries(model.budget)) walk(v, [k], k);
  return out;
}

function activityTexts(model: Model): TextItem[] {
  const out: TextItem[] = [];
  for (const { activity, path } of allActivities(model.activities)) {
    out.push({ text: activity.name, path: [...path, 'name'], kind: 'name' });
    if (activity.content !== undefined) out.push({ text: activity.content, path: [...path, 'content'], kind: 'prose' });
    if (activity.goal !== undefined) out.push({ text: activity.goal, path: [...path, 'goal'], kind: 'prose' });
    activity.indicators?.forEach((indicator, i) => {
      if (indicator.name !== undefined) out.push({ text: indicator.name, path: [...path, 'indicators', i, 'name'], kind: 'name' });
      for (const g of GRADE_KEYS) {
        const grade = indicator.grades?.[g];
        if (grade !== undefined) out.push({ text: grade, path: [...path, 'indicators', i, 'grades', g], kind: 'grade' });
      }
    });
  }
  return out;
}

import type { z } from 'zod';
import { Activity, Budget } from './schema';
import type { YamlPath } from '../syntax/source';

export interface ActivityNode {
  readonly activity: Activity;
  readonly path: YamlPath;
  readonly children: readonly ActivityNode[];
}

/**
 * The typed document. Sections that fail the schema are left out, and so are
 * top-level activities that do, so that one typo does not silence every
 * other check while the user types.
 */
export interface Model {
  readonly budget: Partial<Budget>;
  readonly activities: readonly ActivityNode[];
  /** False when some activity failed the schema: totals over all are unknown. */
  readonly activitiesComplete: boolean;
  readonly issues: readonly z.core.$ZodIssue[];
}

export function buildModel(data: unknown): Model {
  const whole = Budget.safeParse(data);
  if (whole.success) {
    const activities = whole.data.performance.activities.map((a, i) => activityNode(a, ['performance', 'activities', i]));
    return { budget: whole.data, activities, activitiesComplete: true, issues: [] };
  }
  const budget: Record<string, unknown> = {};
  const record = isRecord(data) ? data : {};
  for (const [key, schema] of Object.entries(Budget.shape)) {
    if (!(key in record)) continue;
    const section = (schema as z.ZodType).safeParse(record[key]);
    if (section.success) budget[key] = section.data;
  }
  const performance = isRecord(record.performance) ? record.performance : {};
  const raw = Array.isArray(performance.activities) ? performance.activities : [];
  const activities: ActivityNode[] = [];
  raw.forEach((item, i) => {
    const parsed = Activity.safeParse(item);
    if (parsed.success) activities.push(activityNode(parsed.data, ['performance', 'activities', i]));
  });
  return {
    budget: budget as Partial<Budget>,
    activities,
    activitiesComplete: Array.isArray(performance.activities) && activities.length === raw.length,
    issues: whole.error.issues,
  };
}

/** An activity and those under it, each with its path. */
export function activityNode(activity: Activity, path: YamlPath): ActivityNode {
  const children = (activity.children ?? []).map((c, i) => activityNode(c, [...path, 'children', i]));
  return { activity, path, children };
}

const flattened = new WeakMap<readonly ActivityNode[], readonly ActivityNode[]>();

/** Every activity of the tree, parents before their children (listed once per tree: most rules walk it). */
export function allActivities(nodes: readonly ActivityNode[]): readonly ActivityNode[] {
  let all = flattened.get(nodes);
  if (!all) {
    const out: ActivityNode[] = [];
    const add = (list: readonly ActivityNode[]): void => {
      for (const node of list) {
        out.push(node);
        add(node.children);
      }
    };
    add(nodes);
    flattened.set(nodes, (all = out));
  }
  return all;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

import type { Budget } from './schema';
import { allActivities, type Model } from './model';
import type { YamlPath } from '../syntax/source';

export interface NamedItem {
  readonly name: string;
  /** Path of the name scalar itself. */
  readonly path: YamlPath;
}

const known = new WeakMap<Model, readonly (readonly NamedItem[])[]>();

/** Lists of siblings whose names a reader tells apart, each with its names (read once per model: two rules ask). */
export function siblingNames(model: Model): readonly (readonly NamedItem[])[] {
  let groups = known.get(model);
  if (!groups) known.set(model, (groups = readNames(model)));
  return groups;
}

function readNames(model: Model): NamedItem[][] {
  const b: Partial<Budget> = model.budget;
  const groups: NamedItem[][] = [];
  const list = <T>(items: readonly T[] | undefined, base: YamlPath, key: keyof T & string) => {
    if (items) groups.push(items.map((item, i) => ({ name: String(item[key] ?? ''), path: [...base, i, key] })).filter((n) => n.name !== ''));
  };
  list(b.organization?.units, ['organization', 'units'], 'name');
  list(b.overview?.income.items, ['overview', 'income', 'items'], 'name');
  list(b.performance?.dutyGoals, ['performance', 'dutyGoals'], 'duty');
  groups.push(model.activities.map((a) => ({ name: a.activity.name, path: [...a.path, 'name'] })));
  for (const node of allActivities(model.activities)) {
    groups.push(node.children.map((c) => ({ name: c.activity.name, path: [...c.path, 'name'] })));
    list(node.activity.indicators, [...node.path, 'indicators'], 'name');
  }
  // The same item bought by two departments is two rows, not a repeat: siblings are one department's rows.
  const byDepartment = new Map<string, NamedItem[]>();
  b.procurement?.items?.forEach((item, i) => {
    const rows = byDepartment.get(item.department) ?? [];
    byDepartment.set(item.department, rows);
    if (item.name !== '') rows.push({ name: item.name, path: ['procurement', 'items', i, 'name'] });
  });
  groups.push(...byDepartment.values());
  list(b.assets?.items, ['assets', 'items'], 'name');
  list(b.glossary, ['glossary'], 'term');
  return groups;
}

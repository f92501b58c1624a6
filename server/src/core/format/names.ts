import type { Budget } from './schema';
import { allActivities, type ActivityNode, type Model } from './model';
import type { YamlPath } from '../syntax/source';

/** A name among its siblings; its path is made when a rule asks (a finding): few names have anything to report. */
export class NamedItem {
  constructor(
    readonly name: string,
    private readonly parent: YamlPath,
    /** The item's index in its list, when the parent is the list; undefined when the parent is the item. */
    private readonly index: number | undefined,
    private readonly key: string,
  ) {}

  /** Path of the name scalar itself. */
  get path(): YamlPath {
    return this.index === undefined ? [...this.parent, this.key] : [...this.parent, this.index, this.key];
  }
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
    if (!items) return;
    const group: NamedItem[] = [];
    items.forEach((item, i) => {
      const name = String(item[key] ?? '');
      if (name !== '') group.push(new NamedItem(name, base, i, key));
    });
    groups.push(group);
  };
  list(b.organization?.units, ['organization', 'units'], 'name');
  list(b.overview?.income.items, ['overview', 'income', 'items'], 'name');
  list(b.performance?.dutyGoals, ['performance', 'dutyGoals'], 'duty');
  const activities = (nodes: readonly ActivityNode[]) => groups.push(nodes.map((a) => new NamedItem(a.activity.name, a.path, undefined, 'name')));
  activities(model.activities);
  for (const node of allActivities(model.activities)) {
    activities(node.children);
    if (node.activity.indicators) list(node.activity.indicators, [...node.path, 'indicators'], 'name');
  }
  // The same item bought by two departments is two rows, not a repeat: siblings are one department's rows.
  const byDepartment = new Map<string, NamedItem[]>();
  b.procurement?.items?.forEach((item, i) => {
    const rows = byDepartment.get(item.department) ?? [];
    byDepartment.set(item.department, rows);
    if (item.name !== '') rows.push(new NamedItem(item.name, PROCUREMENT_ITEMS, i, 'name'));
  });
  groups.push(...byDepartment.values());
  list(b.assets?.items, ['assets', 'items'], 'name');
  list(b.glossary, ['glossary'], 'term');
  return groups;
}

const PROCUREMENT_ITEMS: YamlPath = ['procurement', 'items'];

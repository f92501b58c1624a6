import { L } from '../locale';
import { defineRule } from '../check/rule';
import { siblingNames, type NamedItem } from '../format/names';

/** Two siblings with the same name. */
export const duplicateName = defineRule({
  meta: {
    id: 'duplicate-name',
    severity: 'warning',
    scope: 'across-activities',
    fixable: false,
    title: L('同级重名', 'Duplicate sibling name'),
    description: L('同级两项同名', 'two siblings with the same name'),
  },
  check(ctx) {
    for (const group of siblingNames(ctx.model)) {
      const first = new Map<string, NamedItem>();
      for (const item of group) {
        const key = item.name.trim();
        if (!key) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, item);
          continue;
        }
        // Numbered as the reader counts the list, not among the named items only.
        const n = position(earlier);
        ctx.report({
          path: item.path,
          message: L(`名称“${key}”与同级的第 ${n} 项重复`, `“${key}” repeats the name of sibling ${n}`),
          related: [{ path: earlier.path, message: L(`第 ${n} 项“${key}”`, `sibling ${n}, “${key}”`) }],
        });
      }
    }
  },
});

/** 1-based position of an item in its list, from the index in its path (`…[i].name`). */
function position(item: NamedItem): number {
  return Number(item.path[item.path.length - 2]) + 1;
}

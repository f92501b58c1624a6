import { L } from '../locale';
import type { Rule } from '../rule';
import { siblingNames } from './names';

/** Two siblings with the same name. */
export const duplicateName: Rule = {
  id: 'duplicate-name',
  severity: 'warning',
  title: L('同级重名', 'Duplicate sibling name'),
  check(ctx) {
    for (const group of siblingNames(ctx.model)) {
      const first = new Map<string, number>();
      group.forEach(({ name, path }, i) => {
        const key = name.trim();
        const j = first.get(key);
        if (j === undefined) {
          first.set(key, i);
          return;
        }
        ctx.report({
          path,
          message: L(`名称“${key}”与同级的第 ${j + 1} 项重复`, `“${key}” repeats the name of sibling ${j + 1}`),
          related: [{ path: group[j]!.path, message: L(`第 ${j + 1} 项“${key}”`, `sibling ${j + 1}, “${key}”`) }],
        });
      });
    }
  },
};

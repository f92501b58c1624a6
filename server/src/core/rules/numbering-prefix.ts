import { L } from '../locale';
import type { Rule } from '../rule';
import { deleteInScalar } from './edits';
import { siblingNames } from './names';

/** `三十八、`, `3、`, `(一)`, `2.` at the start of a name, with what follows it. */
const PREFIX = /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、．.]|\d{1,3}\s*[、．]|\d{1,3}\.(?!\d)|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*[、．.]?)\s*/;

export function numberingPrefix(name: string): string | undefined {
  const m = PREFIX.exec(name);
  return m && m[0].length < name.length ? m[0] : undefined;
}

/** A name that starts with a numbering prefix: the renderer numbers. */
export const numberingPrefixRule: Rule = {
  id: 'numbering-prefix',
  severity: 'warning',
  title: L('名称带有编号', 'Name starts with numbering'),
  check(ctx) {
    for (const group of siblingNames(ctx.model)) {
      for (const { name, path } of group) {
        const prefix = numberingPrefix(name);
        if (!prefix) continue;
        const rest = name.slice(prefix.length);
        const edit = deleteInScalar(ctx, path, prefix);
        ctx.report({
          path,
          message: L(`名称“${name}”以编号“${prefix.trim()}”开头；编号由排版自动生成，应写作“${rest}”`,
            `Name “${name}” starts with the numbering “${prefix.trim()}”; numbers are generated when rendering, so write “${rest}”`),
          expected: rest,
          found: name,
          ...(edit ? { fix: { title: L(`删除编号“${prefix.trim()}”`, `Remove the numbering “${prefix.trim()}”`), edits: [edit] } } : {}),
        });
      }
    }
  },
};

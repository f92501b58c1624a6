import { L } from '../locale';
import { defineRule, type ReportedEdit, type RuleContext } from '../check/rule';
import type { YamlPath } from '../syntax/source';
import { deleteInScalar, replaceScalar } from '../check/edits';
import { siblingNames } from '../format/names';
import { numberingPrefix } from '../format/numbering';

/** A name that starts with a numbering prefix: the renderer numbers. */
export const numberingPrefixRule = defineRule({
  meta: {
    id: 'numbering-prefix',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('名称带有编号', 'Name starts with numbering'),
    description: L('名称以编号开头；编号由排版生成', 'a name starts with numbering; the renderer numbers'),
  },
  check(ctx) {
    for (const group of siblingNames(ctx.model)) {
      for (const { name, path } of group) {
        const prefix = numberingPrefix(name);
        if (!prefix) continue;
        const rest = name.slice(prefix.length);
        const edit = removePrefix(ctx, path, prefix, rest);
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
});

/**
 * Deletes just the prefix; but a plain name whose rest would read as YAML
 * syntax (`3、[草案]…` would become a list) is rewritten whole, quoted.
 */
function removePrefix(ctx: RuleContext, path: YamlPath, prefix: string, rest: string): ReportedEdit | undefined {
  const raw = ctx.source.get(path)?.raw;
  const plain = raw !== undefined && raw[0] !== '"' && raw[0] !== "'";
  const whole = plain ? replaceScalar(ctx, path, rest) : undefined;
  return whole && whole.newText !== rest ? whole : deleteInScalar(ctx, path, prefix);
}

import { figureOf, formatFigure, percentOf, shareAgrees } from '../format/decimal';
import { L } from '../locale';
import { writtenShares } from '../format/shares';
import { RATE_PATTERN } from '../format/schema';
import { valueAt } from '../syntax/source';
import { defineRule } from '../check/rule';
import { replaceScalar } from '../check/edits';
import { inDoubt } from '../check/which-figure';

/** A written `share` disagrees with amount ÷ whole, at the share's own decimals (`7.9%` states tenths). */
export const shareMismatch = defineRule({
  meta: {
    id: 'share-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('占比与金额不符', 'Share does not match the figures'),
    description: L('所写占比与金额÷总额不符', 'a written `share` disagrees with amount ÷ whole'),
  },
  check(ctx) {
    for (const s of writtenShares(ctx.model)) {
      const written = valueAt(ctx.model.budget, s.share);
      if (typeof written !== 'string' || !RATE_PATTERN.test(written)) continue;
      const part = ctx.figure(s.part);
      const whole = ctx.figure(s.whole);
      if (!part || !whole || whole.digits <= 0n) continue;
      const stated = figureOf(written.slice(0, -1).replace(/^\+/, ''), Number(written.slice(0, -1)));
      if (shareAgrees(part, whole, stated)) continue;
      const expected = `${formatFigure(percentOf(part, whole, stated.decimals))}%`;
      const exact = `${formatFigure(percentOf(part, whole, stated.decimals + 2))}%`;
      const [p, w] = [formatFigure(part), formatFigure(whole)];
      // Figures that a sum or a change finds wrong (as its total or as a part): a share of them says nothing sure about the share.
      const sure = !inDoubt(ctx, s.part) && !inDoubt(ctx, s.whole);
      const edit = replaceScalar(ctx, s.share, expected);
      ctx.report({
        path: s.share,
        message: L(`${s.name.zh}占比 ${written} 与 ${p} ÷ ${s.wholeName.zh} ${w} 算出的 ${exact} 不符，应为 ${expected}`,
          `The share ${written} of ${s.name.en} does not match ${exact}, computed as ${p} ÷ ${s.wholeName.en} ${w}; it should be ${expected}`),
        expected,
        found: written,
        related: [
          { path: s.part, message: L(`${s.name.zh} ${p}`, `${s.name.en} ${p}`) },
          { path: s.whole, message: L(`${s.wholeName.zh} ${w}`, `${s.wholeName.en} ${w}`) },
        ],
        ...(edit && sure ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
        ...(edit && !sure ? { suggestions: [{ title: L(`改为 ${expected}（若金额无误）`, `Change to ${expected} (if the figures are right)`), edits: [edit] }] } : {}),
      });
    }
  },
});

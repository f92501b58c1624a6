import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceInScalar } from '../check/edits';
import { BUILTIN_GLOSSARY } from '../format/builtin-glossary';
import { textsOf } from '../format/texts';

export interface Misspelling {
  readonly wrong: string;
  readonly right: string;
}

/**
 * Wrong spellings of words outside the budget glossary, as published (docs/rules/term-spelling.md names where):
 * each is never a correct word, so that finding it is never a false alarm.
 */
const COMMON: readonly Misspelling[] = [
  { wrong: '社会维定', right: '社会稳定' },
  { wrong: '假肢假矫形器', right: '假肢矫形器' },
];

/** The glossary's misspellings, then the common ones; the longest first, so that one spelling is read once. */
export const MISSPELLINGS: readonly Misspelling[] = [
  ...BUILTIN_GLOSSARY.flatMap((t) => (t.misspellings ?? []).map((wrong) => ({ wrong, right: t.term }))),
  ...COMMON,
].sort((a, b) => b.wrong.length - a.wrong.length);

/** Where a text misspells a term: each occurrence with its offset. */
export function misspellingsIn(text: string): { at: number; spelling: Misspelling }[] {
  const out: { at: number; spelling: Misspelling }[] = [];
  const taken: boolean[] = [];
  for (const spelling of MISSPELLINGS) {
    for (let at = text.indexOf(spelling.wrong); at >= 0; at = text.indexOf(spelling.wrong, at + spelling.wrong.length)) {
      if (taken[at]) continue;
      for (let k = at; k < at + spelling.wrong.length; k++) taken[k] = true;
      out.push({ at, spelling });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A standard term misspelt. */
export const termSpelling = defineRule({
  meta: {
    id: 'term-spelling',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('术语错别字', 'Misspelt term'),
    description: L('标准术语写错了字（一般共预算）；修复写出标准术语', 'a standard term misspelt (一般共预算); the fix writes the term'),
  },
  check(ctx) {
    for (const item of textsOf(ctx.model)) {
      if (item.kind === 'grade') continue;
      for (const { at, spelling } of misspellingsIn(item.text)) {
        const edit = replaceInScalar(ctx, item.path, item.text, at, at + spelling.wrong.length, spelling.right);
        ctx.report({
          path: item.path,
          ...(edit ? { span: edit.span } : {}),
          message: L(`“${spelling.wrong}”应为“${spelling.right}”`, `“${spelling.wrong}” is a misspelling of “${spelling.right}”`),
          expected: spelling.right,
          found: spelling.wrong,
          ...(edit ? { fix: { title: L(`改为“${spelling.right}”`, `Change to “${spelling.right}”`), edits: [edit] } } : {}),
        });
      }
    }
  },
});

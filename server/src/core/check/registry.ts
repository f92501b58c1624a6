import { docsPath, type Rule } from './rule';
import { RULE_LIST } from './rules.generated';

/** Every rule of the format, one file each in core/rules/, in the order they were added: the one list (settings, docs
 * and the README's table are generated from it; `npm run generate` writes it from the rule files). */
export const RULES: typeof RULE_LIST = RULE_LIST;

export type RuleId = (typeof RULES)[number]['meta']['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.meta.id);

export const RULES_BY_ID: ReadonlyMap<RuleId, Rule<RuleId>> = new Map(RULES.map((r) => [r.meta.id, r]));

export function isRuleId(id: string): id is RuleId {
  return RULES_BY_ID.has(id as RuleId);
}

/** Where each rule is explained, with a wrong and a right example. */
export const DOCS_BASE = 'https://github.com/budget-docs/budget-docs/blob/main/';

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${docsPath(id)}`;
}

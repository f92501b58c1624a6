import { docsPath, type Rule } from './rule';
import { asofDate } from '../rules/asof-date';
import { balanceMismatch } from '../rules/balance-mismatch';
import { changeMismatch } from '../rules/change-mismatch';
import { duplicateName } from '../rules/duplicate-name';
import { exceedsTotal } from '../rules/exceeds-total';
import { gradeOrder } from '../rules/grade-order';
import { incompleteGrades } from '../rules/incomplete-grades';
import { misplacedThreshold } from '../rules/misplaced-threshold';
import { missingGoal } from '../rules/missing-goal';
import { missingKpi } from '../rules/missing-kpi';
import { numberingPrefixRule } from '../rules/numbering-prefix';
import { procurementCode } from '../rules/procurement-code';
import { rateMismatch } from '../rules/rate-mismatch';
import { rounding } from '../rules/rounding';
import { schemaRule } from '../rules/schema';
import { sumMismatch } from '../rules/sum-mismatch';
import { shareMismatch } from '../rules/share-mismatch';
import { tableMismatch } from '../rules/table-mismatch';
import { unknownCode } from '../rules/unknown-code';
import { codeName } from '../rules/code-name';
import { codeParent } from '../rules/code-parent';
import { missingTable } from '../rules/missing-table';
import { yamlSyntax } from '../rules/yaml-syntax';
import { indicatorUnit } from '../rules/indicator-unit';
import { mergedIndicators } from '../rules/merged-indicators';
import { indicatorTarget } from '../rules/indicator-target';
import { placeholderText } from '../rules/placeholder-text';
import { repeatedText } from '../rules/repeated-text';
import { termSpelling } from '../rules/term-spelling';
import { templateBlank } from '../rules/template-blank';
import { strayYear } from '../rules/stray-year';

/** Every rule of the format, in its order: the one list (settings, docs and the README's table are generated from it). */
export const RULES = [
  yamlSyntax, schemaRule, sumMismatch, rounding, balanceMismatch, changeMismatch, rateMismatch, exceedsTotal, asofDate,
  missingGoal, missingKpi, incompleteGrades, gradeOrder, misplacedThreshold, procurementCode, numberingPrefixRule, duplicateName,
  shareMismatch, tableMismatch, unknownCode, codeName, codeParent, missingTable,
  indicatorUnit, mergedIndicators, indicatorTarget, placeholderText, repeatedText, termSpelling, templateBlank, strayYear,
] as const satisfies readonly Rule[];

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

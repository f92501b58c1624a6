import type { RuleId } from '../finding';
import type { Rule } from '../rule';
import { asofDate } from './asof-date';
import { balanceMismatch } from './balance-mismatch';
import { changeMismatch } from './change-mismatch';
import { duplicateName } from './duplicate-name';
import { exceedsTotal } from './exceeds-total';
import { gradeOrder } from './grade-order';
import { incompleteGrades } from './incomplete-grades';
import { misplacedThreshold } from './misplaced-threshold';
import { missingGoal } from './missing-goal';
import { missingKpi } from './missing-kpi';
import { numberingPrefixRule } from './numbering-prefix';
import { procurementCode } from './procurement-code';
import { rateMismatch } from './rate-mismatch';
import { rounding } from './rounding';
import { schemaRule } from './schema';
import { sumMismatch } from './sum-mismatch';
import { yamlSyntax } from './yaml-syntax';

/** Every rule of FORMAT.md, in its order. */
export const RULES: readonly Rule[] = [
  yamlSyntax, schemaRule, sumMismatch, rounding, balanceMismatch, changeMismatch, rateMismatch, exceedsTotal, asofDate,
  missingGoal, missingKpi, incompleteGrades, gradeOrder, misplacedThreshold, procurementCode, numberingPrefixRule, duplicateName,
];

export const RULES_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Where each rule is explained, with a wrong and a right example. */
export const DOCS_BASE = 'https://github.com/budget-docs/budget-docs/blob/main/docs/rules/';

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}

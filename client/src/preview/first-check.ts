import { RULE_IDS, type CheckOptions, type RuleId, type RuleSetting } from '../../../server/src/core';

/**
 * A preview opened with no earlier check of a text this long shows its page before the findings: at 2,000
 * activities (3.2 MB) the rules took 660 of a cold open's ~1,000 ms of checking in the extension host, before the
 * webview was given anything (docs/performance.md, "The preview's first page before its findings"). About 1,000
 * activities of the bench's document; a shorter text is checked in full at once, as before.
 */
export const PAGE_FIRST_CHARS = 1_000_000;

/**
 * The rules whose findings change what the page says, not only what it marks: `numbering-prefix` (the renderer
 * prints a name without the numbering that rule finds in it) and `yaml-syntax` (a text that cannot be read shows the
 * last page that could be, under a notice naming the first error). The page of a check with these alone, its
 * findings not shown, is the page of the full check with its findings not shown (`test/preview/first-check.test.ts`).
 */
const PAGE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['numbering-prefix', 'yaml-syntax']);

/** The user's settings with every rule but the page's own turned off, for the page shown before the findings. */
export function pageRulesOnly(options: CheckOptions): CheckOptions {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const id of RULE_IDS) {
    const setting = PAGE_RULES.has(id) ? options.rules?.[id] : 'off';
    if (setting !== undefined) rules[id] = setting;
  }
  return { ...options, rules };
}


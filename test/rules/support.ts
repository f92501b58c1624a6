import { consistentWith, example, findings, fixture, pin, type Pinned } from '../helpers';

const ACTIVITIES = /^ {2}activities:\n[\s\S]*?(?=^procurement:)/m;

/**
 * The consistent fixture with its activity tree replaced. `items` is the
 * list as yaml`` leaves it, from column 0; it lands four spaces in, its first
 * line on line 50 of the document (so item line n is document line 49 + n,
 * and a column c in `items` is column c + 4).
 */
export function withActivities(items: string): string {
  const block = fixture('consistent.budget.yaml').match(ACTIVITIES)![0];
  const indented = items.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  return consistentWith(block, `  activities:\n${indented}`);
}

/** What stops a text from being read as a budget document at all: YAML and schema errors. */
export function unreadable(text: string): Pinned[] {
  return findings(text).filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').map(pin);
}

/**
 * One leaf activity, 审计业务, with the given indicators (list items from
 * column 0, as yaml`` leaves them). They land eight spaces in: the first
 * item's `name` value starts at line 54, column 17.
 */
export function withIndicators(items: string): string {
  const indented = items.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  return withActivities(`- name: 审计业务\n  budget: 213.00\n  goal: 维护财政经济秩序。\n  indicators:\n${indented}`);
}

/** The bundled department example with the nine tables, with `from` replaced by `to` (each in turn). */
export function statistics(...edits: [from: string, to: string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`statistics example has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  }, example('statistics-2024.budget.yaml'));
}

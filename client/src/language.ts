/** The language id that package.json contributes for budget documents (`*.budget.yaml`). */
export const LANGUAGE_ID = 'budget-yaml';

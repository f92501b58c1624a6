declare const BUDGETDOC_VERSION: string;

/** The product's version as the bundle was built (package.json's); `0.0.0-dev` when run from the sources. */
export const VERSION = typeof BUDGETDOC_VERSION === 'string' ? BUDGETDOC_VERSION : '0.0.0-dev';

/** The preview panels' view type: its own module, so that the extension's entry can name it without loading the preview. */
export const PREVIEW_VIEW_TYPE = 'budget.preview';

/**
 * The preview and the export, with the renderer and the core they need:
 * bundled apart (dist/preview.js) and loaded on the first preview or export
 * command, so that opening a budget file does not load them.
 */
export { exportDocx, exportHtml } from './exportHtml';
export { PreviewManager } from './previewManager';

/**
 * The importer, with the Word and Excel readers it needs: bundled apart
 * (dist/importer.js) and loaded on the first import, so that activation
 * does not load them.
 */
export { importFile } from '../../../server/src/import';

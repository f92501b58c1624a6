export { renderBody, renderDocument, type RenderOptions } from './document';
export { escape } from './escape';

export { cannotExport, fillBody, renderBody, renderBodyParts, renderDocument, type BodyParts, type RenderOptions } from './document';
export { blockId, buildPage, RenderCache, type Page } from './page';
export { escape } from './escape';

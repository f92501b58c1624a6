export { blockId, cannotExport, fillBody, renderBody, renderBodyParts, renderDocument, RenderCache, type BodyParts, type RenderOptions } from './document';
export { escape } from './escape';

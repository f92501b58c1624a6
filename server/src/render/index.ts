export { cannotExport, fillBody, firstLine, LaterBlocks, renderBody, renderBodyParts, renderDocument, type BodyParts, type PageMedia, type RenderOptions } from './document';
export { blockId, buildPage, RenderCache, type Page } from './page';
export { renderPreview, type PreviewPage } from './preview';
export { escape } from './escape';

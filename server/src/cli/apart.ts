import { existsSync } from 'fs';
import { join } from 'path';

/**
 * A part of the CLI loaded when a command asks for it, bundled apart beside the CLI's bundle (`dist/NAME.js`): its
 * libraries are large (Word and Excel) and the other commands never need them. From `source` (a path from this
 * folder) when the CLI runs from its source.
 */
export function loadApart<T>(name: string, source: readonly string[]): T {
  const bundled = join(__dirname, `${name}.js`);
  return require(existsSync(bundled) ? bundled : join(__dirname, ...source)) as T;
}

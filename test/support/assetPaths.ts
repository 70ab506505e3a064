import type { Plugin } from 'vite';

/**
 * electron-vite turns `import path from './file?asset'` into the file's path in the built app. The
 * tests run the sources, so there the path is simply the file's own.
 */
export const assetPaths: Plugin = {
  name: 'wge-asset-paths',
  enforce: 'pre',
  load(id) {
    const [file, query] = id.split('?');
    return query === 'asset' ? `export default ${JSON.stringify(file)};` : undefined;
  },
};

// Plain TypeScript (no Electron), so the window's trust rules are tested under vitest.

/** electron-vite's dev server during `npm run dev`; an installed app trusts none, whatever its environment says. */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return isPackaged ? undefined : env['ELECTRON_RENDERER_URL'] || undefined;
}

/**
 * Whether a URL is served by the dev server. Origins are compared, not strings: the server's URL has
 * no trailing slash, the page's has one, and a `#/…` route once the app has navigated.
 */
export function isDevServerUrl(url: string, devServer: string | undefined): boolean {
  if (!devServer) return false;
  try {
    const server = new URL(devServer);
    // Only a web origin: an opaque one ("null", as data: and about: have) would match any other.
    return (server.protocol === 'http:' || server.protocol === 'https:') && new URL(url).origin === server.origin;
  } catch {
    return false;
  }
}

/** Whether a frame shows our own page: the built one loaded from a file, or the dev server's. */
export function isOurPage(frameUrl: string, devServer: string | undefined): boolean {
  return frameUrl.startsWith('file://') || isDevServerUrl(frameUrl, devServer);
}

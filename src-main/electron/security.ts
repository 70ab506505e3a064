import { session, type WebContents } from 'electron';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";

/** The page may show our own files and nothing else: no navigation, no new windows, no permissions. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, decide) => decide(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, respond) => {
    const local = details.url.startsWith('file://') || details.url.startsWith('devtools://');
    respond({ cancel: !local && !isDevServer(details.url) });
  });
  ses.webRequest.onHeadersReceived((details, respond) =>
    respond({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
}

function isDevServer(url: string): boolean {
  const dev = process.env['ELECTRON_RENDERER_URL'];
  return dev !== undefined && url.startsWith(dev);
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

import { session, type WebContents } from 'electron';
import { isDevServerUrl } from './trustedUrl';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";

/** The one thing the page may ask for: to put a copied chart on the clipboard (reading it stays refused). */
const allowed = (permission: string) => permission === 'clipboard-sanitized-write';

/** The page may show our own files and nothing else: no navigation, no new windows, no other permissions. */
export function hardenSession(devServer: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, decide) => decide(allowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowed(permission));
  ses.webRequest.onBeforeRequest((details, respond) => {
    const local = details.url.startsWith('file://') || details.url.startsWith('devtools://');
    respond({ cancel: !local && !isDevServerUrl(details.url, devServer) });
  });
  ses.webRequest.onHeadersReceived((details, respond) =>
    respond({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

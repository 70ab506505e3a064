import { request, type ClientRequest } from 'node:http';
import type { BrowserModeServer } from '../../src-main/server/server';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** The body whole, or a writer that streams it (and may stop early: the reply can come first). */
  body?: string | ((req: ClientRequest) => Promise<void>);
}

/** A raw HTTP request, so the test controls the Host and Origin headers and the path exactly. */
export function send(server: BrowserModeServer, path: string, options: RawRequest = {}): Promise<Reply> {
  const { host } = new URL(server.origin);
  return new Promise<Reply>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: new URL(server.origin).port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    if (typeof options.body === 'function') void options.body(req).catch(() => undefined);
    else req.end(options.body);
  });
}

/** The one-time secret of an address `wge serve` prints. */
export const secretOf = (address: string) => new URL(address).hash.slice('#s='.length);

/** Headers a page of this server sends, with its Origin. */
export const fromThePage = (server: BrowserModeServer, cookie?: string): Record<string, string> => ({
  Origin: server.origin.replace(/\/$/, ''),
  'Content-Type': 'application/json',
  ...(cookie ? { Cookie: cookie } : {}),
});

/** Spends a one-time address as the page does, and returns the cookie (name=value) it gave. */
export async function signIn(server: BrowserModeServer, address = server.url): Promise<string> {
  const reply = await send(server, '/session', {
    method: 'POST',
    headers: fromThePage(server),
    body: JSON.stringify({ secret: secretOf(address) }),
  });
  const cookie = [reply.headers['set-cookie'] ?? []].flat()[0];
  if (reply.status !== 200 || !cookie) throw new Error(`Not let in: ${reply.status} ${reply.body}`);
  return cookie.split(';')[0]!;
}

/** Calls the contract as the page does. */
export async function callAsThePage(server: BrowserModeServer, cookie: string, method: string, input: unknown = {}) {
  return send(server, `/api/${method}`, {
    method: 'POST',
    headers: fromThePage(server, cookie),
    body: JSON.stringify(input),
  });
}

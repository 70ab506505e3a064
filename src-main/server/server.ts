import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { MAX_BUNDLE_BASE64 } from '../../src-shared/api/exchange';
import type { ApiResult } from '../../src-shared/api/errors';

export const TOKEN_HEADER = 'x-wge-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** A bundle comes in whole, as base64: as large as the contract allows one to be. */
const BUNDLE_METHODS = new Set(['bundle.preview', 'bundle.import']);
const MAX_BUNDLE_BODY_BYTES = MAX_BUNDLE_BASE64 + 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Answers a contract call (the services' worker does, so no call holds up the server). */
export type Answer = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface BrowserModeServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RangeError('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Browser mode: the built renderer and the contract over HTTP, for this machine only. */
export async function startServer(answer: Answer, rendererDir: string, port = 0): Promise<BrowserModeServer> {
  const token = randomBytes(24).toString('hex');
  const root = resolve(rendererDir);
  let allowedHosts: string[] = [];

  const serveFile = async (res: ServerResponse, pathname: string) => {
    const target = resolve(join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (!target.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
    let content: Buffer;
    try {
      content = await readFile(target);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    if (target.endsWith('index.html')) {
      // The page learns the per-launch token here; nothing else on the machine can read it.
      content = Buffer.from(
        content.toString('utf8').replace('<head>', `<head><meta name="wge-token" content="${token}">`),
      );
    }
    send(res, 200, content, CONTENT_TYPES[extname(target)] ?? 'application/octet-stream');
  };

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, 'Forbidden', 'text/plain');
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (pathname.startsWith('/api/')) {
        if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
          return sendJson(res, 401, { ok: false, error: { code: 'failed', message: 'Not authorised.', fields: [] } });
        }
        if (req.method !== 'POST')
          return sendJson(res, 405, { ok: false, error: { code: 'failed', message: 'Use POST.', fields: [] } });
        const method = pathname.slice('/api/'.length);
        let input: unknown;
        try {
          const body = await readBody(req, BUNDLE_METHODS.has(method) ? MAX_BUNDLE_BODY_BYTES : MAX_BODY_BYTES);
          input = body ? JSON.parse(body) : {};
        } catch {
          const message = 'The request could not be read (too large or not JSON).';
          return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message, fields: [] } });
        }
        return sendJson(res, 200, await answer(method, input));
      }
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      return await serveFile(res, pathname);
    } catch (error) {
      console.error('[wge] request failed:', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    }
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  allowedHosts = [`127.0.0.1:${boundPort}`, `localhost:${boundPort}`];
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    token,
    server,
    // Stopping ends the open pages' connections too, so Ctrl+C never waits on a browser tab.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_BUNDLE_BASE64 } from '../../src-shared/api/exchange';
import type { ApiResult } from '../../src-shared/api/errors';
import ICON from '../../resources/icon.svg?raw';

const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** A bundle comes in whole, as base64: as large as the contract allows one to be. */
const BUNDLE_METHODS = new Set(['bundle.preview', 'bundle.import']);
const MAX_BUNDLE_BODY_BYTES = MAX_BUNDLE_BASE64 + 1024;
const MAX_SECRET_BODY_BYTES = 1024;
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
const OPEN_THE_PRINTED_ADDRESS =
  'Open the address that "wge serve" printed (each one works once), or press Enter where it runs for a new one.';

export const BAD_ADDRESS = 'That address is not one Work Group Evaluator knows. Check it was copied whole.';

/**
 * What anyone without the session's cookie gets: no app, no data, only the way in. The address
 * `wge serve` prints carries its one-time secret after "#", which the browser never sends to a
 * server or in a Referer; this page's script hands it over once, by POST, for the cookie.
 */
const DOOR_PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Work Group Evaluator</title>
<link rel="icon" type="image/svg+xml" href="/favicon.svg"><script src="/door.js"></script></head>
<body><h1>Work Group Evaluator</h1><p id="door">${OPEN_THE_PRINTED_ADDRESS}</p></body></html>`;
const DOOR_SCRIPT = `const secret = new URLSearchParams(location.hash.slice(1)).get('s');
if (secret) {
  history.replaceState(null, '', '/');
  fetch('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ secret }) })
    .then((reply) => reply.ok ? location.replace('/') : reply.json().then((answer) => {
      document.getElementById('door').textContent = answer.error.message;
    }));
}`;

/** Answers a contract call (the services' worker does, so no call holds up the server). */
export type Answer = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface BrowserModeServer {
  /** The address to print: this server's page with a one-time secret that lets one browser in. */
  url: string;
  /** The page's address without a secret (what a browser already let in opens). */
  origin: string;
  /** The name of the cookie a browser that was let in carries (one per port: two servers may run). */
  cookieName: string;
  /** Where request bodies are streamed while they arrive; each file goes once its request is read. */
  uploadFolder: string;
  server: Server;
  /** Another one-time address, for another browser (or this one after its cookie was lost). */
  newAddress(): string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  // A refused body may still be arriving: the connection closes rather than reading the rest.
  const closing = status === 413 ? { Connection: 'close' } : {};
  res.writeHead(status, { ...SECURITY_HEADERS, ...closing, 'Content-Type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));
const refuse = (res: ServerResponse, status: number, message: string, code = 'failed') =>
  sendJson(res, status, { ok: false, error: { code, message, fields: [] } });

function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string' || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The body, streamed to a file under `folder` and read back once whole: a large or slow upload
 * never sits in memory chunk by chunk, and one over `limit` is refused as soon as it passes it.
 */
async function readBody(req: IncomingMessage, folder: string, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
  const file = join(folder, randomUUID());
  let size = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > limit ? new BodyTooLarge() : null, chunk);
    },
  });
  // Not pipeline(req, …): its failure would destroy the request's socket before the refusal is sent.
  const written = pipeline(capped, createWriteStream(file, { mode: 0o600 }));
  req.once('close', () => {
    if (!req.complete) capped.destroy(new Error('The request ended early.'));
  });
  req.pipe(capped);
  try {
    await written;
    return await readFile(file, 'utf8');
  } finally {
    await rm(file, { force: true });
  }
}

/** The path asked for, decoded; undefined when it cannot be (malformed percent-encoding and the like). */
function requestedPath(req: IncomingMessage): string | undefined {
  try {
    return decodeURIComponent((req.url ?? '/').split('?')[0]!);
  } catch {
    return undefined;
  }
}

/** Browser mode: the built renderer and the contract over HTTP, for this machine and the browser let in. */
export async function startServer(answer: Answer, rendererDir: string, port = 0): Promise<BrowserModeServer> {
  const root = resolve(rendererDir);
  const uploadFolder = await mkdtemp(join(tmpdir(), 'wge-serve-'));
  const unspentSecrets = new Set<string>();
  const sessions = new Set<string>();
  let allowedHosts: string[] = [];
  let cookieName = '';

  const signedIn = (req: IncomingMessage) => {
    const session = cookieValue(req, cookieName);
    return [...sessions].some((known) => sameSecret(session, known));
  };
  // A page of another site (or a tab of this one's, rebound by DNS) cannot pass as this one.
  const sameOrigin = (req: IncomingMessage) => req.headers.origin === `http://${req.headers.host}`;

  const serveFile = async (res: ServerResponse, pathname: string) => {
    const target = resolve(join(root, pathname === '/' ? '/index.html' : pathname));
    if (!target.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
    let content: Buffer;
    try {
      content = await readFile(target);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    send(res, 200, content, CONTENT_TYPES[extname(target)] ?? 'application/octet-stream');
  };

  const openSession = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || !sameOrigin(req)) return refuse(res, 403, OPEN_THE_PRINTED_ADDRESS);
    let given: unknown;
    try {
      given = (JSON.parse(await readBody(req, uploadFolder, MAX_SECRET_BODY_BYTES)) as { secret?: unknown }).secret;
    } catch {
      return refuse(res, 400, OPEN_THE_PRINTED_ADDRESS);
    }
    const secret = [...unspentSecrets].find((unspent) => sameSecret(given, unspent));
    if (!secret) {
      const message =
        'This address has been used already. Press Enter where "wge serve" runs for a new one; if you did not use it, stop "wge serve" with Ctrl+C.';
      return refuse(res, 403, message);
    }
    unspentSecrets.delete(secret);
    const session = randomBytes(32).toString('base64url');
    sessions.add(session);
    // No expiry: the cookie lasts as long as the browser's session, and is worth nothing once the server stops.
    res.setHeader('Set-Cookie', `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`);
    return sendJson(res, 200, { ok: true });
  };

  const answerCall = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (!sameOrigin(req)) return refuse(res, 403, 'Only the Work Group Evaluator page may call it.');
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    const method = pathname.slice('/api/'.length);
    let input: unknown;
    try {
      const limit = BUNDLE_METHODS.has(method) ? MAX_BUNDLE_BODY_BYTES : MAX_BODY_BYTES;
      const body = await readBody(req, uploadFolder, limit);
      input = body ? JSON.parse(body) : {};
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return refuse(res, 413, 'That is too large to send to Work Group Evaluator.', 'invalid_input');
      return refuse(res, 400, 'The request could not be read (not JSON).', 'invalid_input');
    }
    return sendJson(res, 200, await answer(method, input));
  };

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, 'Forbidden', 'text/plain');
      const pathname = requestedPath(req);
      if (pathname === undefined) return send(res, 400, BAD_ADDRESS, 'text/plain');
      if (pathname === '/session') return await openSession(req, res);
      if (pathname === '/door.js') return send(res, 200, DOOR_SCRIPT, CONTENT_TYPES['.js']);
      // The app's icon tells nothing about the workspace, so the door page may show it too.
      if (pathname === '/favicon.svg') return send(res, 200, ICON, CONTENT_TYPES['.svg']);
      const api = pathname.startsWith('/api/');
      if (!signedIn(req))
        return api ? refuse(res, 401, OPEN_THE_PRINTED_ADDRESS) : send(res, 401, DOOR_PAGE, CONTENT_TYPES['.html']);
      if (api) return await answerCall(req, res, pathname);
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
  cookieName = `wge-${boundPort}`;
  const origin = `http://127.0.0.1:${boundPort}/`;
  const newAddress = () => {
    const secret = randomBytes(32).toString('base64url');
    unspentSecrets.add(secret);
    return `${origin}#s=${secret}`;
  };
  return {
    url: newAddress(),
    origin,
    cookieName,
    uploadFolder,
    server,
    newAddress,
    // Stopping ends the open pages' connections too, so Ctrl+C never waits on a browser tab.
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }).then(() => rm(uploadFolder, { recursive: true, force: true })),
  };
}

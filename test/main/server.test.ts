import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type BrowserModeServer } from '../../src-main/server/server';
import { dispatchAsync } from '../../src-main/services/dispatch';
import { sampleWorkGroup, tempFolder, tempWorkspace } from '../support/workspace';

let running: BrowserModeServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start() {
  const renderer = join(tempFolder(), 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer, '..', 'secret.txt'), 'not for the browser');
  const { handlers } = tempWorkspace();
  running = await startServer((method, input) => dispatchAsync(handlers, method, input), renderer);
  return running;
}

/** A raw HTTP request, so the test controls the Host header and the path exactly. */
function send(
  server: BrowserModeServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const { port } = new URL(server.url);
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser mode', () => {
  it('listens on the loopback address only', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('gives the page its token and answers calls that carry it', async () => {
    const server = await start();
    const page = await send(server, '/');
    expect(page.body).toContain(`<meta name="wge-token" content="${server.token}">`);
    const created = await send(server, '/api/workGroup.create', {
      method: 'POST',
      headers: { 'X-WGE-Token': server.token },
      body: JSON.stringify(sampleWorkGroup),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, result: { code: 'TRG-2025-01' } });
  });

  it('refuses every API request without the right token, whether or not the method exists', async () => {
    const server = await start();
    for (const path of ['/api/workGroup.list', '/api/no.such.method', '/api/']) {
      expect((await send(server, path, { method: 'POST', body: '{}' })).status).toBe(401);
      const wrong = await send(server, path, { method: 'POST', headers: { 'X-WGE-Token': 'f'.repeat(48) } });
      expect(wrong.status).toBe(401);
    }
  });

  it('refuses a Host header that is not this address and port', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    for (const host of ['evil.example:80', `attacker.test:${port}`, '127.0.0.1:1']) {
      const reply = await send(server, '/api/workGroup.list', {
        method: 'POST',
        headers: { Host: host, 'X-WGE-Token': server.token },
      });
      expect(reply.status).toBe(403);
      expect((await send(server, '/', { headers: { Host: host } })).status).toBe(403);
    }
  });

  it('serves only files inside the renderer folder', async () => {
    const server = await start();
    expect((await send(server, '/assets/app.js')).status).toBe(200);
    expect((await send(server, '/../secret.txt')).status).toBe(404);
    expect((await send(server, '/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send(server, '/assets/')).status).toBe(404);
  });

  it('reports bad input plainly', async () => {
    const server = await start();
    const reply = await send(server, '/api/workGroup.create', {
      method: 'POST',
      headers: { 'X-WGE-Token': server.token },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/could not be read/);
  });
});

import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { BAD_ADDRESS, startServer, type BrowserModeServer } from '../../src-main/server/server';
import { dispatchAsync } from '../../src-main/services/dispatch';
import { callAsThePage, fromThePage, secretOf, send, signIn } from '../support/browserMode';
import { sampleWorkGroup, tempFolder, tempWorkspace } from '../support/workspace';

const APP_PAGE =
  '<html><head><title>t</title></head><body><script type="module" src="/assets/app.js"></script></body></html>';

let running: BrowserModeServer[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

async function start() {
  const renderer = join(tempFolder(), 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), APP_PAGE);
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer, '..', 'secret.txt'), 'not for the browser');
  const { handlers } = tempWorkspace();
  const server = await startServer((method, input) => dispatchAsync(handlers, method, input), renderer);
  running.push(server);
  return server;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('browser mode', () => {
  it('listens on the loopback address only, and prints an address with a secret after "#"', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[\w-]{43}$/);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('gives another process on the machine no app and nothing to get in with', async () => {
    const server = await start();
    for (const path of ['', 'index.html', 'assets/app.js']) {
      const { stdout } = await promisify(execFile)('curl', ['-s', '-i', `${server.origin}${path}`]);
      expect(stdout).toMatch(/^HTTP\/1\.1 401/);
      expect(stdout).toContain('Open the address that "wge serve" printed');
      expect(stdout).not.toContain('assets/app.js');
      expect(stdout).not.toContain('console.log');
      expect(stdout).not.toContain(secretOf(server.url));
      expect(stdout).not.toMatch(/set-cookie/i);
    }
  });

  it('shows the app’s icon on the door page without a cookie, and nothing else', async () => {
    const server = await start();
    const door = await send(server, '/');
    expect(door.status).toBe(401);
    expect(door.body).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">');
    const icon = await send(server, '/favicon.svg');
    expect(icon).toMatchObject({ status: 200, headers: { 'content-type': 'image/svg+xml' } });
    expect(icon.body).toMatch(/^<svg [^>]*aria-label="Work Group Evaluator"/);
    expect(icon.headers['set-cookie']).toBeUndefined();
  });

  it('lets the printed address in once, with an HttpOnly, SameSite=Strict cookie that opens the app', async () => {
    const server = await start();
    const exchange = () =>
      send(server, '/session', {
        method: 'POST',
        headers: fromThePage(server),
        body: JSON.stringify({ secret: secretOf(server.url) }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${server.cookieName}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`));

    const again = await exchange();
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body).error.message).toMatch(/used already\. Press Enter where "wge serve" runs/);
    expect(again.headers['set-cookie']).toBeUndefined();

    const cookie = setCookie.split(';')[0]!;
    const page = await send(server, '/', { headers: { Cookie: cookie } });
    expect(page).toMatchObject({ status: 200, body: APP_PAGE });
    const created = await callAsThePage(server, cookie, 'workGroup.create', sampleWorkGroup);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, result: { code: 'TRG-2025-01' } });
  });

  it('refuses a wrong secret, and a secret sent from elsewhere than the page', async () => {
    const server = await start();
    const secret = secretOf(server.url);
    const attempts = [
      { headers: fromThePage(server), body: JSON.stringify({ secret: `${secret.slice(0, -1)}x` }) },
      { headers: fromThePage(server), body: JSON.stringify({ secret: 'short' }) },
      { headers: fromThePage(server), body: '{not json' },
      { headers: { ...fromThePage(server), Origin: 'http://evil.example' }, body: JSON.stringify({ secret }) },
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ secret }) },
    ];
    for (const attempt of attempts) {
      const reply = await send(server, '/session', { method: 'POST', ...attempt });
      expect([400, 403]).toContain(reply.status);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    // None of those spent it.
    expect(await signIn(server)).toMatch(new RegExp(`^${server.cookieName}=`));
  });

  it('gives a new one-time address on request, and two servers cookies of their own', async () => {
    const server = await start();
    const other = await start();
    expect(server.cookieName).not.toBe(other.cookieName);
    await signIn(server);
    const another = server.newAddress();
    expect(secretOf(another)).not.toBe(secretOf(server.url));
    const cookie = await signIn(server, another);
    await expect(signIn(server, another)).rejects.toThrow(/403/);
    expect((await callAsThePage(server, cookie, 'workGroup.list')).status).toBe(200);
    expect(
      (await callAsThePage(other, cookie.replace(server.cookieName, other.cookieName), 'workGroup.list')).status,
    ).toBe(401);
  });

  it('refuses every API request without the cookie, whether or not the method exists', async () => {
    const server = await start();
    await signIn(server);
    for (const path of ['/api/workGroup.list', '/api/no.such.method', '/api/']) {
      const none = await send(server, path, { method: 'POST', headers: fromThePage(server), body: '{}' });
      expect(none.status).toBe(401);
      expect(JSON.parse(none.body).error.message).toMatch(/Open the address that "wge serve" printed/);
      const wrong = await send(server, path, {
        method: 'POST',
        headers: fromThePage(server, `${server.cookieName}=${'f'.repeat(43)}`),
      });
      expect(wrong.status).toBe(401);
    }
  });

  it('refuses API calls from any origin but the page, even with the cookie', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const { port } = new URL(server.origin);
    for (const origin of ['http://evil.example', `http://127.0.0.1:${Number(port) + 1}`, 'null', undefined]) {
      const headers: Record<string, string> = { ...fromThePage(server, cookie) };
      if (origin) headers['Origin'] = origin;
      else delete headers['Origin'];
      const reply = await send(server, '/api/workGroup.list', { method: 'POST', headers, body: '{}' });
      expect(reply.status).toBe(403);
    }
    const fromLocalhost = {
      ...fromThePage(server, cookie),
      Host: `localhost:${port}`,
      Origin: `http://localhost:${port}`,
    };
    expect((await send(server, '/api/workGroup.list', { method: 'POST', headers: fromLocalhost })).status).toBe(200);
  });

  it('refuses a Host header that is not this address and port', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const { port } = new URL(server.origin);
    for (const host of ['evil.example:80', `attacker.test:${port}`, '127.0.0.1:1']) {
      const reply = await send(server, '/api/workGroup.list', {
        method: 'POST',
        headers: { ...fromThePage(server, cookie), Host: host, Origin: `http://${host}` },
      });
      expect(reply.status).toBe(403);
      expect((await send(server, '/', { headers: { Host: host, Cookie: cookie } })).status).toBe(403);
    }
  });

  it('serves only files inside the renderer folder', async () => {
    const server = await start();
    const headers = { Cookie: await signIn(server) };
    expect((await send(server, '/assets/app.js', { headers })).status).toBe(200);
    expect((await send(server, '/../secret.txt', { headers })).status).toBe(404);
    expect((await send(server, '/%2e%2e/secret.txt', { headers })).status).toBe(404);
    expect((await send(server, '/assets/', { headers })).status).toBe(404);
  });

  it('answers a malformed address with 400, signed in or not', async () => {
    const server = await start();
    const cookie = await signIn(server);
    for (const headers of [{}, fromThePage(server, cookie)]) {
      for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js', '/api/workGroup.list%ff']) {
        const reply = await send(server, path, { method: 'POST', headers, body: '{}' });
        expect(reply.status).toBe(400);
        expect(reply.body).toBe(BAD_ADDRESS);
      }
    }
  });

  it('reports bad input plainly', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const reply = await send(server, '/api/workGroup.create', {
      method: 'POST',
      headers: fromThePage(server, cookie),
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/could not be read/);
  });

  it('refuses a body declared larger than a bundle may be before reading any of it', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const reply = await send(server, '/api/bundle.import', {
      method: 'POST',
      headers: { ...fromThePage(server, cookie), 'Content-Length': String(500_000_000) },
      body: async (req) => void req.write('{"base64":"'),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toBe('That is too large to send to Work Group Evaluator.');
    expect(readdirSync(server.uploadFolder)).toEqual([]);
  });

  it('streams a body to a temporary file, refuses it once past the limit, and removes the file', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    let answered = false;
    const onDisk: number[] = [];
    // 64 MB, sent without a Content-Length as a slow or hostile client might: far past the 8 MB limit.
    const stream = async (req: ClientRequest) => {
      req.write('{"code":"');
      for (let sent = 0; sent < 64 && !answered; sent++) {
        if (!req.write(megabyte)) await new Promise((drained) => req.once('drain', drained));
        if (sent === 4) {
          await wait(50);
          onDisk.push(
            ...readdirSync(server.uploadFolder).map((file) => statSync(join(server.uploadFolder, file)).size),
          );
        }
      }
    };
    const reply = await send(server, '/api/workGroup.create', {
      method: 'POST',
      headers: { ...fromThePage(server, cookie), 'Transfer-Encoding': 'chunked' },
      body: stream,
    });
    answered = true;
    expect(reply.status).toBe(413);
    // While it arrived, what had arrived was on disk (not gathered in memory)…
    expect(onDisk).toHaveLength(1);
    expect(onDisk[0]).toBeGreaterThan(2 * 1024 * 1024);
    // …and the file went with the refusal.
    expect(readdirSync(server.uploadFolder)).toEqual([]);
  });

  it('keeps going when a client gives up halfway through a body, and removes what had come', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const dropped = send(server, '/api/bundle.preview', {
      method: 'POST',
      headers: { ...fromThePage(server, cookie), 'Content-Length': '5000000' },
      body: async (req) => {
        req.write('{"base64":"' + 'A'.repeat(1_000_000));
        await wait(100);
        req.destroy();
      },
    });
    await expect(dropped).rejects.toThrow();
    await wait(100);
    expect(readdirSync(server.uploadFolder)).toEqual([]);
    expect((await callAsThePage(server, cookie, 'workGroup.list')).status).toBe(200);
  });

  it('removes each request body once read, and the upload folder when it stops', async () => {
    const server = await start();
    const cookie = await signIn(server);
    expect((await callAsThePage(server, cookie, 'workGroup.create', sampleWorkGroup)).status).toBe(200);
    expect(readdirSync(server.uploadFolder)).toEqual([]);
    await server.close();
    running = running.filter((r) => r !== server);
    expect(existsSync(server.uploadFolder)).toBe(false);
  });
});

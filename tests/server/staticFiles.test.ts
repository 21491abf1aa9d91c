// `npm run serve` serves the built game as docs/hosting.md asks of a host: its files with the
// security headers, nothing outside the folder, nothing but GET and HEAD.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from '../../src/server/staticFiles';
import { securityHeaders } from '../../scripts/securityPolicy';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pivot-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pivot East</title>');
  writeFileSync(join(root, 'assets', 'game-abc123.js'), 'export {};');
  writeFileSync(join(tmpdir(), 'pivot-secret.txt'), 'not served');
  server = createServer(staticFiles(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'pivot-secret.txt'), { force: true });
});

describe('the built game served by the class server', () => {
  it('serves the page with the security headers, and hashed assets as immutable', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(securityHeaders())) expect(page.headers.get(name)).toBe(value);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('Pivot East');
    const asset = await fetch(`${base}/assets/game-abc123.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves nothing outside its folder and only GET and HEAD', async () => {
    expect((await fetch(`${base}/..%2fpivot-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/pivot-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets`)).status).toBe(404);
    const post = await fetch(`${base}/index.html`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('x-content-type-options')).toBe('nosniff');
    // HEAD: the page's headers, no body.
    const head = await fetch(`${base}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

// `npm run serve -- --dist DIR` serves a build made elsewhere (`npm run build -- --outDir DIR`), as it
// serves dist/; a folder without the game, or --dist with --no-static, stops it with the reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/securityPolicy';
import { SERVER_TEST_TIMEOUT, startServer, stopAll } from './support/classServerProcess';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pivot-build-'));
  folders.push(dir);
  return dir;
};

afterAll(async () => {
  await stopAll();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('serve --dist', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('serves the build in the folder it names, with the security headers', async () => {
    const build = folder();
    writeFileSync(join(build, 'index.html'), '<!doctype html><title>Pivot East, built elsewhere</title>');
    const server = await startServer({ dist: build });
    const page = await fetch(`http://localhost:${server.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('built elsewhere');
    for (const [name, value] of Object.entries(securityHeaders())) expect(page.headers.get(name)).toBe(value);
    await server.stop();
  });

  it('stops with the reason when the folder holds no built game', async () => {
    const empty = folder();
    await expect(startServer({ dist: empty })).rejects.toThrow(`--dist ${empty}: there is no built game there (no index.html); build one with: npm run build -- --outDir ${empty}`);
  });

  it('refuses --dist together with --no-static', async () => {
    const build = folder();
    writeFileSync(join(build, 'index.html'), '<!doctype html>');
    await expect(startServer({ dist: build, args: ['--no-static'] })).rejects.toThrow('--dist serves a build and --no-static serves none: give one of them');
  });
});

// Starts the class server as a real process (by pid) for a test, and stops it, even when the test
// failed: every process started here is stopped by stopAll() in afterAll.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const running = new Set<ChildProcess>();
const folders: string[] = [];
// Even when the test worker itself is stopped (a timeout, an interrupted run): no server outlives it.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  output: () => string;
  /** Stops it (SIGTERM, then SIGKILL); `kill: true` stops it at once, as a crash would. */
  stop(options?: { kill?: boolean }): Promise<void>;
}

export function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pivot-class-'));
  folders.push(dir);
  return dir;
}

/** `dist`: a built game to serve (`--dist`); none by default (`--no-static`). */
export async function startServer(options: { data?: string; port?: number; redis?: string; dist?: string; args?: string[] } = {}): Promise<ServerProcess> {
  const served = options.dist === undefined ? ['--no-static'] : ['--dist', options.dist];
  const args = ['--import', 'tsx', 'src/server/main.ts', ...served, '--port', String(options.port ?? 0), '--data', options.data ?? dataFolder()];
  if (options.redis) args.push('--redis', options.redis);
  const child = spawn(process.execPath, [...args, ...(options.args ?? [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    const look = () => {
      const m = /listening on http:\/\/localhost:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (${code}) before listening:\n${output}`));
    });
  });
  const stop = async ({ kill = false } = {}) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(kill ? 'SIGKILL' : 'SIGTERM');
    const late = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(late);
    running.delete(child);
  };
  return { url: `ws://localhost:${port}`, port, pid: child.pid!, output: () => output, stop };
}

/** Stops every server process still running and removes the data folders. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
  running.clear();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A port nothing listens on now (for a server that must come back on the same port). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A server test starts processes (a few seconds each on a busy machine) and waits on the network:
 * a limit, not a timing (timings are in `class-load` and the README).
 */
export const SERVER_TEST_TIMEOUT = 120_000;

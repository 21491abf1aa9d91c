// Builds the pages (the game's index.html, and whatever else vite.config.ts lists, such as the
// board demo) with the project's Vite config into a temporary directory, serves them on a free
// localhost port, and tells the tests where: inject('gameUrl') for the game, inject('baseUrl').
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPages } from '../board/buildPages';
import { serveDirectory } from '../board/staticServer';
import { findChromium } from '../findChromium';

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
    baseUrl: string;
    /** The built pages' folder (the class game's test serves it from the class server). */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // No browser: stop here, once, saying how to get one, before building anything. (An error thrown
  // here would come with a stack and Vitest's "No test files found"; every file failing alike is worse.)
  const browser = findChromium();
  if (!browser.ok) {
    writeSync(2, `\n${browser.message}\n\n`); // synchronous: written before the exit
    process.exit(1);
  }
  // A directory of our own: other builds of dist/ (the board's demo, a developer's) are left alone.
  const outDir = process.env.PIVOT_EAST_BROWSER_DIST ?? mkdtempSync(join(tmpdir(), 'pivot-east-browser-'));
  await buildPages(outDir);
  const server = await serveDirectory(outDir);
  project.provide('baseUrl', server.url);
  project.provide('gameUrl', `${server.url}/index.html`);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    if (!process.env.PIVOT_EAST_BROWSER_DIST) rmSync(outDir, { recursive: true, force: true });
  };
}

// Vite plugin: the service worker (src/app/browser/serviceWorker.js) as sw.js beside the pages,
// with the list of every file of the build and a version that changes when any of them does. The
// page registers it (src/app/browser/offline.ts); docs/hosting.md says why not vite-plugin-pwa.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = new URL('../src/app/browser/serviceWorker.js', import.meta.url);

export interface Precache {
  /** Changes when any file's name or content does. */
  version: string;
  /** Paths relative to the service worker, which sits beside the pages. */
  files: string[];
}

/** What to cache for offline play: every file of the build but the worker itself and source maps. */
export function precacheOf(files: ReadonlyMap<string, string | Uint8Array>): Precache {
  const names = [...files.keys()].filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map')).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(files.get(name)!).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files: names };
}

/** The worker's text: its precache list, then its code. */
export function serviceWorkerSource(precache: Precache): string {
  return `const PRECACHE = ${JSON.stringify(precache)};\n${readFileSync(SOURCE, 'utf8')}`;
}

export function serviceWorker(): Plugin {
  return {
    name: 'pivot-east:service-worker',
    apply: 'build',
    enforce: 'post',
    // Tells the page where its worker is: only a build has one. (Not import.meta.env.PROD: a build
    // made under Vitest, as the browser tests' are, is not "production".)
    config: () => ({ define: { 'import.meta.env.SERVICE_WORKER': JSON.stringify(`./${SERVICE_WORKER_FILE}`) } }),
    generateBundle: {
      // After the pages and every other file have been added to the bundle.
      order: 'post',
      handler(_options, bundle) {
        const files = new Map(Object.values(bundle).map((f) => [f.fileName, f.type === 'chunk' ? f.code : f.source] as const));
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(precacheOf(files)) });
      },
    },
  };
}

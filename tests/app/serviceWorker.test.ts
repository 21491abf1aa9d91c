// The service worker as the build emits it (scripts/serviceWorker.ts), run in Node against a fake
// Cache Storage: what it caches, which version it names, what it keeps on activation and what it
// serves. tests/browser/offline.test.ts runs it for real in Chromium.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { precacheOf, serviceWorkerSource, type Precache } from '../../scripts/serviceWorker';

const ORIGIN = 'https://school.example';
const BASE = `${ORIGIN}/pivot-east/`;

/** Cache Storage in memory: caches in the order they were made, responses by URL. */
class FakeCaches {
  readonly stores = new Map<string, Map<string, string>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        for (const r of requests) store.set(r.url, await (await fakeFetch(r)).text());
      },
      match: async (what: Request | string, options?: { ignoreSearch?: boolean }) => lookUp(store, what, options),
    };
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(what: Request | string) {
    for (const store of this.stores.values()) {
      const found = lookUp(store, what);
      if (found) return found;
    }
    return undefined;
  }
}

function lookUp(store: Map<string, string>, what: Request | string, options?: { ignoreSearch?: boolean }): Response | undefined {
  const url = new URL(typeof what === 'string' ? what : what.url);
  if (options?.ignoreSearch) url.search = '';
  const body = store.get(url.href);
  return body === undefined ? undefined : new Response(body);
}

const fetched: { url: string; cache: RequestCache }[] = [];
/** What the server has now, by path below BASE. */
let deployed = new Map<string, string>();
async function fakeFetch(request: Request | string): Promise<Response> {
  const r = typeof request === 'string' ? new Request(request) : request;
  fetched.push({ url: r.url, cache: r.cache });
  const body = deployed.get(r.url.slice(BASE.length));
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
}

/** Runs the worker's text in a fresh global, as a browser would, and returns its event handlers. */
function startWorker(precache: Precache, caches: FakeCaches) {
  const handlers = new Map<string, (event: unknown) => void>();
  const calls: string[] = [];
  const self = {
    location: new URL('sw.js', BASE),
    addEventListener: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler),
    skipWaiting: async () => void calls.push('skipWaiting'),
    clients: { claim: async () => void calls.push('claim') },
  };
  // A worker's relative addresses are relative to the worker's own.
  const WorkerRequest = class extends Request {
    constructor(input: string, init?: RequestInit) {
      super(new URL(input, self.location).href, init);
    }
  };
  runInNewContext(serviceWorkerSource(precache), { self, caches, fetch: fakeFetch, Request: WorkerRequest, Response, URL, Promise });
  /** Dispatches an extendable event and waits for the work it was given. */
  const dispatch = async (type: string, props: Record<string, unknown> = {}) => {
    let work: Promise<unknown> | undefined;
    let response: Promise<Response> | undefined;
    handlers.get(type)!({ ...props, waitUntil: (p: Promise<unknown>) => (work = p), respondWith: (p: Promise<Response>) => (response = p) });
    await work;
    return response ? await response : undefined;
  };
  return { dispatch, calls };
}

const FILES = new Map<string, string>([
  ['index.html', '<html>first</html>'],
  ['assets/index-aaaa.js', 'first code'],
  ['assets/board-bbbb.js', 'phaser'],
  ['manifest.webmanifest', '{}'],
  ['sw.js', 'old worker'],
  ['assets/index-aaaa.js.map', '{}'],
]);
/** The next deployment: a new page and entry; the board's chunk unchanged. */
const NEXT_FILES = new Map<string, string>([
  ['index.html', '<html>next</html>'],
  ['assets/index-eeee.js', 'next code'],
  ['assets/board-bbbb.js', 'phaser'],
  ['manifest.webmanifest', '{}'],
  ['sw.js', 'new worker'],
]);

describe('the service worker’s precache', () => {
  it('lists every file of the build but itself and source maps, in order', () => {
    expect(precacheOf(FILES).files).toEqual(['assets/board-bbbb.js', 'assets/index-aaaa.js', 'index.html', 'manifest.webmanifest']);
  });

  it('has a version that changes with any file’s content or name, and only then', () => {
    const { version } = precacheOf(FILES);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheOf(new Map([...FILES].reverse())).version).toBe(version);
    expect(precacheOf(new Map([...FILES, ['sw.js', 'another worker']])).version).toBe(version);
    expect(precacheOf(new Map([...FILES, ['index.html', '<html>next</html>']])).version).not.toBe(version);
    const renamed = new Map(FILES);
    renamed.delete('assets/board-bbbb.js');
    renamed.set('assets/board-cccc.js', 'phaser');
    expect(precacheOf(renamed).version).not.toBe(version);
  });
});

describe('the service worker', () => {
  const first = precacheOf(FILES);
  const next = precacheOf(NEXT_FILES);

  it('caches every file of its version on install, checking the unhashed ones with the server', async () => {
    const caches = new FakeCaches();
    deployed = FILES;
    fetched.length = 0;
    await startWorker(first, caches).dispatch('install');
    expect(await caches.keys()).toEqual([`pivot-east-${first.version}`]);
    expect([...caches.stores.get(`pivot-east-${first.version}`)!.keys()]).toEqual(first.files.map((f) => new URL(f, BASE).href));
    expect(fetched.map((f) => [new URL(f.url).pathname, f.cache])).toEqual([
      ['/pivot-east/assets/board-bbbb.js', 'default'],
      ['/pivot-east/assets/index-aaaa.js', 'default'],
      ['/pivot-east/index.html', 'no-cache'],
      ['/pivot-east/manifest.webmanifest', 'no-cache'],
    ]);
  });

  it('keeps the previous version’s cache on activation, deletes older ones and other sites’ alone', async () => {
    const caches = new FakeCaches();
    for (const name of ['pivot-east-0000000000000001', 'another-app', 'pivot-east-0000000000000002']) await caches.open(name);
    deployed = NEXT_FILES;
    const worker = startWorker(next, caches);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect(await caches.keys()).toEqual(['another-app', 'pivot-east-0000000000000002', `pivot-east-${next.version}`]);
    expect(worker.calls).toEqual(['claim']);
  });

  it('waits until the page asks it to take over', async () => {
    const worker = startWorker(next, new FakeCaches());
    await worker.dispatch('message', { data: 'something else' });
    expect(worker.calls).toEqual([]);
    await worker.dispatch('message', { data: 'skip-waiting' });
    expect(worker.calls).toEqual(['skipWaiting']);
  });

  it('serves its own version’s pages and files, and the network only for what it lacks', async () => {
    const caches = new FakeCaches();
    deployed = FILES;
    await startWorker(first, caches).dispatch('install');
    deployed = NEXT_FILES;
    const worker = startWorker(next, caches);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    fetched.length = 0;
    const get = async (url: string, mode: RequestMode = 'cors') => {
      const request = { url: new URL(url, BASE).href, method: 'GET', mode };
      const response = await worker.dispatch('fetch', { request });
      return response ? await response.text() : 'not handled';
    };
    // A share link and the bare address are the new version's page.
    expect(await get('./?utm=x#scenario=tutorial&seed=1', 'navigate')).toBe('<html>next</html>');
    expect(await get('./index.html', 'navigate')).toBe('<html>next</html>');
    expect(await get('./assets/index-eeee.js')).toBe('next code');
    // A page still running the first version loads one of its chunks, gone from the server.
    expect(await get('./assets/index-aaaa.js')).toBe('first code');
    expect(fetched).toEqual([]);
    // Not part of the game: from the network; other sites' requests are not its business.
    deployed = new Map([['notes.txt', 'a teacher’s notes']]);
    expect(await get('./notes.txt')).toBe('a teacher’s notes');
    expect(await get('https://elsewhere.example/x.js')).toBe('not handled');
    expect(await worker.dispatch('fetch', { request: { url: BASE, method: 'POST', mode: 'cors' } })).toBeUndefined();
  });
});

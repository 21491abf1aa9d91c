// Offline play: registers the service worker (sw.js, built by scripts/serviceWorker.ts) so that a
// page once opened keeps working when the classroom's network fails, and offers a new version
// when one has been deployed. Only in the built game: the dev server has no sw.js.
import { advisorQuiet } from '../../ui/advisor/advisorWorking';
import { board } from '../../ui/boardHost';
import { showUpdateNotice } from '../../ui/updateNotice';

declare global {
  interface ImportMetaEnv {
    /** The worker's address, set by the build that makes it (scripts/serviceWorker.ts); none in dev. */
    readonly SERVICE_WORKER?: string;
  }
}

/** How long after `load` (the start screen) or the board's first drawing (a game) the page waits before installing. */
const INSTALL_WAIT_MS = 5000;

const after = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export function workOffline(): void {
  const script = import.meta.env.SERVICE_WORKER;
  if (!script || !('serviceWorker' in navigator)) return;
  // Installing fetches every file of the game: never while the page is getting playable, nor in
  // a player's first seconds with it (a first "What if?" would share the cores with it). A few
  // seconds after the start screen has loaded or a game's board has drawn (a share link, a
  // resumed save); then once the advisor's workers have no run; then when the page is idle.
  // (Safari has no requestIdleCallback.)
  const loaded = new Promise<void>((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', () => ok(), { once: true })));
  void Promise.race([board().drawn, loaded])
    .then(() => after(INSTALL_WAIT_MS))
    .then(advisorQuiet)
    .then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void register(script), { timeout: 10_000 });
      else void register(script);
    });
}

/** Resolves at once online, else once the device is back online. */
const whenOnline = () => new Promise<void>((ok) => (navigator.onLine ? ok() : addEventListener('online', () => ok(), { once: true })));

async function register(script: string): Promise<void> {
  // Registering fetches the worker: offline it fails (and the page would never work offline in
  // this visit), so a device offline then (a class's Wi-Fi gone) registers once it is back.
  await whenOnline();
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(script);
  } catch (e) {
    // The game still works online; say why it will not offline.
    console.warn(`Pivot East will not work offline: ${(e as Error).message}`);
    return;
  }
  // A version waiting while this page runs an older one (the first version has nothing to replace).
  const offer = () => {
    const waiting = registration.waiting;
    if (waiting && navigator.serviceWorker.controller) showUpdateNotice(() => switchTo(waiting));
  };
  const watch = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', () => worker.state === 'installed' && offer());
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  offer();
}

/** The new version takes over, then the page reloads into it: never old and new code mixed. */
function switchTo(waiting: ServiceWorker): void {
  // Already taken over (Reload pressed in another tab): this page only has to reload.
  if (waiting.state !== 'installed') return location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage('skip-waiting');
}

// The game's screens load in parts (Vite's chunks, by `import()`), so a click can need a file from
// the server long after the page opened. When one cannot be fetched, the browser's error is
// "Failed to fetch dynamically imported module" (Chromium), "error loading dynamically imported
// module" (Firefox) or "Importing a module script failed" (Safari), and Vite's preloading of a
// part's styles says "Unable to preload CSS". Told apart from the game's own errors, it is said to
// the player with a way on (reload), rather than nothing happening.
import { showLoadFailureNotice } from '../../ui/loadFailureNotice';

const MODULE_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isModuleLoadFailure(e: unknown): boolean {
  return e instanceof Error && MODULE_LOAD_FAILURE.test(e.message);
}

/** Shows the notice for every part that fails to load and that no caller handled. */
export function watchModuleLoads(): void {
  addEventListener('unhandledrejection', (event) => {
    if (isModuleLoadFailure(event.reason)) showLoadFailureNotice();
  });
}

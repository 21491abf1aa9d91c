// Which Chromium the browser tests and the bench drive, found the way people have one:
//   1. $CHROMIUM_PATH, when set (and then only it: a path someone chose that does not exist is an error);
//   2. Debian's Chromium, then a Chrome or Chromium installed in the usual places of this system;
//   3. the Chromium `npx playwright install chromium` put in Playwright's cache, newest first.
// If there is none, one message says where we looked and how to get one.
// The file system and environment are parameters so the order is tested without them
// (tests/browserSupport/findChromium.test.ts).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export interface FinderSystem {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  exists(path: string): boolean;
  /** The names in a directory; none when it does not exist. */
  list(dir: string): string[];
}

export type FoundChromium = { ok: true; path: string } | { ok: false; message: string };

const realSystem = (): FinderSystem => ({
  env: process.env,
  platform: process.platform,
  home: homedir(),
  exists: existsSync,
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
});

/** Browsers installed system-wide or per user, for this platform, in order of preference. */
function installedCandidates(sys: FinderSystem): string[] {
  if (sys.platform === 'win32') {
    const roots = [sys.env.PROGRAMFILES, sys.env['PROGRAMFILES(X86)'], sys.env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => win32.join(r, 'Chromium', 'Application', 'chrome.exe')),
    ];
  }
  if (sys.platform === 'darwin') {
    const apps = ['/Applications', posix.join(sys.home, 'Applications')];
    return [
      ...apps.map((a) => `${a}/Google Chrome.app/Contents/MacOS/Google Chrome`),
      ...apps.map((a) => `${a}/Chromium.app/Contents/MacOS/Chromium`),
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/** Playwright's browser cache (its own rule: PLAYWRIGHT_BROWSERS_PATH, else the platform's cache). */
export function playwrightCache(sys: FinderSystem): string {
  const given = sys.env.PLAYWRIGHT_BROWSERS_PATH;
  if (given && given !== '0') return given;
  if (sys.platform === 'win32') return win32.join(sys.env.LOCALAPPDATA ?? win32.join(sys.home, 'AppData', 'Local'), 'ms-playwright');
  if (sys.platform === 'darwin') return posix.join(sys.home, 'Library', 'Caches', 'ms-playwright');
  return posix.join(sys.env.XDG_CACHE_HOME ?? posix.join(sys.home, '.cache'), 'ms-playwright');
}

/** Where a browser sits inside a cache folder `chromium-NNNN` (or `chromium_headless_shell-NNNN`),
 *  for the layouts Playwright has used: Chrome for Testing builds, then the older Chromium builds. */
function cacheLayouts(platform: NodeJS.Platform): string[][] {
  if (platform === 'win32') return [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe'], ['chrome-headless-shell-win64', 'chrome-headless-shell.exe']];
  if (platform === 'darwin') {
    return [
      ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
      ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'],
      ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'],
    ];
  }
  return [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
    ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
    ['chrome-headless-shell-linux-arm64', 'chrome-headless-shell'],
    ['chrome-linux', 'headless_shell'],
  ];
}

/** The browsers in Playwright's cache: full Chromium before the headless shell, newest first. */
function cacheCandidates(sys: FinderSystem): string[] {
  const cache = playwrightCache(sys);
  const join = sys.platform === 'win32' ? win32.join : posix.join;
  const revision = (name: string) => Number(name.slice(name.lastIndexOf('-') + 1)) || 0;
  const builds = (prefix: string) =>
    sys
      .list(cache)
      .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
      .sort((a, b) => revision(b) - revision(a));
  const layouts = cacheLayouts(sys.platform);
  return [...builds('chromium-'), ...builds('chromium_headless_shell-')].flatMap((build) => layouts.map((parts) => join(cache, build, ...parts)));
}

/** The first browser there is, or why none is usable. */
export function findChromium(sys: FinderSystem = realSystem()): FoundChromium {
  const chosen = sys.env.CHROMIUM_PATH;
  if (chosen) {
    return sys.exists(chosen)
      ? { ok: true, path: chosen }
      : { ok: false, message: `CHROMIUM_PATH is set to ${chosen}, which does not exist. Point it at a Chromium or Chrome executable, or unset it to let the tests look for one.` };
  }
  const installed = installedCandidates(sys);
  const cached = cacheCandidates(sys);
  const found = [...installed, ...cached].find((path) => sys.exists(path));
  if (found) return { ok: true, path: found };
  const cache = playwrightCache(sys);
  return {
    ok: false,
    message: [
      'The browser tests need Chromium or Chrome, and found none. Looked at:',
      ...installed.map((p) => `  ${p}`),
      `  ${cache} (Playwright's browsers: ${cached.length === 0 ? 'none installed' : 'none usable'})`,
      'Get one of these, then run the tests again:',
      '  - Debian or Ubuntu: sudo apt-get install chromium',
      '  - Google Chrome, installed the usual way (https://www.google.com/chrome/)',
      "  - Playwright's Chromium: npx playwright install chromium",
      '  - or set CHROMIUM_PATH to the browser executable you have',
    ].join('\n'),
  };
}

/** The browser's path, or an error with the message above. */
export function chromiumPath(sys?: FinderSystem): string {
  const found = findChromium(sys);
  if (!found.ok) throw new Error(found.message);
  return found.path;
}

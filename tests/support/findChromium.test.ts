// The browser the browser tests drive is found the way people have one: CHROMIUM_PATH, Debian's
// Chromium, a Chrome or Chromium in the usual places, Playwright's cache; else one clear message.
// A made-up file system stands in for the machine's.
import { describe, expect, it } from 'vitest';
import { findChromium, playwrightCache, type FinderSystem } from '../browser/findChromium';

function system(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, home = '/home/ann'): FinderSystem {
  const sep = platform === 'win32' ? '\\' : '/';
  return {
    env,
    platform,
    home,
    exists: (path) => files.includes(path),
    // The entries right under a directory, from the made-up files below it.
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(dir + sep)).map((f) => f.slice(dir.length + 1).split(sep)[0]!))],
  };
}

const found = (sys: FinderSystem) => {
  const r = findChromium(sys);
  return r.ok ? r.path : `none: ${r.message}`;
};

describe('finding Chromium on Linux', () => {
  const all = [
    '/opt/my/chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/home/ann/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
  ];

  it('takes CHROMIUM_PATH first, then Debian Chromium, Chromium elsewhere, Chrome, the snap, Playwright cache', () => {
    const order: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const env: Record<string, string> = i === 0 ? { CHROMIUM_PATH: '/opt/my/chrome' } : {};
      order.push(found(system('linux', all.slice(i), env)));
    }
    expect(order).toEqual(all);
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming it, even when another browser is there', () => {
    expect(found(system('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' }))).toMatch(/^none: CHROMIUM_PATH is set to \/nope, which does not exist/);
  });

  it("takes the newest build in Playwright's cache, in its old or new layout, before a headless shell", () => {
    const cache = '/home/ann/.cache/ms-playwright';
    const files = [
      `${cache}/chromium-999/chrome-linux/chrome`,
      `${cache}/chromium-1181/chrome-linux/chrome`,
      `${cache}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
      `${cache}/ffmpeg-1011/ffmpeg-linux`,
    ];
    expect(found(system('linux', files))).toBe(`${cache}/chromium-1181/chrome-linux/chrome`);
    expect(found(system('linux', files.slice(2)))).toBe(`${cache}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`);
  });

  it("looks for Playwright's cache where Playwright puts it", () => {
    expect(playwrightCache(system('linux', []))).toBe('/home/ann/.cache/ms-playwright');
    expect(playwrightCache(system('linux', [], { XDG_CACHE_HOME: '/tmp/cache' }))).toBe('/tmp/cache/ms-playwright');
    expect(playwrightCache(system('linux', [], { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' }))).toBe('/srv/browsers');
    expect(found(system('linux', ['/srv/browsers/chromium-1/chrome-linux64/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' }))).toBe('/srv/browsers/chromium-1/chrome-linux64/chrome');
  });

  it('with none, says once where it looked and how to get one', () => {
    const message = found(system('linux', ['/home/ann/.cache/ms-playwright/ffmpeg-1011/ffmpeg-linux']));
    expect(message).toContain('/usr/bin/chromium\n');
    expect(message).toContain("/home/ann/.cache/ms-playwright (Playwright's browsers: none installed)");
    for (const way of ['apt-get install chromium', 'Google Chrome', 'npx playwright install chromium', 'CHROMIUM_PATH']) expect(message).toContain(way);
  });
});

describe('finding Chrome on macOS', () => {
  it('takes Google Chrome, then Chromium, from /Applications or ~/Applications, then the cache', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const mine = '/Users/bo/Applications/Chromium.app/Contents/MacOS/Chromium';
    const cached = '/Users/bo/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const mac = (files: string[]) => found(system('darwin', files, {}, '/Users/bo'));
    expect(mac([cached, mine, chromium, chrome])).toBe(chrome);
    expect(mac([cached, mine, chromium])).toBe(chromium);
    expect(mac([cached, mine])).toBe(mine);
    expect(mac([cached, '/usr/bin/chromium'])).toBe(cached);
  });
});

describe('finding Chrome on Windows', () => {
  it('takes Chrome from Program Files, Program Files (x86), then the user folder, then the cache', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\cy\\AppData\\Local' };
    const files = [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\cy\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\cy\\AppData\\Local\\ms-playwright\\chromium-1200\\chrome-win64\\chrome.exe',
    ];
    const win = (f: string[]) => found(system('win32', f, env, 'C:\\Users\\cy'));
    expect([0, 1, 2, 3].map((i) => win(files.slice(i)))).toEqual(files);
  });
});

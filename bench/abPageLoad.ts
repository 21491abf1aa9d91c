// `npm run bench:ab -- REV --page-load`: the game page's load in headless Chromium, this tree's
// build against REV's, in one browser window (bench/browser/load.ts: each page in a new tab,
// nothing cached). Each round loads both builds' bare Phaser page and game page, REV's first in one
// round and this tree's first in the next, so the machine's moods fall on both alike; runs of the
// browser bench minutes apart differed by more than the code (docs/speed.md, "4 December, 15:05–16:10").
// Measures, never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPages } from '../tests/browser/board/buildPages';
import { launchChromium } from '../tests/browser/board/chromium';
import { serveDirectory } from '../tests/browser/board/staticServer';
import { median, ratioSummary } from './browser/stats';
import { benchWindow, loadOnce } from './browser/load';

/** The lines bench:ab prints for the page's load: both builds' medians, and this tree's over REV's per round. */
export async function pageLoadAb(oldRoot: string, newRoot: string, oldName: string, rounds: number): Promise<string[]> {
  const builds = { old: { root: oldRoot, dir: mkdtempSync(join(tmpdir(), 'pivot-east-ab-old-')) }, new: { root: newRoot, dir: mkdtempSync(join(tmpdir(), 'pivot-east-ab-new-')) } };
  const servers: Partial<Record<'old' | 'new', Awaited<ReturnType<typeof serveDirectory>>>> = {};
  const browser = await launchChromium();
  try {
    for (const code of ['old', 'new'] as const) {
      await buildPages(builds[code].dir, { bare: join(builds[code].root, 'bench/browser/bare.html') }, builds[code].root);
      servers[code] = await serveDirectory(builds[code].dir);
    }
    const win = await benchWindow(browser);
    const ms = { old: { bare: [] as number[], game: [] as number[] }, new: { bare: [] as number[], game: [] as number[] } };
    const gzip = { old: 0, new: 0 };
    for (const code of ['old', 'new'] as const) await loadOnce(win, servers[code]!.url, 'game'); // a warm-up round
    for (let round = 0; round < rounds; round++) {
      for (const code of round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
        ms[code].bare.push((await loadOnce(win, servers[code]!.url, 'bare')).ms);
        const game = await loadOnce(win, servers[code]!.url, 'game');
        ms[code].game.push(game.ms);
        gzip[code] = game.js.gzip;
      }
    }
    const ratios = ms.new.game.map((n, i) => n / ms.old.game[i]!);
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    return [
      `the game page's load in Chromium: this tree against ${oldName}, one window, ${rounds} rounds, navigation to a playable board (each page in a new tab)`,
      `  old ${median(ms.old.game).toFixed(0)} ms (its bare Phaser page ${median(ms.old.bare).toFixed(0)} ms), new ${median(ms.new.game).toFixed(0)} ms (${median(ms.new.bare).toFixed(0)} ms), medians`,
      `  new / old, round by round: ${ratioSummary(ratios)}`,
      `  JavaScript fetched to a playable board: old ${kib(gzip.old)}, new ${kib(gzip.new)} gzipped`,
    ];
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close();
    for (const { dir } of Object.values(builds)) rmSync(dir, { recursive: true, force: true });
  }
}

// The map board in real Chromium, looked at as a person would: the demo page (built with the
// game by the browser tests' global setup) at three sizes, hover and click on an actor,
// animated changes (and none for a reader who asked for less motion), a high-density screen and a resize. Screenshots go to
// tests/browser/screenshots/board-*.png; any console error fails the test.
// Run: npx vitest run --config vitest.browser.config.ts tests/browser/board
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium } from './chromium';

const SHOTS = resolve(new URL('../screenshots', import.meta.url).pathname);
const demoUrl = () => inject('gameUrl').replace(/index\.html$/, 'board-demo.html');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function openBoard(size: { width: number; height: number }, query: string, deviceScaleFactor = 1): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor });
  const errors = collectErrors(page);
  await page.goto(`${demoUrl()}?${query}`);
  await page.waitForFunction(() => window.__boardReady !== undefined, null, { timeout: 60_000 });
  return { page, errors };
}

/** Centres of the actors' markers, in CSS pixels of the page. */
function markers(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const scene = window.__board!.game.scene.getScene('board') as unknown as { markerCenters(): Record<string, { x: number; y: number }> };
    return scene.markerCenters();
  });
}

const status = (page: Page) => page.textContent('#status');

describe.each([
  [1280, 800],
  [800, 600],
  [560, 420],
])('board at %ix%i', (width, height) => {
  it('draws, answers hover and click, and animates changes without console errors', async () => {
    const { page, errors } = await openBoard({ width, height }, 'cycle=0');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/board-${width}x${height}.png` });

    // Every place name is readable at every size (a board under 1,000 px wide wrote them 8 px high).
    const names = await page.evaluate(() => (window.__board!.game.scene.getScene('board') as unknown as { placeNameSizes(): Array<{ text: string; size: number }> }).placeNameSizes());
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) expect(n.size, n.text).toBeGreaterThanOrEqual(10);
    const japan = (await markers(page))['japan'];
    expect(japan).toBeDefined();
    await page.mouse.move(japan!.x, japan!.y);
    await expect.poll(() => status(page)).toBe('hover: Japan');
    await page.screenshot({ path: `${SHOTS}/board-${width}x${height}-hover.png` });
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => status(page)).toBe('selected: Japan');
    await page.mouse.move(2, height - 2);
    await expect.poll(() => status(page)).toBe('');

    // Five turns of news at once, caught mid-tween and after.
    const before = await markers(page);
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) window.__boardStep!();
    });
    await page.waitForTimeout(350);
    await page.screenshot({ path: `${SHOTS}/board-${width}x${height}-changing.png` });
    await page.waitForTimeout(1600);
    await page.screenshot({ path: `${SHOTS}/board-${width}x${height}-changed.png` });
    // The rest of the script: an actor moves, a new place and deal appear.
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) window.__boardStep!();
    });
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${SHOTS}/board-${width}x${height}-later.png` });
    // The news reached the board: ASEAN's marker moved with its seat (the seventh step), Japan's did not.
    const after = await markers(page);
    const moved = (id: string) => Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y);
    expect(moved('asean')).toBeGreaterThan(5);
    expect(moved('japan')).toBeLessThan(1);

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('board on a high-density screen', () => {
  it('draws text and markers at twice the resolution, and input still maps', async () => {
    const { page, errors } = await openBoard({ width: 1280, height: 800 }, 'cycle=0&ratio=2', 2);
    const size = await page.evaluate(() => {
      const c = document.querySelector('#board canvas:last-of-type') as HTMLCanvasElement;
      return [c.width, c.height];
    });
    expect(size).toEqual([2560, 1600]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/board-1280x800@2x-detail.png`, clip: { x: 520, y: 140, width: 420, height: 240 } });
    const japan = (await markers(page))['japan']!;
    await page.mouse.move(japan.x, japan.y);
    await expect.poll(() => status(page)).toBe('hover: Japan');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the board's key", () => {
  const shown = (page: Page) =>
    page.evaluate(() => {
      const key = document.querySelector<HTMLCanvasElement>('#board canvas.board-legend')!;
      const button = document.querySelector<HTMLButtonElement>('#board [data-key="board-key"]')!;
      const board = document.querySelector('#board')!.getBoundingClientRect();
      const box = key.getBoundingClientRect();
      const inside = box.left >= board.left && box.top >= board.top && box.right <= board.right + 0.5 && box.bottom <= board.bottom + 0.5;
      return { key: key.style.display !== 'none', inside, button: button.hidden ? null : { text: button.textContent, expanded: button.getAttribute('aria-expanded') } };
    });

  it('sits in its corner of a board with room for it, and behind a button on a board without', async () => {
    const large = await openBoard({ width: 1280, height: 800 }, 'cycle=0');
    expect(await shown(large.page)).toEqual({ key: true, inside: true, button: null });
    await large.page.close();
    // Too small to spare a corner: the key waits behind a button, over the map when asked for.
    const { page, errors } = await openBoard({ width: 560, height: 420 }, 'cycle=0');
    expect(await shown(page)).toEqual({ key: false, inside: true, button: { text: 'Map key', expanded: 'false' } });
    await page.click('[data-key="board-key"]');
    expect(await shown(page)).toEqual({ key: true, inside: true, button: { text: 'Hide the key', expanded: 'true' } });
    await page.screenshot({ path: `${SHOTS}/board-560x420-key.png` });
    await page.click('[data-key="board-key"]');
    expect(await shown(page)).toEqual({ key: false, inside: true, button: { text: 'Map key', expanded: 'false' } });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('board resizing', () => {
  it('follows its parent and redraws', async () => {
    const { page, errors } = await openBoard({ width: 1280, height: 800 }, 'cycle=0');
    await page.setViewportSize({ width: 1000, height: 700 });
    await expect
      .poll(() =>
        page.evaluate(() => {
          // The map and Phaser's canvas; the legend's small canvas sits in its corner.
          const canvases = [...document.querySelectorAll('#board canvas:not(.board-legend)')] as HTMLCanvasElement[];
          return canvases.map((c) => `${c.clientWidth}x${c.clientHeight}`);
        }),
      )
      .toEqual(['1000x700', '1000x700']);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/board-1000x700-resized.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('board at rest', () => {
  it('stops drawing while nothing moves, and wakes for the pointer and for news', async () => {
    const { page, errors } = await openBoard({ width: 1280, height: 800 }, 'cycle=0');
    const running = () => page.evaluate(() => (window.__board!.game as unknown as { loop: { running: boolean } }).loop.running);
    const frame = () => page.evaluate(() => (window.__board!.game as unknown as { loop: { frame: number } }).loop.frame);
    // Still: once the selected actor's ring has breathed (about 4 s), the loop goes to sleep and
    // no frame is drawn for a while. The limits are generous: a loaded machine draws slower.
    await expect.poll(running, { timeout: 15_000 }).toBe(false);
    const asleep = await frame();
    await page.waitForTimeout(500);
    expect(await frame()).toBe(asleep);
    // The picture stays on screen while it sleeps.
    await page.screenshot({ path: `${SHOTS}/board-1280x800-at-rest.png` });
    // The pointer wakes it: hover answers as ever.
    const japan = (await markers(page))['japan']!;
    await page.mouse.move(japan.x, japan.y);
    await expect.poll(() => status(page)).toBe('hover: Japan');
    expect(await frame()).toBeGreaterThan(asleep);
    await page.mouse.move(2, 798);
    await expect.poll(() => status(page)).toBe('');
    await expect.poll(running, { timeout: 15_000 }).toBe(false);
    // News wakes it too, and it sleeps again once the changes have played.
    const before = await frame();
    await page.evaluate(() => window.__boardStep!());
    expect(await running()).toBe(true);
    await expect.poll(running, { timeout: 15_000 }).toBe(false);
    expect(await frame()).toBeGreaterThan(before + 10);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('board with less motion asked for', () => {
  it('shows each change at once: no marker glides, no ring spreads or breathes, the size of a change stands still', async () => {
    // prefers-reduced-motion: reduce, as a reader's system sets it.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const errors = collectErrors(page);
    // Six steps in: the next moves ASEAN's marker with its seat and raises its relation by 15.
    await page.goto(`${demoUrl()}?cycle=0&steps=6`);
    await page.waitForFunction(() => window.__boardReady !== undefined, null, { timeout: 60_000 });
    const before = await markers(page);
    await page.evaluate(() => window.__boardStep!());
    // What the board holds right after the news, before any frame could move it.
    type Shape = { type: string; text?: string; y: number; scale: number };
    const shapes = () =>
      page.evaluate(() => {
        const scene = window.__board!.game.scene.getScene('board') as unknown as {
          children: { list: Array<{ type: string; text?: string; y: number; scale: number }> };
          tweens: { getTweens(): Array<{ targets: Array<{ type?: string }>; data: Array<{ key: string; targetIndex: number }> }> };
        };
        return {
          shapes: scene.children.list.map((o) => ({ type: o.type, text: o.text, y: o.y, scale: o.scale })),
          // What the running tweens change, on what: a marker's place or size, a ring's glow, a
          // relation's line or bar (plain values) are motion; a text's fade is not.
          tweened: scene.tweens.getTweens().flatMap((t) => t.data.map((d) => `${t.targets[d.targetIndex]?.type ?? 'values'}.${d.key}`)),
        };
      });
    const atOnce = await markers(page);
    const now = await shapes();
    expect.soft(Math.hypot(atOnce['asean']!.x - before['asean']!.x, atOnce['asean']!.y - before['asean']!.y), 'ASEAN is at its new place at once').toBeGreaterThan(5);
    expect.soft(now.shapes.filter((s: Shape) => s.type === 'Arc'), 'no ring spreads from the marker').toEqual([]);
    expect.soft(now.tweened.filter((what: string) => what !== 'Text.alpha'), 'nothing is tweened but the fade of a text').toEqual([]);
    const delta = now.shapes.find((s: Shape) => s.type === 'Text' && s.text === '+15');
    expect(delta, 'the size of the change is shown').toBeDefined();
    await page.waitForTimeout(1000);
    const later = await shapes();
    expect.soft(await markers(page), 'no marker moved after the news').toEqual(atOnce);
    expect.soft(later.shapes.find((s: Shape) => s.type === 'Text' && s.text === '+15')?.y, 'the size of the change stands still').toBe(delta!.y);
    await page.screenshot({ path: `${SHOTS}/board-1280x800-reduced-motion.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

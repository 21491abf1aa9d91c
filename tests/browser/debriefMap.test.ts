// The debrief's map reads at the reader's text size: its place and actor names come out on screen
// at least as large as the page's small text beside it (the caption over the map), with the
// browser's font size doubled on a laptop, at 400 % zoom and on a phone; it follows a font size
// changed on the open page, and on paper (print media) it is drawn for the printed column. A name
// the picture has no room for is said in the line under it. Each test a fresh page of its own.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shortName } from '../../src/ui/boardModel';
import { collectErrors, endTurnsToTheEnding, nodeScenario, shot, useGame, withoutAdviceAhead } from './game/helpers';

const o = useGame();

interface Shown {
  /** The caption's font size: the page's small text. */
  small: number;
  /** Each place's and actor's name as drawn, its size on screen in CSS px (font size × shown width / drawn width), or null where left out. */
  names: Array<{ group: string; id: string; text: string | null; px: number | null }>;
  /** The line under the picture, or '' when hidden. */
  note: string;
  shownWidth: number;
  src: string;
}

/** The picture as the page shows it now, read from the SVG the page made (kept by the init script below). */
async function shown(page: Page): Promise<Shown> {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('img[data-testid=debrief-board]')!;
    const svg = await (window as unknown as { __blobTexts: Record<string, Promise<string>> }).__blobTexts[img.src]!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const drawn = Number(doc.documentElement.getAttribute('viewBox')!.split(' ')[2]);
    const k = img.getBoundingClientRect().width / drawn;
    const note = document.querySelector<HTMLElement>('[data-testid=debrief-board-left]');
    return {
      small: parseFloat(getComputedStyle(document.querySelector('[data-testid=debrief-board-lines]')!).fontSize),
      names: [...doc.querySelectorAll('g.place, g.actor, g.player')].map((g) => {
        // A place's name, or an actor's beside its badge (its first text is the badge's short name).
        const t = g.querySelector('text[paint-order]');
        return { group: g.getAttribute('class')!, id: g.getAttribute('data-id')!, text: t?.textContent ?? null, px: t ? Number(t.getAttribute('font-size')) * k : null };
      }),
      note: note === null || note.hidden ? '' : (note.textContent ?? ''),
      shownWidth: img.getBoundingClientRect().width,
      src: img.src,
    };
  });
}

/** Waits until the picture is another than `src`, then settled. */
async function redrawn(page: Page, src: string): Promise<void> {
  await page.waitForFunction((was) => document.querySelector<HTMLImageElement>('img[data-testid=debrief-board]')?.src !== was, src);
  await settled(page);
}

/** Waits until the picture is loaded and has not changed for half a second (it is drawn again after a change of size). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('img[data-testid=debrief-board]');
    if (!img?.complete || img.naturalWidth === 0) return false;
    const w = window as unknown as { __seen?: { src: string; at: number } };
    if (w.__seen?.src !== img.src) w.__seen = { src: img.src, at: performance.now() };
    return performance.now() - w.__seen.at > 500;
  });
}

async function debrief(setup: { viewport: { width: number; height: number }; deviceScaleFactor?: number; isMobile?: boolean; font: number; scenario: string }, seed: string) {
  const context = await o.browser.newContext({ viewport: setup.viewport, deviceScaleFactor: setup.deviceScaleFactor ?? 1, isMobile: setup.isMobile ?? false, hasTouch: setup.isMobile ?? false });
  await withoutAdviceAhead(context);
  // The pictures the page makes, kept as text (an init script runs outside the page's CSP).
  await context.addInitScript(() => {
    const make = URL.createObjectURL.bind(URL);
    const kept: Record<string, Promise<string>> = ((window as unknown as { __blobTexts: Record<string, Promise<string>> }).__blobTexts = {});
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const made = make(object);
      if (object instanceof Blob) kept[made] = object.text();
      return made;
    };
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  // The browser's default font size, as a reader sets it (16 px unless changed).
  const setFont = (px: number) => cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
  if (setup.font !== 16) await setFont(setup.font);
  await page.goto(`${o.url}#scenario=${setup.scenario}&seed=${seed}`);
  await endTurnsToTheEnding(page);
  await page.locator('.debrief-board').scrollIntoViewIfNeeded();
  await settled(page);
  return { context, page, errors, setFont };
}

/** How the line under the picture names each place or actor of a scenario it left out. */
function leftWordsOf(id: string): Map<string, string> {
  const { scenario } = nodeScenario(id);
  return new Map([
    ...scenario.places.map((p) => [p.id, p.name] as const),
    [scenario.player.id, `${scenario.player.name} (badge ${shortName(scenario.player.name)})`] as const,
    ...scenario.actors.map((a) => [a.id, `${a.name} (badge ${shortName(a.name, a.short)})`] as const),
  ]);
}

/** Every name drawn at least `least` px on screen; those not drawn said in the line under the picture, and only those. */
function expectReadable(s: Shown, least: number, what: string, leftWords: Map<string, string>): void {
  const drawn = s.names.filter((n) => n.px !== null);
  expect(drawn.length, `${what}: names drawn`).toBeGreaterThan(0);
  for (const n of drawn) expect(n.px!, `${what}: ${n.text} at ${n.px!.toFixed(2)} px on screen, the small text ${least} px`).toBeGreaterThanOrEqual(least - 0.05);
  const left = s.names.filter((n) => n.px === null).map((n) => leftWords.get(n.id));
  const said = s.note === '' ? [] : s.note.replace(/^Not named on the map for lack of room: /, '').replace(/\.$/, '').split(', ');
  expect(said.sort(), `${what}: the line under the map`).toEqual(left.sort());
}

describe('the debrief’s map at the reader’s text size', () => {
  it('with the browser’s text doubled on a laptop: names at the 26 px small text, following a change on the open page, and drawn for paper', async () => {
    const { context, page, errors, setFont } = await debrief({ viewport: { width: 1280, height: 800 }, font: 32, scenario: 'tutorial' }, 'map-text-32');
    const words = leftWordsOf('tutorial');
    const big = await shown(page);
    expect(big.small).toBe(26.1);
    expectReadable(big, big.small, '1280 × 800, text 32 px', words);
    await shot(page, 'debrief-map-text-32');
    // The reader sets the usual size again: the picture is drawn again for it.
    await setFont(16);
    await redrawn(page, big.src);
    const usual = await shown(page);
    expect(usual.small).toBe(13.05);
    expectReadable(usual, usual.small, '1280 × 800, text 16 px', words);
    expect(Math.max(...usual.names.flatMap((n) => (n.px === null ? [] : [n.px])))).toBeLessThan(big.small);
    // On paper: the printed column's picture, its names at the print's small text at least.
    await page.emulateMedia({ media: 'print' });
    await redrawn(page, usual.src);
    const paper = await shown(page);
    expect(paper.small).toBeCloseTo(12.76, 1);
    expectReadable(paper, paper.small, 'printed', words);
    await page.emulateMedia({ media: 'screen' });
    await redrawn(page, paper.src);
    expect((await shown(page)).names).toEqual(usual.names);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    { name: '400 % zoom (320 × 200)', viewport: { width: 320, height: 200 }, deviceScaleFactor: 4, font: 16, scenario: 'tutorial' },
    // Crowded: Korea's places and badges on a phone's column.
    { name: 'a phone (390 × 844)', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, font: 16, scenario: 'mother-russia-2016' },
  ])('at $name: names at the 13 px small text, and the map at full size drawn 1,200 px wide ($scenario)', async (setup) => {
    const { context, page, errors } = await debrief(setup, 'map-text-narrow');
    const words = leftWordsOf(setup.scenario);
    const fitted = await shown(page);
    expect(fitted.small).toBe(13.05);
    expect(fitted.shownWidth).toBeLessThan(setup.viewport.width);
    expectReadable(fitted, fitted.small, setup.name, words);
    await shot(page, `debrief-map-${setup.viewport.width}`);
    await page.locator('[data-key="map-full-size"]').click();
    await redrawn(page, fitted.src);
    const full = await shown(page);
    expect(full.shownWidth).toBe(1200);
    expectReadable(full, full.small, `${setup.name}, at full size`, words);
    // The whole picture has room for as many names as the fitted one, or more.
    const count = (s: Shown) => s.names.filter((n) => n.px !== null).length;
    expect(count(full)).toBeGreaterThanOrEqual(count(fitted));
    expect(errors).toEqual([]);
    await context.close();
  });
});

// Scenarios far from East Asia (the Arctic, Central Asia, the Middle East, Lisbon to Vladivostok)
// loaded from a teacher's file: the board makes a map for each, every place and actor is drawn
// where its projection puts it (on the main board or an inset, none pinned to an edge), the
// geography arrives well within a second, and routes run through their places. Screenshots go to
// tests/browser/screenshots/regions-*.png.
// Run: npx vitest run --config vitest.browser.config.ts tests/browser/regions.test.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from '../../src/cli/commands/map';
import { loadScenario } from '../../src/scenario/load';
import { chooseBoardMap } from '../../src/ui/board/computeMap';
import type { Anchor } from '../../src/ui/board/frames';
import type { BoardView } from '../../src/ui/board/boardView';
import { projectUnits, type Fit } from '../../src/ui/board/projection';
import { openFresh, ROOT, shot, startWithSeed, useGame } from './game/helpers';

const REGIONS = ['arctic', 'central-asia', 'middle-east', 'europe-pacific'] as const;

function regionFile(name: string): string {
  return resolve(ROOT, `tests/fixtures/scenarios/regions/${name}.yaml`);
}

function regionBoard(name: string) {
  const file = regionFile(name);
  const loaded = loadScenario(readFileSync(file, 'utf8'), `${name}.yaml`);
  if (!loaded.ok) throw new Error(`${name}.yaml does not load`);
  return scenarioBoard(loaded.scenario);
}

/** The demo page's board scene, as an expression evaluated in the page. */
const DEMO_POSITIONS = "window.__board.game.scene.getScene('board').anchorPositions()";

interface Positions {
  map: { key: string; prepared: string | null; insets: string[] };
  fits: { main: Fit; insets: Record<number, Fit> } | null;
  geography: boolean;
  anchors: Record<string, Anchor>;
  /** Each agreement's route on screen, or null for one drawn as an icon (the demo page's board). */
  routes?: Record<string, readonly (readonly [number, number])[] | null>;
}

/** Checks every point against the projection: on the main board or its inset, at its place. */
function checkPositions(name: string, positions: Positions, size: { width: number; height: number }): void {
  const board = regionBoard(name);
  const map = chooseBoardMap([board.player, ...board.actors, ...board.places]);
  expect(positions.map.prepared).toBeNull();
  expect(positions.map.key).toBe(map.key);
  expect(positions.fits).not.toBeNull();
  for (const p of [board.player, ...board.actors, ...board.places]) {
    const a = positions.anchors[p.id];
    expect(a, p.id).toBeDefined();
    const home = map.home[p.id];
    expect(a!.where, p.id).toBe(home === undefined ? 'main' : 'inset');
    const frame = home === undefined ? map.main : map.insets[home]!;
    const fit = home === undefined ? positions.fits!.main : positions.fits!.insets[home]!;
    const [ux, uy] = projectUnits(frame, p.lon, p.lat)!;
    // Place marks closer than a marker are moved apart a few pixels; nothing more.
    expect(Math.hypot(a!.x - (fit.ox + fit.k * ux), a!.y - (fit.oy + fit.k * uy)), p.id).toBeLessThan(6);
    expect(a!.x, p.id).toBeGreaterThan(0);
    expect(a!.x, p.id).toBeLessThan(size.width);
    expect(a!.y, p.id).toBeGreaterThan(0);
    expect(a!.y, p.id).toBeLessThan(size.height);
  }
}

describe('scenarios far from East Asia, loaded from a file', () => {
  const o = useGame();

  const boardPositions = (page: Page) =>
    page.evaluate(() => (window as unknown as { __pivotEastBoard: { anchorPositions(): Positions } }).__pivotEastBoard.anchorPositions());

  // Each region from a freshly loaded start page with no saved game (the last region's would be
  // asked about before Start replaced it), so that one region's failure is its own and a retry
  // starts clean. Retried once: in one full CI run, central-asia's map
  // did not arrive within 20 s (it took 120-400 ms in every other run); the cause is not found yet.
  it.each(REGIONS)('%s: every place and actor on its own map, at its projected position', { retry: 1 }, async (name) => {
    const { page, errors } = o;
    errors.length = 0;
    await openFresh(page, o.url);
    await page.waitForSelector('.start-screen');
    await page.setInputFiles('#scenario-file', regionFile(name));
    await page.waitForSelector('.ok-note');
    await page.fill('#seed', 'regions');
    const started = await page.evaluate(() => performance.now());
    await page.click('[data-testid=start]');
    await page.waitForSelector('.play-screen');
    // The same board serves every game: wait for this scenario's map, with its geography.
    const b = regionBoard(name);
    const key = chooseBoardMap([b.player, ...b.actors, ...b.places]).key;
    await page
      .waitForFunction(
        (k) => {
          const got = (window as unknown as { __pivotEastBoard?: { anchorPositions(): Positions } }).__pivotEastBoard?.anchorPositions();
          return got?.map.key === k && got.geography;
        },
        key,
        { timeout: 20_000 },
      )
      .catch(async (e: unknown) => {
        // What the next look at this flake needs: the page, the board's map and whether the
        // map's chunks were fetched at all.
        await shot(page, `regions-${name}-timeout`);
        const seen = await page.evaluate(() => ({
          board: (window as unknown as { __pivotEastBoard?: { anchorPositions(): Positions } }).__pivotEastBoard?.anchorPositions()?.map ?? null,
          marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
          chunks: performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!).filter((n) => /worldGeometry|computeMap|boardGeography/.test(n)),
        }));
        console.log(`${name}: the map did not arrive; expected ${key}; the page had ${JSON.stringify(seen)}`);
        throw e;
      });
    const [asked, painted] = await page.evaluate(() =>
      ['pivot-east:board-geography-start', 'pivot-east:board-geography'].map((m) => performance.getEntriesByName(m).at(-1)?.startTime ?? null),
    );
    expect(painted).not.toBeNull();
    // Reported, not asserted: timings depend on the machine's load.
    console.log(`${name}: the board's geography painted ${Math.round(painted! - started)} ms after Start, ${Math.round(painted! - asked!)} ms after the board asked for it`);
    const box = await page.evaluate(() => (window as unknown as { __pivotEastBoard: { canvasBox(): { width: number; height: number } } }).__pivotEastBoard.canvasBox());
    checkPositions(name, await boardPositions(page), box);
    await page.waitForTimeout(300);
    await shot(page, `regions-${name}-play`);
    await page.click('[data-key="quit"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });
});

describe('routes on a computed map (the board demo page, with every route of the scenario made)', () => {
  const o = useGame();

  it.each(REGIONS)('%s: routes run through their places', async (name) => {
    const { page, errors } = o;
    await page.goto(o.url.replace(/index\.html$/, '') + 'board-demo.html?cycle=0');
    await page.waitForFunction(() => (window as unknown as { __boardReady?: number }).__boardReady !== undefined, null, { timeout: 60_000 });
    const b = regionBoard(name);
    const view: BoardView = {
      player: b.player,
      actors: b.actors.map((a, i) => ({ ...a, relation: i % 2 ? -40 : 45, trust: 50, alignment: 0, selected: false })),
      places: b.places.map((p) => ({ ...p, kind: p.kind as BoardView['places'][number]['kind'] })),
      agreements: (b.routes ?? []).map((r, i) => ({ id: `route-${i}`, label: r.label, kind: 'pipeline', status: 'active', route: [...r.ids] })),
    };
    await page.evaluate((v) => (window as unknown as { __board: { setView(v: unknown): void } }).__board.setView(v), view);
    const key = chooseBoardMap([b.player, ...b.actors, ...b.places]).key;
    // A function, not a string: the page's CSP refuses a string predicate (Playwright evals it in the page).
    await page.waitForFunction(
      (k) => {
        const p = (window as unknown as { __board: { game: { scene: { getScene(n: string): { anchorPositions(): { geography: boolean; map: { key: string } } } } } } }).__board.game.scene.getScene('board').anchorPositions();
        return p.geography && p.map.key === k;
      },
      key,
      { timeout: 20_000 },
    );
    const got = (await page.evaluate(DEMO_POSITIONS)) as Positions;
    checkPositions(name, got, { width: 1280, height: 800 });
    // Every route is laid out, and runs through its places: each point at its place, but the ends,
    // which stop at the edge of the badge drawn there.
    expect(view.agreements.length).toBeGreaterThan(0);
    for (const a of view.agreements) {
      const route = got.routes?.[a.id];
      expect(route?.length, a.id).toBe(a.route!.length);
      a.route!.forEach((id, i) => {
        const at = got.anchors[id]!;
        expect(Math.hypot(route![i]![0] - at.x, route![i]![1] - at.y), `${a.id} at ${id}`).toBeLessThan(i === 0 || i === a.route!.length - 1 ? 40 : 1);
      });
    }
    await page.waitForTimeout(400);
    await shot(page, `regions-${name}-routes`);
    expect(errors).toEqual([]);
  });
});

describe('the printed debrief', () => {
  const o = useGame();

  it('has the board on it, drawn as SVG from the same map (the Middle East, with its inset)', async () => {
    const { page, errors, url } = o;
    // The page's CSP (connect-src 'self') refuses fetching a blob: URL, so the SVG behind the
    // debrief's picture is kept as the page makes it (an init script runs outside the CSP).
    await page.addInitScript(() => {
      const make = URL.createObjectURL.bind(URL);
      const kept: Record<string, Promise<string>> = ((window as unknown as { __blobTexts: Record<string, Promise<string>> }).__blobTexts = {});
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const made = make(object);
        if (object instanceof Blob) kept[made] = object.text();
        return made;
      };
    });
    await page.goto(url);
    await page.setInputFiles('#scenario-file', regionFile('middle-east'));
    await page.waitForSelector('.ok-note');
    await startWithSeed(page, 'print');
    // Six turns without a proposal end the game.
    for (let turn = 0; turn < 12 && !(await page.$('[data-testid=ending-title]')); turn++) {
      const before = await page.textContent('[data-testid=turn-info]');
      await page.click('[data-key="end-turn"]');
      await page.waitForFunction(
        (was) => document.querySelector('[data-testid=ending-title]') !== null || document.querySelector('[data-testid=turn-info]')?.textContent !== was,
        before,
      );
    }
    await page.waitForSelector('[data-testid=ending-title]');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img[data-testid=debrief-board]');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    const src = await page.getAttribute('img[data-testid=debrief-board]', 'src');
    expect(src).toMatch(/^blob:/);
    // The map says what its lines would be: none here, since no deal was made.
    expect(await page.textContent('[data-testid=debrief-board-lines]')).toBe('No agreement standing at the end has a route to draw: the map shows the places and the actors.');
    // The picture is the CLI's SVG: every place and actor, the inset with its title.
    const svg = await page.evaluate((made) => (window as unknown as { __blobTexts: Record<string, Promise<string>> }).__blobTexts[made], src!);
    const b = regionBoard('middle-east');
    for (const p of [b.player, ...b.actors, ...b.places]) expect(svg).toContain(`data-id="${p.id}"`);
    expect(svg).toContain('>United States</text>');
    // On a wide screen the picture fills its panel, with no toggle to show it larger.
    expect(await page.isVisible('[data-key="map-full-size"]')).toBe(false);
    const fill = await page.$eval('.debrief-board', (panel) => ({ img: panel.querySelector('img')!.getBoundingClientRect().width, panel: panel.clientWidth }));
    expect(fill.img).toBeGreaterThan(fill.panel * 0.8);
    // And the panel takes the debrief's whole width: the picture is drawn for 1,200 px, and in half of it its names were 4 px high.
    const width = await page.$eval('.ending-main', (main) => main.clientWidth);
    expect(fill.panel).toBeGreaterThan(width * 0.9);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.debrief-board').scrollIntoViewIfNeeded();
    await page.locator('.debrief-board').screenshot({ path: resolve(ROOT, 'tests/browser/screenshots/regions-debrief-print.png') });
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});

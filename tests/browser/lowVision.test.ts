// A student with low vision or colour blindness: the game in Windows High Contrast (forced
// colours, light and dark), with the browser's text at twice its size, and in a window as small
// as a 1280×800 laptop's at 400 % and 200 % zoom (320×200, 640×400). What a forced palette takes
// away (box-shadows, fills, gradients, a chart's white series on a white page) must still show;
// the text must follow the reader's size; nothing may make the page scroll sideways, lie over the
// next part or run under a button; the map's names must grow with the reader's text and keep apart,
// and those a crowded map leaves out must be there for a sighted reader to see (a button, the
// pointer, a tap: leftOutLayer.ts).
// Each test has a browser context of its own (fresh storage, nothing saved after it). The board's
// own reduced motion: board/board.test.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { collectErrors, endTurnsToTheEnding, nodeScenario, useGame, withoutAdviceAhead } from './game/helpers';

const o = useGame();
const tutorial = nodeScenario('tutorial');

/** A page of its own context (fresh storage), the advisor's work ahead off, its errors collected. */
async function freshPage(options: Parameters<typeof o.browser.newContext>[0]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await o.browser.newContext(options);
  await withoutAdviceAhead(context);
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

async function playable(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable !== undefined, null, { timeout: 60_000 });
}

/** The page's width against the window's: more is a page that scrolls sideways. */
const pageWidth = (page: Page) => page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));

/**
 * Under forced colours: how each mark that tells something stands out from the page, as WCAG
 * contrast ratios (a mark not drawn, or drawn in the page's own colour, is 1).
 */
function forcedMarks(page: Page, selectors: Record<string, { selector: string; paint: 'background' | 'stroke' | 'fill' }>): Promise<Record<string, number[]>> {
  return page.evaluate((wanted) => {
    const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = channels(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
    };
    const page = getComputedStyle(document.body).backgroundColor;
    const out: Record<string, number[]> = {};
    for (const [name, { selector, paint }] of Object.entries(wanted)) {
      out[name] = [...document.querySelectorAll(selector)].map((el) => {
        const style = getComputedStyle(el);
        // A fill the forced palette keeps is a background colour or a gradient's first colour.
        const colour = paint === 'stroke' ? style.stroke : paint === 'fill' ? style.fill : style.backgroundImage.includes('gradient') ? (style.backgroundImage.match(/rgba?\([^)]*\)/)?.[0] ?? 'none') : style.backgroundColor;
        if (!/^rgb/.test(colour) || (colour.startsWith('rgba') && channels(colour)[3] === 0)) return 1;
        return ratio(colour, page);
      });
    }
    return out;
  }, selectors);
}

/** The browser's default font size, as a reader sets it in the browser's settings (16 px unless changed): the open page follows it. */
async function setFontSize(context: BrowserContext, page: Page, px: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
}

interface MapName {
  kind: 'actor' | 'place' | 'agreement' | 'map';
  id: string;
  text: string;
  size: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A place's line to its point, in pixels (0: none). */
  leader?: number;
}

interface MapPoint {
  kind: 'actor' | 'place';
  id: string;
  x: number;
  y: number;
  lon: number;
  lat: number;
  mark: number;
}

/** Every name on the map as laid out (badges, places, agreements, countries and seas), the reader's text scale and the one the board took. */
function mapNames(page: Page): Promise<{ reader: number; text: number | null; dropped: string[]; tried: Array<{ text: number; dropped: string[] }>; labels: MapName[]; points: MapPoint[]; ui: number; board: { width: number; height: number } }> {
  return page.evaluate(() => {
    type Scene = { labelBoxes(): { reader: number; text: number | null; dropped: string[]; tried: Array<{ text: number; dropped: string[] }>; labels: MapName[]; points: MapPoint[]; ui: number } };
    const board = (window as unknown as { __pivotEastBoard: { game: { scene: { getScene(key: string): Scene } }; canvasBox(): { width: number; height: number } } }).__pivotEastBoard;
    const { width, height } = board.canvasBox();
    return { ...board.game.scene.getScene('board').labelBoxes(), board: { width, height } };
  });
}

/** Names on the map that overlap, or run past its edge (within the half pixel a name is rounded by). */
function crowding(names: Awaited<ReturnType<typeof mapNames>>): string[] {
  const { labels, board } = names;
  const what = (l: MapName) => `${l.kind} ${JSON.stringify(l.text)}`;
  const out = labels.filter((l) => l.x < -0.5 || l.y < -0.5 || l.x + l.w > board.width + 0.5 || l.y + l.h > board.height + 0.5).map((l) => `${what(l)} past the edge`);
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (x > 1 && y > 1) out.push(`${what(a)} over ${what(b)}`);
    }),
  );
  return out;
}

/**
 * Places' names that do not read as their point's, as a map reader takes a name for the nearest
 * thing's: as near another place's point or an actor's as their own (an actor at the place itself
 * no rival, its badge over or next to the point the place's own: "Seoul" beside Korea's), or with a
 * line longer than twice their font size past their mark.
 */
function misleading(names: Awaited<ReturnType<typeof mapNames>>): string[] {
  const from = (r: MapName, p: { x: number; y: number }) => Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.w), Math.max(r.y - p.y, 0, p.y - r.y - r.h));
  const between = (a: MapName, b: MapName) => Math.hypot(Math.max(a.x - b.x - b.w, 0, b.x - a.x - a.w), Math.max(a.y - b.y - b.h, 0, b.y - a.y - a.h));
  const at = (a: MapPoint, b: MapPoint) => Math.abs(a.lon - b.lon) < 0.5 && Math.abs(a.lat - b.lat) < 0.5;
  return names.labels
    .filter((l) => l.kind === 'place')
    .flatMap((l) => {
      const point = names.points.find((p) => p.kind === 'place' && p.id === l.id)!;
      const gap = (l.text.includes('islands') ? 11 : 5) * names.ui;
      // Badges' boxes with their pointer (the board's own boxes stop at the badge).
      const homes = names.points
        .filter((p) => p.kind === 'actor' && at(p, point))
        .flatMap((p) => names.labels.filter((b) => b.kind === 'actor' && b.id === p.id))
        .map((b) => ({ ...b, h: b.h + 9 * names.ui }))
        .filter((b) => from(b, point) <= gap + 0.5);
      const own = Math.min(from(l, point), ...homes.map((b) => between(l, b)));
      const out = names.points
        .filter((p) => p !== point && !(p.kind === 'actor' && at(p, point)) && Math.hypot(p.x - point.x, p.y - point.y) >= 1 && from(l, p) <= own)
        .map((p) => `${JSON.stringify(l.text)} as near ${p.id} (${from(l, p).toFixed(0)} px) as its own (${own.toFixed(0)})`);
      // Beside its badge rather than its point: clearly (a gap) nearer that badge than any other.
      if (own < from(l, point))
        for (const b of names.labels.filter((b) => b.kind === 'actor' && !homes.some((h) => h.id === b.id)))
          if (between(l, { ...b, h: b.h + 9 * names.ui }) <= own + gap / 2) out.push(`${JSON.stringify(l.text)} within a gap as near ${b.id}'s badge as its own`);
      if ((l.leader ?? 0) - point.mark > 2 * l.size) out.push(`${JSON.stringify(l.text)}: a line ${l.leader!.toFixed(0)} px long`);
      return out;
    });
}

/** The names the map left out as the reader is shown them (leftOutLayer.ts), in CSS pixels of the board. */
function shownNames(page: Page): Promise<Array<{ place: string; text: string; x: number; y: number; w: number; h: number }>> {
  return page.evaluate(() => {
    const board = document.querySelector('.board-picture')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.board-left-out-name')].map((el) => {
      const r = el.getBoundingClientRect();
      return { place: el.dataset.place!, text: el.textContent!, x: r.x - board.x, y: r.y - board.y, w: r.width, h: r.height };
    });
  });
}

/** The board's buttons (the key's, the names'), shown, in CSS pixels of the board. */
function boardButtons(page: Page): Promise<Array<{ key: string; x: number; y: number; w: number; h: number }>> {
  return page.evaluate(() => {
    const board = document.querySelector('.board-picture')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-key="board-key"], [data-key="board-names"]')]
      .filter((b) => !b.hidden)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { key: b.dataset.key!, x: r.x - board.x, y: r.y - board.y, w: r.width, h: r.height };
      });
  });
}

const overlapping = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

/**
 * The names the map leaves out, for a sighted reader (leftOutLayer.ts): the board's "Show names"
 * button, reached with Tab from the key's and pressed with Enter, shows each over the map with its
 * place's name, on the board, over no other name or badge and no button; Enter again hides them; the
 * pointer on a left-out mark shows its name. Where none is left out, no button and no target.
 */
async function expectLeftOutShown(page: Page, names: Awaited<ReturnType<typeof mapNames>>, places: ReadonlyArray<{ id: string; name: string }>, where: string): Promise<void> {
  const toggle = page.locator('[data-key="board-names"]');
  if (names.dropped.length === 0) {
    expect.soft(await toggle.isVisible(), `${where}: a names button with every name on the map`).toBe(false);
    expect.soft(await page.locator('.board-mark-target').count(), `${where}: targets with every name on the map`).toBe(0);
    return;
  }
  expect(await toggle.isVisible(), `${where}: the names button`).toBe(true);
  const nameOf = (id: string) => places.find((p) => p.id === id)!.name;
  // Said to assistive technology too, with the button: which names the picture leaves out.
  const described = await toggle.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  for (const id of names.dropped) expect.soft(described, `${where}: the button's description`).toContain(nameOf(id));
  const buttons = await boardButtons(page);
  for (const b of buttons) for (const l of names.labels) expect.soft(overlapping(b, l), `${where}: ${b.key} over ${l.kind} ${JSON.stringify(l.text)}`).toBe(false);
  // The page behind a dialog takes no focus: the game's first offer waits in one.
  while (await page.$('dialog[open]')) await page.keyboard.press('Escape');
  await page.focus('[data-key="board-key"]');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key), `${where}: Tab from the key's button`).toBe('board-names');
  await page.keyboard.press('Enter');
  const shown = await shownNames(page);
  expect(shown.map((n) => n.place).sort(), `${where}: the names shown`).toEqual([...names.dropped].sort());
  for (const n of shown) {
    expect.soft(n.text, where).toContain(nameOf(n.place));
    expect.soft(n.x >= 0 && n.y >= 0 && n.x + n.w <= names.board.width && n.y + n.h <= names.board.height, `${where}: ${n.text} on the board`).toBe(true);
    for (const m of shown) if (m !== n) expect.soft(overlapping(n, m), `${where}: ${n.text} over ${m.text}`).toBe(false);
    for (const b of await boardButtons(page)) expect.soft(overlapping(n, b), `${where}: ${n.text} over ${b.key}`).toBe(false);
    for (const l of names.labels.filter((l) => l.kind !== 'map')) expect.soft(overlapping(n, l), `${where}: ${n.text} over ${l.kind} ${JSON.stringify(l.text)}`).toBe(false);
  }
  await page.keyboard.press('Enter');
  expect(await shownNames(page), `${where}: the names hidden again`).toEqual([]);
  // The pointer on a left-out place's mark (where no badge covers it): its name, gone when the pointer leaves.
  const target = page.locator('.board-mark-target').first();
  if ((await target.count()) === 0) return;
  const place = (await target.getAttribute('data-place'))!;
  await target.hover();
  await expect.poll(async () => (await shownNames(page)).map((n) => n.text), { message: `${where}: the hovered mark's name` }).toEqual([expect.stringContaining(nameOf(place))]);
  await page.mouse.move(1, 1);
  await expect.poll(async () => (await shownNames(page)).length, { message: `${where}: the hovered name gone` }).toBe(0);
}

/** Every ratio at least `least` (and at least one mark found). */
function expectAllAtLeast(found: Record<string, number[]>, least: number, where: string): void {
  for (const [name, ratios] of Object.entries(found)) {
    expect(ratios.length, `${where}: ${name} found`).toBeGreaterThan(0);
    expect.soft(ratios.filter((r) => r < least), `${where}: ${name} that do not stand out from the page (${least}:1)`).toEqual([]);
  }
}

describe('low vision and colour blindness', () => {
  it('in forced colours (Windows High Contrast, light and dark): the chosen actor, the meters, the advisor’s bars, the charts and the class view’s bars still show', async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 1280, height: 800 }, forcedColors: 'active', colorScheme: 'light' });
    await page.goto(`${o.url}#scenario=tutorial&seed=lv-forced`);
    await playable(page);
    await page.click('[data-actor="japan"]');
    await page.waitForSelector('[data-actor="japan"][aria-pressed="true"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      // The chosen actor's button: its box-shadow and fill are gone, its border must tell it.
      const borders = await page.$$eval('.actor-button', (all) => all.map((b) => ({ pressed: b.getAttribute('aria-pressed'), width: parseFloat(getComputedStyle(b).borderTopWidth) })));
      const chosen = borders.find((b) => b.pressed === 'true')!.width;
      for (const other of borders.filter((b) => b.pressed !== 'true')) expect.soft(chosen, `${colorScheme}: the chosen actor's border against another's`).toBeGreaterThanOrEqual(other.width + 2);
      // The tracks' meters: a level filled with a colour, not the page's.
      expectAllAtLeast(await forcedMarks(page, { "the meters' levels": { selector: '.tracks .bar-fill', paint: 'background' } }), 3, `the play screen, ${colorScheme}`);
    }
    // The advisor's bars of endings: every part outlined (the white one was white on white), and its score band.
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
    await page.click('[data-key="open-advisor"]');
    await page.waitForSelector('[data-testid=advice-status][data-elapsed-ms]', { timeout: 60_000 });
    // In colour too, a line between two parts, so that parts of like colours (orange and yellow
    // to a red-green colour-blind reader) still read as two.
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    const parts = await page.$$eval('.advice-bar rect', (all) => all.map((r) => ({ stroke: getComputedStyle(r).stroke, width: parseFloat(getComputedStyle(r).strokeWidth) })));
    expect(parts.length).toBeGreaterThan(0);
    expect.soft(parts.filter((p) => p.stroke === 'none' || !(p.width >= 1)), "the advisor's parts of a bar with no line between them").toEqual([]);
    // Beside its colour each ending has a texture of its own, the same in every bar as in the key:
    // endings of like colours differ by their marks too (their colours alone told them apart).
    const textures = await page.evaluate(() => {
      const textureOf = (rect: Element | null) => {
        const over = rect?.nextElementSibling;
        return over?.classList.contains('texture-over') ? /-(\d+)\)$/.exec(over.getAttribute('fill') ?? '')?.[1] ?? '?' : 'plain';
      };
      const key = [...document.querySelectorAll('.advice-legend li')].map((li) => ({ ending: li.textContent!.trim(), texture: textureOf(li.querySelector('rect')) }));
      const barParts = [...document.querySelectorAll('.advice-bar rect:not(.texture-over)')].map((r) => ({ ending: r.querySelector('title')!.textContent!.replace(/: [^:]*$/, ''), texture: textureOf(r) }));
      return { key, barParts };
    });
    expect(new Set(textures.key.map((k) => k.texture)).size).toBe(textures.key.length);
    expect(textures.barParts.length).toBeGreaterThan(textures.key.length);
    for (const part of textures.barParts) expect.soft(part.texture, part.ending).toBe(textures.key.find((k) => k.ending === part.ending)?.texture);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      expectAllAtLeast(
        await forcedMarks(page, {
          "endings' parts": { selector: '.advice-bar rect', paint: 'stroke' },
          "the key's swatches": { selector: '.advice-legend .swatch rect', paint: 'stroke' },
          'score bands': { selector: '.advice-band .band', paint: 'fill' },
          medians: { selector: '.advice-band .median', paint: 'fill' },
        }),
        3,
        `the advisor, ${colorScheme}`,
      );
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // The debrief's charts: every series, its key and the axes' numbers.
    await endTurnsToTheEnding(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      expectAllAtLeast(
        await forcedMarks(page, {
          'series lines': { selector: '.chart .line', paint: 'stroke' },
          'series marks': { selector: '.chart .mark', paint: 'fill' },
          "the key's lines": { selector: '.chart-figure .legend .line', paint: 'stroke' },
        }),
        3,
        `the debrief's charts, ${colorScheme}`,
      );
      expectAllAtLeast(await forcedMarks(page, { "the axes' numbers": { selector: '.chart .axis', paint: 'fill' } }), 4.5, `the debrief's charts, ${colorScheme}`);
    }
    // The class view's bars of endings: their stripes, not the page's colour.
    await page.goto(o.url);
    await page.setInputFiles(
      '#class-files',
      ['greedy', 'random'].map((bot) => ({ name: `${bot}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playWithBot(tutorial, 'lv-class', bot as 'greedy').record())) })),
    );
    await page.waitForSelector('.class-screen .bar-chart');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      expectAllAtLeast(await forcedMarks(page, { "the endings' bars": { selector: '.bar-chart .bar-row:not(.zero) .bar-fill', paint: 'background' } }), 3, `the class view, ${colorScheme}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the browser’s text at twice its size: the page’s text doubles, and a 1280 px window gets the narrower layout, no word broken', async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 1280, height: 800 } });
    // A reader's own text size, as a browser's "font size" setting gives it (16 px as a rule).
    await setFontSize(context, page, 32);
    await page.goto(o.url);
    await page.waitForSelector('.start-screen');
    expect.soft(await page.evaluate(() => getComputedStyle(document.querySelector('.tagline')!).fontSize)).toBe('30px');
    expect.soft(await pageWidth(page)).toEqual({ page: 1280, window: 1280 });
    await page.goto(`${o.url}#scenario=tutorial&seed=lv-text`);
    await playable(page);
    expect.soft(await page.evaluate(() => getComputedStyle(document.querySelector('.actor-name')!).fontSize)).toBe('30px');
    // One column, as a narrower window has: the actors' names whole on their line (in a column
    // of 320 px "Japan" broke into "Ja", "pa", "n").
    const names = await page.$$eval('.actor-name', (all) => all.map((n) => ({ text: n.textContent, lines: Math.round(n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)) })));
    expect.soft(names.filter((n) => n.lines > 1)).toEqual([]);
    expect.soft(await pageWidth(page)).toEqual({ page: 1280, window: 1280 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a window as small as a laptop’s at 400 % and 200 % zoom: no page wider than the window, the map over nothing, dialogs readable, the replay’s turn clear of its buttons', async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 320, height: 200 } });
    await page.goto(o.url);
    await page.waitForSelector('.start-screen');
    // The start page's file pickers and its list of bots made it 368 px wide.
    expect.soft(await pageWidth(page), 'the start screen at 320 px').toEqual({ page: 320, window: 320 });
    // A replay: its turn and date ran under "Next turn" (20 px between the two buttons).
    await page.setInputFiles('#record-file', { name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playWithBot(tutorial, 'lv-replay', 'greedy').record())) });
    await page.waitForSelector('.replay-screen [data-testid=replay-turn]');
    const overlap = await page.evaluate(() => {
      // The words' own box (they may run out of their element's).
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('[data-testid=replay-turn]')!);
      const where = range.getBoundingClientRect();
      return [...document.querySelectorAll('.replay-controls button')].some((b) => {
        const r = b.getBoundingClientRect();
        return r.left < where.right && where.left < r.right && r.top < where.bottom && where.top < r.bottom;
      });
    });
    expect.soft(overlap, "the replay's turn under a button").toBe(false);
    expect.soft(await pageWidth(page), 'the replay at 320 px').toEqual({ page: 320, window: 320 });
    // The class view: its table of tracks made the page 355 px wide.
    await page.goto(o.url);
    await page.setInputFiles(
      '#class-files',
      ['greedy', 'random'].map((bot) => ({ name: `${bot}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playWithBot(tutorial, 'lv-small', bot as 'greedy').record())) })),
    );
    await page.waitForSelector('.class-screen');
    expect.soft(await pageWidth(page), 'the class view at 320 px').toEqual({ page: 320, window: 320 });
    // A wide table's caption wraps within the box the table scrolls in (it ran past it, its last words cut off).
    const captions = await page.$$eval('.class-screen .table-scroll > table > caption', (all) =>
      all.map((c) => ({ caption: c.textContent!.slice(0, 30), past: Math.round(c.getBoundingClientRect().right - c.closest('.table-scroll')!.getBoundingClientRect().right) })),
    );
    expect(captions.length).toBeGreaterThan(0);
    expect.soft(captions.filter((c) => c.past > 0), 'captions running past their box').toEqual([]);
    // The play screen: the strip's End turn stood past the window's edge.
    await page.goto(`${o.url}#scenario=tutorial&seed=lv-small`);
    await playable(page);
    expect.soft(await pageWidth(page), 'the play screen at 320 px').toEqual({ page: 320, window: 320 });
    // A dialog: with its title and buttons kept in view a line of its text showed between them;
    // in a window this short the whole dialog scrolls, its text in one piece.
    await page.click('[data-key="open-sources"]');
    await page.waitForSelector('dialog[open]');
    const dialog = await page.evaluate(() => {
      const body = document.querySelector('dialog[open] .dialog-body')!;
      return { bodyCut: body.scrollHeight > body.clientHeight + 1, bodyHeight: Math.round(body.clientHeight) };
    });
    expect.soft(dialog.bodyCut, `the dialog's text in a box of its own ${dialog.bodyHeight} px high`).toBe(false);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // The map keeps to its row at 400 % and 200 % zoom: its least height spilt over the news below.
    for (const viewport of [
      { width: 320, height: 200 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      const parts = await page.evaluate(() => ({ mapBottom: Math.round(document.getElementById('map')!.getBoundingClientRect().bottom), newsTop: Math.round(document.getElementById('reading')!.getBoundingClientRect().top) }));
      expect.soft(parts.mapBottom, `the map's bottom and the news's top at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(parts.newsTop);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
  it.each(['mother-russia-2016', 'other-asia-2019'])("%s: the map's names grow with the browser's font size, changed on the open page or before a reload, and keep apart at 400 % zoom and on a phone", async (scenario) => {
    const { context, page, errors } = await freshPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${o.url}#scenario=${scenario}&seed=lv-map`);
    await playable(page);
    const usual = await mapNames(page);
    expect(usual.reader).toBe(1);
    // Every actor of the lists beside the map (its text alternative says the same is there) has its badge on the map.
    const actors = await page.$$eval('[data-actor]', (all) => all.map((a) => a.getAttribute('data-actor')!));
    expect(actors.length).toBeGreaterThan(3);
    const badges = (names: Awaited<ReturnType<typeof mapNames>>) => names.labels.filter((l) => l.kind === 'actor').map((l) => l.id);
    expect(badges(usual)).toEqual(expect.arrayContaining(actors));
    const places = nodeScenario(scenario).scenario.places;
    // Every name on the map: nothing more to show, no button for it.
    expect(usual.dropped).toEqual([]);
    await expectLeftOutShown(page, usual, places, 'at the usual size');
    const sizes = (names: Awaited<ReturnType<typeof mapNames>>, kind: MapName['kind']) => Object.fromEntries(names.labels.filter((l) => l.kind === kind).map((l) => [l.id, l.size]));

    // The reader doubles the browser's font size: the open page's text doubles, and the map's names with it.
    await setFontSize(context, page, 32);
    await expect.poll(async () => (await mapNames(page)).reader).toBe(2);
    // One column at this text size: the map as wide as the window.
    await expect.poll(async () => Math.round((await mapNames(page)).board.width)).toBe(1280);
    const doubled = await mapNames(page);
    // The reader's scale, or a smaller one only where the reader's left names out that it shows (boardPlan.ts fitBoard), never under 70 %.
    const took = `the text scale the ${Math.round(doubled.board.width)}×${Math.round(doubled.board.height)} board took`;
    if (doubled.text !== 2) expect.soft(doubled.tried.find((t) => t.text === 2)?.dropped.length ?? 0, took).toBeGreaterThan(doubled.dropped.length);
    expect.soft(doubled.text, took).toBeGreaterThanOrEqual(1.4);
    const scale = doubled.text ?? 2;
    const badgeSizes = sizes(doubled, 'actor');
    for (const [id, size] of Object.entries(sizes(usual, 'actor'))) expect.soft(badgeSizes[id], `${id}'s badge: ${size} px at the usual size`).toBe(Math.round(scale * size));
    const placeSizes = sizes(doubled, 'place');
    // Twice their size where there is room, never under 70 % of that (labelLayout.ts).
    for (const [id, size] of Object.entries(sizes(usual, 'place'))) expect.soft(placeSizes[id] ?? Infinity, `${id}'s name: ${size} px at the usual size`).toBeGreaterThanOrEqual(Math.round(0.7 * scale * size));
    expect.soft(doubled.dropped.length, `names left out with the text doubled: ${doubled.dropped}`).toBeLessThanOrEqual(1);
    expect.soft(crowding(doubled), 'with the text doubled').toEqual([]);
    expect.soft(misleading(usual), 'at the usual size').toEqual([]);
    expect.soft(misleading(doubled), 'with the text doubled').toEqual([]);
    await expectLeftOutShown(page, doubled, places, 'with the text doubled');

    // At 400 % zoom of a 1280 × 800 laptop (a 320 × 200 window), at the usual text size: "Washington" was drawn over "Seoul".
    await setFontSize(context, page, 16);
    await page.setViewportSize({ width: 320, height: 200 });
    await expect.poll(async () => (await mapNames(page)).reader).toBe(1);
    await expect.poll(async () => Math.round((await mapNames(page)).board.width)).toBe(320);
    const zoomed = await mapNames(page);
    expect.soft(badges(zoomed)).toEqual(expect.arrayContaining(actors));
    // Korea's four places and Beijing lie within 40 pixels here: those with no room near their point
    // are left out of the picture, and named in its text alternative (no list beside the map names places).
    expect.soft(zoomed.dropped.length, `names with no room at 400 %: ${zoomed.dropped}`).toBeLessThanOrEqual(4);
    const alternative = (await page.getAttribute('.board-picture', 'aria-label')) ?? '';
    for (const place of places) expect.soft(alternative, `the map's text alternative names ${place.id}`).toContain(place.name);
    expect.soft(crowding(zoomed), 'at 400 % zoom').toEqual([]);
    expect.soft(misleading(zoomed), 'at 400 % zoom').toEqual([]);
    await expectLeftOutShown(page, zoomed, places, 'at 400 % zoom');

    // A phone, its text doubled and the page loaded again (the game resumed): the names as large as its board has room for, and apart.
    await page.setViewportSize({ width: 390, height: 844 });
    await setFontSize(context, page, 32);
    await page.reload();
    await page.click('[data-key="resume"]');
    await playable(page);
    await expect.poll(async () => (await mapNames(page)).reader).toBe(2);
    await expect.poll(async () => Math.round((await mapNames(page)).board.width)).toBe(390);
    const phone = await mapNames(page);
    expect.soft(phone.text, 'the text scale the phone\'s board took').toBeGreaterThan(1);
    expect.soft(badges(phone)).toEqual(expect.arrayContaining(actors));
    expect.soft(phone.dropped.length, `names with no room on the phone: ${phone.dropped}`).toBeLessThanOrEqual(2);
    expect.soft(crowding(phone), 'on a phone with the text doubled').toEqual([]);
    expect.soft(misleading(phone), 'on a phone with the text doubled').toEqual([]);
    await expectLeftOutShown(page, phone, places, 'on a phone with the text doubled');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on a phone's touch screen with the text doubled: a tap on the names button shows the names the map leaves out, another hides them; a tap on a left-out mark shows its name, a tap elsewhere lets it go", async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true });
    await setFontSize(context, page, 32);
    await page.goto(`${o.url}#scenario=mother-russia-2016&seed=lv-touch`);
    await playable(page);
    await expect.poll(async () => (await mapNames(page)).reader).toBe(2);
    const names = await mapNames(page);
    expect(names.dropped.length, 'names left out on the phone').toBeGreaterThan(0);
    const places = nodeScenario('mother-russia-2016').scenario.places;
    const nameOf = (id: string) => places.find((p) => p.id === id)!.name;
    // The game's first offer waits in a dialog over the page.
    while (await page.$('dialog[open]')) await page.keyboard.press('Escape');
    await page.tap('[data-key="board-names"]');
    expect((await shownNames(page)).map((n) => n.place).sort()).toEqual([...names.dropped].sort());
    await page.tap('[data-key="board-names"]');
    expect(await shownNames(page)).toEqual([]);
    const target = page.locator('.board-mark-target').first();
    expect(await target.count(), 'a left-out mark to tap').toBe(1);
    const place = (await target.getAttribute('data-place'))!;
    await target.tap();
    expect((await shownNames(page)).map((n) => n.text)).toEqual([expect.stringContaining(nameOf(place))]);
    // Elsewhere on the map: the sea at its top-right corner.
    const board = (await page.locator('.board-picture').boundingBox())!;
    await page.touchscreen.tap(board.x + board.width - 10, board.y + 10);
    expect(await shownNames(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

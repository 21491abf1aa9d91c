// A student with low vision or colour blindness: the game in Windows High Contrast (forced
// colours, light and dark), with the browser's text at twice its size, and in a window as small
// as a 1280×800 laptop's at 400 % and 200 % zoom (320×200, 640×400). What a forced palette takes
// away (box-shadows, fills, gradients, a chart's white series on a white page) must still show;
// the text must follow the reader's size; nothing may make the page scroll sideways, lie over the
// next part or run under a button. Each test has a browser context of its own (fresh storage,
// nothing saved after it). The board's own reduced motion: board/board.test.ts.
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
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
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
});

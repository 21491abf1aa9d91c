// Shared by the game's browser tests: a page in Chromium that fails on console errors, the same
// scenario loaded in Node, screenshots, and keyboard-only navigation.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { withoutAdviceAhead } from '../../../bench/browser/advisor';
import { afterAll, beforeAll, inject } from 'vitest';
import { createBot, gameLog, indexScenario, type GameState, type ScenarioIndex } from '../../../src/engine';
import { botChoices, planOf, playWithBot } from '../../../src/app/playBot';
import { phaseOf, startSession, type GameSession } from '../../../src/app/session';
import { loadScenario } from '../../../src/scenario/load';
import { collectErrors, launchChromium } from '../board/chromium';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const SHOTS = resolve(ROOT, 'tests/browser/screenshots');

export interface Opened {
  browser: Browser;
  page: Page;
  /** Console errors, uncaught exceptions and failed requests: a test fails if any. */
  errors: string[];
  url: string;
}

// A request aborted because the test navigated away (the map's code being preloaded, say) is not
// a failure of the page: collectErrors already leaves those out.
export { collectErrors, withoutAdviceAhead };

export async function openGame(viewport: { width: number; height: number }, hash = '', options: { adviceAhead?: boolean } = {}): Promise<Opened> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (!options.adviceAhead) await withoutAdviceAhead(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const url = inject('gameUrl');
  await page.goto(url + hash);
  await page.waitForSelector('h1');
  return { browser, page, errors, url };
}

/**
 * Chromium open on the game for the tests of the file (or describe block) that calls it, closed
 * after them; its fields are filled in before the first test.
 */
export function useGame(viewport = { width: 1280, height: 800 }, options: { adviceAhead?: boolean } = {}): Opened {
  const o = {} as Opened;
  beforeAll(async () => {
    Object.assign(o, await openGame(viewport, '', options));
  });
  afterAll(async () => {
    await o.browser?.close();
  });
  return o;
}

/** A scenario file loaded in Node with the same loader the page uses. */
export function nodeScenario(id: string): ScenarioIndex {
  const fileName = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(resolve(ROOT, fileName), 'utf8'), fileName);
  if (!result.ok) throw new Error(`${fileName} does not load: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return indexScenario(result.scenario, result.hash);
}

/** The first seed of a family where the greedy bot meets a counter-offer (so the dialog is tested). */
export function seedWithCounter(index: ScenarioIndex, prefix: string): string {
  for (let i = 1; i <= 200; i++) {
    const seed = `${prefix}-${i}`;
    if (gameLog(playWithBot(index, seed, 'greedy').game()).some((e) => e.kind === 'counter')) return seed;
  }
  throw new Error('no seed with a counter-offer');
}

/** Where an actor's marker is on the board, in the page's coordinates (to click it as a person would). */
export async function markerPoint(page: Page, actor: string): Promise<{ x: number; y: number }> {
  type Hook = { markerCenters(): Record<string, { x: number; y: number }>; canvasBox(): { x: number; y: number } };
  const { centre, box } = await page.evaluate((id) => {
    const board = (window as unknown as { __pivotEastBoard: Hook }).__pivotEastBoard;
    return { centre: board.markerCenters()[id], box: board.canvasBox() };
  }, actor);
  if (centre === undefined) throw new Error(`no marker of ${actor} on the board`);
  return { x: box.x + centre.x, y: box.y + centre.y };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = resolve(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** What the page shows of the game now: the turn, the capital, and whether a dialog or the ending is up. */
export async function shown(page: Page): Promise<{ turn: number | null; capital: number | null; counter: boolean; crisis: boolean; offer: boolean; ending: boolean }> {
  return page.evaluate(() => {
    const turn = /Turn (\d+) of/.exec(document.querySelector('[data-testid=turn-info]')?.textContent ?? '');
    const capital = document.querySelector('[data-testid=capital] strong')?.textContent;
    return {
      turn: turn ? Number(turn[1]) : null,
      capital: capital ? Number(capital) : null,
      counter: document.querySelector('dialog.counter-dialog[open]') !== null,
      crisis: document.querySelector('dialog.crisis-dialog[open]') !== null,
      offer: document.querySelector('dialog.offer-dialog[open]') !== null,
      ending: document.querySelector('[data-testid=ending-title]') !== null,
    };
  });
}

/** Describes the focused element, for messages. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(body)';
    return `<${el.tagName.toLowerCase()}${el.dataset.key ? ` data-key=${el.dataset.key}` : ''}> ${(el.textContent ?? '').trim().slice(0, 60)}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user
 * would. Every control passed on the way must show a visible focus indicator.
 */
export async function tabTo(page: Page, selector: string, options: { max?: number; back?: boolean; invisibleFocus?: string[] } = {}): Promise<void> {
  const max = options.max ?? 250;
  for (let i = 0; i < max; i++) {
    const state = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { match: false, visible: true, what: '(body)' };
      const style = getComputedStyle(el);
      // A colour's channels and alpha, and its relative luminance (WCAG 2).
      const rgba = (c: string) => {
        const n = (c.match(/[\d.]+/g) ?? []).map(Number);
        return { rgb: n.slice(0, 3), alpha: n.length > 3 ? n[3]! : 1 };
      };
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      // What the indicator is seen against: the nearest background that is not transparent.
      let behind: Element | null = el.parentElement;
      while (behind && rgba(getComputedStyle(behind).backgroundColor).alpha === 0) behind = behind.parentElement;
      const back = behind ? rgba(getComputedStyle(behind).backgroundColor).rgb : [255, 255, 255];
      // An indicator must be there and stand out: at least 3:1 against what is behind it (WCAG 2.4.11, 1.4.11).
      const standsOut = (colour: string) => {
        const { rgb, alpha } = rgba(colour);
        if (alpha === 0) return false;
        const [a, b] = [luminance(rgb), luminance(back)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05) >= 3;
      };
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && standsOut(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && standsOut(style.boxShadow);
      // Headings the page focuses (tabindex -1) are not controls: they need no indicator.
      const visible = el.tabIndex < 0 || outline || shadow;
      return { match: el.matches(sel), visible, what: `${el.tagName.toLowerCase()} ${(el.getAttribute('data-key') ?? el.id ?? '')} ${(el.textContent ?? '').trim().slice(0, 40)}` };
    }, selector);
    if (!state.visible) options.invisibleFocus?.push(state.what);
    if (state.match) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${selector} with the keyboard in ${max} presses (focus is on ${await focused(page)})`);
}

/**
 * Presses Shift+Tab `presses` times from the page's end, as a keyboard user going back up a
 * phone's page would, and lists each focused control that stood, even in part, behind the strip
 * of parts stuck at the window's top (the strip's own links and buttons aside).
 */
export async function controlsBehindStrip(page: Page, presses = 60): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const behind: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Shift+Tab');
    const seen = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const nav = document.querySelector('.phone-nav')!;
      const strip = nav.getBoundingClientRect();
      // Stuck where its sticky top puts it: the window's top, or under a class game's clock strip.
      const stuck = Math.abs(strip.top - Number.parseFloat(getComputedStyle(nav).top)) < 1;
      return { text: (focused.textContent ?? '').trim().slice(0, 40), top: focused.getBoundingClientRect().top, stuck, stripBottom: strip.bottom, inStrip: focused.closest('.phone-nav') !== null };
    });
    if (seen.stuck && !seen.inStrip && seen.top < seen.stripBottom - 1) behind.push(`${seen.text} (top ${Math.round(seen.top)})`);
  }
  return behind;
}

/**
 * Visible controls without an accessible name (text, label, aria-label or aria-labelledby).
 * A simple check, not a full accessible-name computation, but it catches the usual mistakes.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: HTMLElement): string => {
      const label = el.getAttribute('aria-label');
      if (label) return label;
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return [...labels].map((l) => text(l)).join(' ');
      if (el instanceof HTMLInputElement && el.type !== 'button' && el.type !== 'submit') return el.title;
      return text(el) || el.title;
    };
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])')];
    return controls
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'))
      .filter((el) => nameOf(el) === '')
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

import { SAVE_KEY } from '../../../src/app/browser/storage';
export { SAVE_KEY };

/**
 * Opens `url` (a game's link, or the start screen) on a browser with no saved game. The page is
 * left before its storage is cleared: a game just opened saves itself once the page is idle
 * (src/app/browser/game.ts), and a save landing after the clearing made the link ask whether to
 * replace it.
 */
export async function openFresh(page: Page, url: string): Promise<void> {
  const origin = new URL(url).origin;
  await page.goto('about:blank');
  await page.goto(`${origin}/index.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(url);
}

/** Starts a new tutorial game with `seed` from the start screen, with no saved game left from before. */
export async function startNewGame(page: Page, url: string, seed: string): Promise<void> {
  await openFresh(page, url);
  await startWithSeed(page, seed);
}

/** Loads a scenario file's text on the start screen (it must be valid) and starts its game with `seed`. */
export async function startFileGame(page: Page, name: string, text: string, seed: string): Promise<void> {
  await page.setInputFiles('#scenario-file', { name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await page.waitForSelector('.ok-note');
  await startWithSeed(page, seed);
}

/** On the start screen: starts the chosen scenario's game with `seed`, and waits for its play screen. */
export async function startWithSeed(page: Page, seed: string): Promise<void> {
  await page.fill('#seed', seed);
  await page.click('[data-testid=start]');
  await page.waitForSelector('.play-screen');
}

/** The first greedy game of seeds `prefix-1` … `prefix-40` played in Node up to a planning where `stop` holds of the game; null when none gets there. */
export function greedyGameUntil(index: ScenarioIndex, prefix: string, stop: (game: GameState) => boolean): GameSession | null {
  for (let i = 1; i <= 40; i++) {
    const session = startSession(index, `${prefix}-${i}`);
    const bot = createBot('greedy', `${prefix}-${i}`);
    for (let step = 0; step < 200 && phaseOf(session.snapshot()) !== 'over'; step++) {
      const planning = phaseOf(session.snapshot()) === 'planning';
      if (planning && stop(session.game())) return session;
      const choices = botChoices(bot, session);
      session.send(planning ? planOf(choices) : choices[0]!);
    }
  }
  return null;
}

/** A game played in Node, saved in the page as the browser saves one and resumed from the start screen. */
export async function resumeInPage(page: Page, url: string, scenario: string, session: GameSession): Promise<void> {
  const save = { format: 'pivot-east-save/1', source: { kind: 'shipped', id: scenario }, record: session.record(), where: 'a game in progress', savedAt: new Date(0).toISOString() };
  await openFresh(page, url);
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [SAVE_KEY, JSON.stringify(save)]);
  await page.reload();
  await page.click('[data-key="resume"]');
  await page.waitForSelector('.play-screen');
}

/** From a playable board, ends every turn (declining counter-offers) until the ending shows. */
export async function endTurnsToTheEnding(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable !== undefined);
  for (let i = 0; i < 20; i++) {
    // Between the last turn and the ending screen (a chunk loaded then) there is neither an ending
    // nor a button to press: wait for one of them, not for a button that will not come back.
    await page.waitForFunction(() => {
      const endTurn = document.querySelector('[data-key="end-turn"]');
      return document.querySelector('[data-testid=ending-title], dialog[open]') !== null || (endTurn !== null && !endTurn.hasAttribute('disabled'));
    });
    if (await page.$('[data-testid=ending-title]')) break;
    if (await page.$('dialog.counter-dialog[open]')) await page.click('[data-key="counter-decline"]');
    else if (await page.$('dialog.offer-dialog[open]')) await page.click('[data-key="offer-decline"]');
    else if (await page.$('dialog.crisis-dialog[open]')) await page.click('dialog.crisis-dialog[open] [data-key^="crisis-answer-"]:not([disabled])');
    else await page.click('[data-key="end-turn"]');
    await page.waitForTimeout(100);
  }
  await page.waitForSelector('[data-testid=ending-title]');
}

// A scenario's language on the page: the page and the game's own words are English (<html
// lang="en">); the scenario's texts, and the scenario's parts of the game's sentences, carry the
// scenario's language (src/ui/scenarioText.ts). With a French scenario each screen was marked
// French as a whole: a screen reader read "End turn" and "Why?" with a French voice. Checked on the
// play screen, the debrief and the replay of tests/fixtures/scenarios/mini-fr.yaml: the buttons
// read English, the option cards, the news, the ending and the replay's news French, and no text
// node is the other's (no English words marked French, no whole text of the scenario's left
// English). An English scenario's pages carry no mark at all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { endTurnsToTheEnding, openFresh, ROOT, shot, startFileGame, useGame } from './game/helpers';

const o = useGame();

const FILE = 'tests/fixtures/scenarios/mini-fr.yaml';
const TEXT = readFileSync(resolve(ROOT, FILE), 'utf8');
const loaded = loadScenario(TEXT, 'mini-fr.yaml');
if (!loaded.ok) throw new Error(`${FILE} does not load`);
const scenario: Scenario = loaded.scenario;

/** Every text of the scenario (names, titles, texts, labels, notes…): what a French mark may hold. */
function everyString(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value.trim());
  else if (Array.isArray(value)) for (const v of value) everyString(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) everyString(v, into);
  return into;
}
const SCENARIO_STRINGS = everyString(scenario).filter((s) => s.length > 0);

/** The scenario's titles and texts (not its names: a name inside an English sentence is left unmarked): none may stand English as a whole text. */
const WHOLE_TEXTS = [
  scenario.title,
  scenario.summary,
  ...scenario.options.flatMap((x) => [x.title, x.text, ...(x.counter ? [x.counter.title, x.counter.text] : [])]),
  ...scenario.events.flatMap((x) => [x.title, x.text]),
  ...scenario.endings.flatMap((x) => [x.title, x.text]),
  ...scenario.actors.flatMap((a) => [a.description, ...a.interests.map((i) => i.label), ...a.moves.flatMap((m) => [m.title, m.text])]),
  ...scenario.tracks.flatMap((t) => [t.name, t.description]),
  ...scenario.hints.map((x) => x.text),
  ...scenario.questions,
  ...scenario.teacherNotes,
  ...(scenario.flags ?? []).map((f) => f.name),
].map((s) => s.trim());

/**
 * The `lang`s the elements of `scope` whose whole text is `text` are read in (the nearest `lang`
 * up the tree), each once: ['fr'] when there is such an element and every one is French (a title
 * may be on its card and in its button's name too).
 */
async function langsOf(page: Page, scope: string, text: string): Promise<string[]> {
  const found = await page.$$eval(
    scope,
    (roots, wanted) => {
      const found: string[] = [];
      for (const root of roots) {
        const matching = [root, ...root.querySelectorAll('*')].filter((el) => (el.textContent ?? '').trim() === wanted);
        // The innermost such element: the one that holds the text itself.
        for (const el of matching) if (!matching.some((other) => other !== el && el.contains(other))) found.push((el.closest('[lang]') as HTMLElement | null)?.lang ?? '');
      }
      return found;
    },
    text,
  );
  return [...new Set(found)];
}

/** The `lang` a control or heading is read in. */
const langOfElement = (page: Page, selector: string) => page.$eval(selector, (el) => (el.closest('[lang]') as HTMLElement | null)?.lang ?? '');

/**
 * Each text node of the page read in another language than its own: a French one that is no text
 * of the scenario (the game's words marked French), an English one that is a whole title or text
 * of the scenario (left unmarked).
 */
function misread(page: Page): Promise<{ frenchButNotTheScenarios: string[]; englishButTheScenarios: string[] }> {
  return page.evaluate(
    ([strings, whole]) => {
      const result = { frenchButNotTheScenarios: [] as string[], englishButTheScenarios: [] as string[] };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const parent = node.parentElement;
        if (text === '' || parent === null || parent.closest('script, style') !== null) continue;
        const lang = (parent.closest('[lang]') as HTMLElement | null)?.lang ?? '';
        if (lang.startsWith('fr') && !strings.some((s) => s.includes(text))) result.frenchButNotTheScenarios.push(text);
        if (!lang.startsWith('fr') && whole.includes(text)) result.englishButTheScenarios.push(text);
      }
      return result;
    },
    [SCENARIO_STRINGS, WHOLE_TEXTS] as const,
  );
}

const NONE_MISREAD = { frenchButNotTheScenarios: [], englishButTheScenarios: [] };

describe('the languages of a scenario on the page', () => {
  it('marks a French scenario’s texts French, and the game’s own words English, on the play screen, the debrief and the replay', async () => {
    const { page, errors, url } = o;
    await openFresh(page, url);
    await startFileGame(page, 'mini-fr.yaml', TEXT, 'langues-1');
    await page.waitForSelector('[data-key="end-turn"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The play screen: its controls and headings English…
    for (const control of ['[data-key="end-turn"]', '[data-key="open-advisor"]', '[data-key="open-log"]', '#actors-title', '#news-title', '#queue-title', '#tracks-title']) {
      expect(await langOfElement(page, control), control).toMatch(/^en/);
    }
    // …the option cards' titles and texts, the news (the briefing's events), the hint, the tracks French.
    const cards = async (actor: string) => {
      await page.click(`[data-key="actor-${actor}"]`);
      for (const option of scenario.options.filter((x) => x.target === actor)) {
        expect(await langsOf(page, `.actor-detail .option[data-option="${option.id}"]`, option.title), option.title).toEqual(['fr']);
        expect(await langsOf(page, `.actor-detail .option[data-option="${option.id}"]`, option.text), option.text).toEqual(['fr']);
        expect(await langOfElement(page, `.actor-detail .option[data-option="${option.id}"] [data-key="option-action-${option.id}"]`)).toMatch(/^en/);
      }
    };
    await cards('petit');
    await cards('grand');
    // A long French word breaks at a syllable with a hyphen where the browser knows French; the
    // game's English words are never hyphenated.
    const hyphens = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).hyphens);
    expect(await hyphens(`.actor-detail .option [lang="fr"]`)).toBe('auto');
    expect(await hyphens('.actor-detail [data-key^="option-action-"]')).toBe('manual');
    const briefing = scenario.events.find((e) => e.id === 'sommet')!;
    expect(await langsOf(page, '.news', briefing.title)).toEqual(['fr']);
    expect(await langsOf(page, '.news', briefing.text)).toEqual(['fr']);
    expect(await langsOf(page, '.hint', scenario.hints[0]!.text)).toEqual(['fr']);
    expect(await langsOf(page, '.tracks-panel .tracks', 'Richesse')).toEqual(['fr']);
    // A title inside the game's sentence: the title French, the sentence around it English.
    await page.click('[data-key="option-action-pret"]');
    await page.waitForSelector('.queue-list li');
    expect(await langsOf(page, '.queue-list', 'Demander un prêt à Grand')).toEqual(['fr']);
    expect(await langOfElement(page, '.queue-list li > span')).toMatch(/^en/);
    expect(await misread(page)).toEqual(NONE_MISREAD);
    await shot(page, 'language-marks-play-1280x800');

    // The next turn's report: the proposal's title in its result's line.
    await page.click('[data-key="end-turn"]');
    await page.waitForFunction(() => /Turn 2 of/.test(document.querySelector('[data-testid=turn-info]')?.textContent ?? ''));
    expect(await langsOf(page, '.report .results', 'Demander un prêt à Grand')).toEqual(['fr']);
    expect(await langOfElement(page, '#report-title')).toMatch(/^en/);
    // Its "Why?" reads English, the title in the name it says French.
    expect(await langOfElement(page, '.report .results .why-button')).toMatch(/^en/);
    expect(await langsOf(page, '.report .results .why-button', 'Demander un prêt à Grand')).toEqual(['fr']);
    expect(await misread(page)).toEqual(NONE_MISREAD);

    // The debrief: the ending's title and text French, its buttons and headings English.
    await endTurnsToTheEnding(page);
    const endingId = await page.getAttribute('[data-testid=ending-title]', 'data-ending-id');
    const ending = scenario.endings.find((e) => e.id === endingId)!;
    expect(await langOfElement(page, '[data-testid=ending-title]')).toBe('fr');
    expect(await page.textContent('[data-testid=ending-title]')).toBe(ending.title);
    expect(await langsOf(page, '.ending-head', ending.text)).toEqual(['fr']);
    for (const control of ['[data-key="play-again"]', '[data-key="replay"]', '[data-key="print"]', '#score-title', '#reasons-title', '#decisions-title']) {
      expect(await langOfElement(page, control), control).toMatch(/^en/);
    }
    expect(await langsOf(page, '.questions', scenario.questions[0]!)).toEqual(['fr']);
    expect(await langsOf(page, '.ending-screen [data-testid=teacher-notes]', scenario.teacherNotes[0]!)).toEqual(['fr']);
    await page.waitForSelector('[data-testid=bots-verdict]');
    expect(await misread(page)).toEqual(NONE_MISREAD);
    await shot(page, 'language-marks-debrief-1280x800');

    // The replay: turn 1's news French, its controls English.
    await page.click('[data-key="replay"]');
    await page.waitForSelector('.replay-screen');
    expect(await langsOf(page, '.replay-screen .news-list', briefing.title)).toEqual(['fr']);
    expect(await langsOf(page, '.replay-screen .news-list', briefing.text)).toEqual(['fr']);
    expect(await langsOf(page, '.replay-screen .topbar', scenario.title)).toEqual(['fr']);
    for (const control of ['[data-key="replay-next"]', '[data-key="replay-take-over"]', '[data-key="replay-back"]', '[data-testid=replay-turn]']) {
      expect(await langOfElement(page, control), control).toMatch(/^en/);
    }
    expect(await misread(page)).toEqual(NONE_MISREAD);
    await shot(page, 'language-marks-replay-1280x800');
    expect(errors).toEqual([]);
    // The tests after this one start with no saved game.
    await openFresh(page, url);
  });

  it('leaves an English scenario’s pages unmarked: they are in the page’s own language', async () => {
    const { page, errors, url } = o;
    await openFresh(page, `${url}#scenario=tutorial&seed=langues-en-1`);
    await page.waitForSelector('[data-key="end-turn"]');
    const marked = () => page.$$eval('body [lang]', (els) => els.map((el) => `<${el.tagName.toLowerCase()} lang="${el.getAttribute('lang')}"> ${(el.textContent ?? '').trim().slice(0, 40)}`));
    expect(await marked()).toEqual([]);
    await endTurnsToTheEnding(page);
    expect(await marked()).toEqual([]);
    expect(errors).toEqual([]);
    await openFresh(page, url);
  });
});

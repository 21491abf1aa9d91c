// The teacher's seat controls and the game's end as the screens show them, in real Chromium against
// the real class server (its own process, serving this test's build): a student whose seat the
// teacher gives to the computer is told so, is offered nothing for it, plays it again when it is
// given back, and can take another seat; each record downloaded says whose copy it is; the
// teacher's debrief goes back to the class game's screen.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { startServer, stopAll } from '../server/support/classServerProcess';
import { seriousViolations } from './axe';
import { launchChromium } from './board/chromium';
import { classPages, text } from './class/classHelpers';
import { shot, withoutAdviceAhead } from './game/helpers';

let browser: Browser;
let serverUrl = '';
const { errors, newPage, joinByLink } = classPages(() => serverUrl);

beforeAll(async () => {
  const server = await startServer({ dist: inject('distDir') });
  serverUrl = `http://localhost:${server.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stopAll();
});

/** The teacher's "Give to the computer" (or "Take it back") for a seat, and the screen's word that it was done. */
async function teacherGives(teacher: Page, actor: string, back = false): Promise<void> {
  await teacher.click(`[data-key="${back ? 'take-back' : 'give'}-${actor}"]`);
  await teacher.waitForSelector(`[data-key="${back ? 'give' : 'take-back'}-${actor}"]`);
}

/** Downloads the record by the button `key`: its file name and its text (a valid record). */
async function downloaded(page: Page, key: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-key="${key}"]`)]);
  const text = readFileSync((await download.path())!, 'utf8');
  const parsed = parseRecord(text);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  return { name: download.suggestedFilename(), text };
}
const downloadName = async (page: Page, key: string) => (await downloaded(page, key)).name;

describe("the teacher's seat controls, as the class's screens show them", () => {
  it('tells a student their seat went to the computer and what they can do; names each record by its owner; the debrief goes back to the class', async () => {
    const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })));
    const [teacherContext, annaContext, borisContext, chenContext] = contexts as [BrowserContext, BrowserContext, BrowserContext, BrowserContext];
    await Promise.all(contexts.map(withoutAdviceAhead));
    const teacher = await newPage(teacherContext, 'teacher');
    await teacher.goto(`${serverUrl}/index.html`);
    await teacher.fill('#seed', 'seat-given-1');
    await teacher.click('[data-key="host-class"]');
    await teacher.waitForSelector('[data-testid=join-code]');
    const code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');

    const anna = await newPage(annaContext, 'anna');
    const boris = await newPage(borisContext, 'boris');
    const chen = await newPage(chenContext, 'chen');
    await joinByLink(anna, code, 'Anna', { seat: 'russia' });
    await joinByLink(boris, code, 'Boris', { seat: 'china' });
    await teacher.waitForSelector('[data-seat="china"]:has-text("Boris")');
    await teacher.click('[data-key="class-start"]');

    // Russia proposes the summit to China: the game asks Boris.
    await anna.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');
    await anna.click('[data-actor="china"]');
    await anna.click('[data-key="option-action-summit-with-xi"]');
    await anna.waitForSelector('[data-key="queue-withdraw-summit-with-xi"]');
    await anna.click('[data-key="end-turn"]');
    await boris.waitForSelector('[data-key="seat-accept"]');

    // The teacher gives China's seat to the computer: Boris is told so, plainly, and offered nothing
    // for it (his screen kept asking him, and each answer was refused).
    await teacherGives(teacher, 'china');
    await boris.waitForSelector('[data-testid=seat-given]');
    expect(await text(boris, '[data-testid=seat-given]')).toBe('Your teacher gave China’s seat to the computer');
    expect(await text(boris, '.class-given')).toContain('The greedy bot plays China now: the game asks you nothing for it, and your choices no longer count.');
    expect(await text(boris, '[data-testid=seat-given-next]')).toBe('You can stay here and watch the game: if your teacher gives China’s seat back, you play it again from this screen. Or take another seat (a free one, or join the students on one); China’s seat is then no longer yours.');
    expect(await boris.$('[data-key^="seat-"]')).toBeNull();
    expect(await text(boris, '.class-bar')).toContain('Boris, on China’s seat, which the computer plays now');
    // The computer answered for China at once; the game went on without Boris.
    await anna.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');
    await shot(boris, 'class-seat-given');
    expect(await seriousViolations(boris, 'class-seat-given')).toBe('');
    await boris.setViewportSize({ width: 390, height: 844 });
    await shot(boris, 'class-seat-given-phone');
    await boris.setViewportSize({ width: 1280, height: 800 });

    // Given back, the seat is Boris's again: his screen is China's seat once more.
    await teacherGives(teacher, 'china', true);
    await boris.waitForSelector('[data-testid=seat-given]', { state: 'detached' });
    await boris.waitForSelector('.class-bar:has-text("Boris, playing China")');
    expect(await text(boris, '#seat-title')).toBe('China: nothing to decide now');

    // Given again, Boris takes another seat instead: Japan's, which nobody held; Chen joins him there.
    await teacherGives(teacher, 'china');
    await boris.click('[data-key="given-choose-seat"]');
    await boris.waitForSelector('[data-seat="china"]:has-text("The teacher gave this seat to the computer.")');
    await boris.click('[data-key="take-japan"]');
    await boris.waitForSelector('.class-bar:has-text("Boris, playing Japan")');
    await joinByLink(chen, code, 'Chen', { seat: 'japan' });
    await chen.waitForSelector('.class-bar:has-text("Chen, playing Japan with Boris")');

    // Before the end, the record from the class strip says whose it is, as the teacher's says the teacher's.
    expect(await downloadName(anna, 'class-download')).toMatch(new RegExp(`^pivot-east-class-tutorial-${code.toLowerCase()}-russia-anna-turn-\\d+\\.json$`));
    expect(await downloadName(teacher, 'class-download')).toMatch(new RegExp(`^pivot-east-class-tutorial-${code.toLowerCase()}-teacher-turn-\\d+\\.json$`));

    // Russia's seat given to the computer (the game paused, so that it waits): Anna's play screen,
    // its options and End turn, gives way to the same words.
    await teacher.click('[data-key="class-pause"]');
    await anna.waitForSelector('[data-testid=waiting]:has-text("The teacher has paused the game.")');
    await teacherGives(teacher, 'russia');
    await anna.waitForSelector('[data-testid=seat-given]');
    expect(await text(anna, '[data-testid=seat-given]')).toBe('Your teacher gave Russia’s seat to the computer');
    expect(await text(anna, '.class-given')).toContain('The greedy bot plays Russia now');
    expect(await anna.$('[data-key="end-turn"]')).toBeNull();
    expect(await anna.$('[data-key^="option-action-"]')).toBeNull();
    await shot(anna, 'class-seat-given-russia');

    // The teacher gives every seat to the computer, which plays the game to its end at once (the
    // seats' buttons go with the game's end).
    await teacherGives(teacher, 'japan');
    await teacher.click('[data-key="class-resume"]');
    for (const page of [anna, boris, chen]) await page.waitForSelector('[data-testid=ending-title]');
    // Anna's score says how much of Russia's game the computer decided (it held her seat to the end).
    expect(await text(anna, '[data-testid=computer-share]')).toMatch(/^The computer \(the greedy bot\) made \d+ of your \d+ decisions in this game/);
    // Each student's record from the debrief says whose copy it is: the seat, then the name.
    const records = [];
    for (const page of [anna, boris, chen]) records.push(await downloaded(page, 'ending-download'));
    const names = records.map((r) => r.name);
    const turns = /-turn-(\d+)\.json$/.exec(names[0]!)![1];
    expect(names).toEqual(['russia-anna', 'japan-boris', 'japan-chen'].map((whose) => `pivot-east-class-tutorial-${code.toLowerCase()}-${whose}-turn-${turns}.json`));

    // A reload of the debrief shows it again, from the record the browser kept, with no class
    // server to ask (it lost the record: the address had lost the code, and the room goes once
    // the game is over and its teacher has left).
    await borisContext.route('**/matchmake/**', (route) => route.abort());
    await boris.reload();
    await boris.waitForSelector('[data-testid=ending-title]');
    expect(new URL(boris.url()).search).toBe(`?class=${code}`);
    expect(await text(boris, '[data-testid=seat-decisions] h2')).toBe('Your seat: Japan');
    expect(await downloaded(boris, 'ending-download')).toEqual(records[1]);
    // The share link is the scenario and seed alone, never the class game's code.
    expect(new URL(await boris.inputValue('[data-testid=share-link]')).search).toBe('');
    // Left for the start screen, the code goes from the address: a reload stays there.
    await boris.goBack();
    await boris.waitForSelector('[data-testid=start]');
    expect(new URL(boris.url()).search).toBe('');

    // The teacher's debrief goes back to the class game's screen, by its button and by the browser's Back.
    await teacher.waitForSelector('[data-testid=class-ended]');
    await teacher.click('[data-key="class-debrief"]');
    await teacher.waitForSelector('[data-testid=ending-title]');
    expect(await text(teacher, '[data-key="ending-back"]')).toBe('Back to the class game');
    // The way back is the teacher's first button, not "New game".
    expect(await teacher.getAttribute('[data-key="ending-back"]', 'class')).toContain('primary');
    expect(await teacher.getAttribute('[data-key="play-again"]', 'class')).not.toContain('primary');
    // A panel for each seat students held at the end, the player's apart: Japan's, by its students' names.
    expect(await teacher.$$eval('[data-testid=seat-decisions]', (ps) => ps.map((p) => (p as HTMLElement).dataset.seat))).toEqual(['japan']);
    expect(await text(teacher, '[data-testid=seat-decisions] h2')).toBe('Japan’s seat: Boris, Chen');
    expect(await text(teacher, '[data-testid=seat-decisions] p')).toContain('its students’ choices, and the computer’s where it decided for them');
    await shot(teacher, 'class-teacher-debrief-back');
    await teacher.click('[data-key="ending-back"]');
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("The game is over")');
    expect(new URL(teacher.url()).search).toBe(`?teach=${code}`);
    expect(await text(teacher, '.class-teacher .scenario-title')).toBe(await text(teacher, '.scenario-title'));
    await teacher.click('[data-key="class-debrief"]');
    await teacher.waitForSelector('[data-testid=ending-title]');
    await teacher.goBack();
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("The game is over")');
    expect(await teacher.$('dialog[open]')).toBeNull();
    // A reload of the teacher's debrief comes back to the class game's screen (it went to the start page).
    await teacher.click('[data-key="class-debrief"]');
    await teacher.waitForSelector('[data-testid=ending-title]');
    expect(new URL(teacher.url()).search).toBe(`?teach=${code}`);
    await teacher.reload();
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("The game is over")');

    for (const [who, list] of errors) expect(list, who).toEqual([]);
    await Promise.all(contexts.map((c) => c.close()));
  });
});

// A class game in real Chromium against the real class server (its own process, by pid, serving
// this test's build): the teacher hosts the tutorial with the expert for the computer's seats
// (every screen says so), three students join by the link in their own
// browser contexts (Anna takes Russia; Boris and Chen play China as a team: Boris submits, Chen
// suggests), the game is played to its end; mid-game Boris closes his page and gets his seat back
// by opening the link again, and Chen leaves by the browser's Back (which asks first) and comes
// back. Each page must show the same game; the downloaded records replay in Node; screenshots of
// the teacher's and the students' screens.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { dateOf } from '../../src/ui/text';
import { replayRecord } from '../../src/app/replay';
import { judgedAsItStands } from '../../src/engine';
import { qrModules } from '../../src/ui/class/qrCode';
import { seriousViolations } from './axe';
import { launchChromium } from './board/chromium';
import { classPages, text } from './class/classHelpers';
import { nodeScenario, ROOT, shot, withoutAdviceAhead } from './game/helpers';

let server: ChildProcess | null = null;
let serverOutput = '';
let serverUrl = '';
let browser: Browser;
const dataDir = mkdtempSync(join(tmpdir(), 'pivot-class-ui-'));
// Each page's errors, and the scripts it fetched.
const { errors, scripts, newPage, joinByLink } = classPages(() => serverUrl, { recordScripts: true });

async function startServer(): Promise<string> {
  // `npm run serve`'s own entry, serving the browser tests' build from its temporary folder.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--dist', inject('distDir'), '--data', dataDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  child.stdout!.on('data', (d) => (serverOutput += d));
  child.stderr!.on('data', (d) => (serverOutput += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the class server did not start in 60 s:\n${serverOutput}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /listening on (http:\/\/localhost:\d+)\//.exec(serverOutput);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the class server stopped (${code}):\n${serverOutput}`));
    });
  });
}

beforeAll(async () => {
  serverUrl = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    const late = setTimeout(() => server!.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(late);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A screenshot to look at, and axe finds nothing serious on the screen. */
async function look(page: Page, name: string): Promise<void> {
  await shot(page, name);
  expect(await seriousViolations(page, name)).toBe('');
}

/** Does one thing the page's seat can do now (a dialog's answer, End turn, a seat's question); false if nothing. */
async function actFor(page: Page): Promise<boolean> {
  const waiting = await text(page, '[data-testid=waiting]');
  if (!waiting.startsWith('The game waits for you')) return false;
  for (const selector of [
    'dialog.counter-dialog[open] [data-key="counter-decline"]',
    'dialog.offer-dialog[open] [data-key="offer-decline"]',
    'dialog.crisis-dialog[open] [data-key^="crisis-answer-"]:not([disabled])',
    '[data-key="seat-accept"]',
    '[data-key="seat-no-offer"]',
    '[data-key="seat-no-move"]',
    '[data-key="end-turn"]',
  ]) {
    if (await page.$(selector)) {
      // The screen may change under the click (the room's next event): then try again next round.
      await page.click(selector, { timeout: 2_000 }).catch(() => undefined);
      return true;
    }
  }
  return false;
}

describe('a class game', () => {
  it('is hosted, joined by three students, played to its end with a drop and a rejoin, and recorded', async () => {
    const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })));
    const [teacherContext, annaContext, borisContext, chenContext] = contexts as [BrowserContext, BrowserContext, BrowserContext, BrowserContext];
    // Three students' devices on this one machine: their advisors' work ahead would share its cores.
    await Promise.all(contexts.map(withoutAdviceAhead));

    // The teacher hosts the tutorial with a fixed seed.
    const teacher = await newPage(teacherContext, 'teacher');
    await teacher.goto(`${serverUrl}/index.html`);
    await teacher.waitForSelector('[data-key="host-class"]');
    await teacher.fill('#seed', 'class-ui-1');
    await teacher.selectOption('#class-computer', 'expert');
    expect(await teacher.textContent('#class-computer option:checked')).toBe('expert (plays the future out; slower)');
    await teacher.locator('.class-game').scrollIntoViewIfNeeded();
    await shot(teacher, 'class-host-form');
    await teacher.click('[data-key="host-class"]');
    await teacher.waitForSelector('[data-testid=join-code]');
    expect(await text(teacher, '[data-testid=computer-player]')).toContain('The computer plays its seats as the expert');
    const code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');
    expect(code).toMatch(/^[2-9A-Z]{8}$/);
    expect(await teacher.inputValue('[data-testid=join-link]')).toBe(`${serverUrl}/index.html?class=${code}`);
    // Opened at localhost, the teacher learns that the students' devices cannot open this link.
    expect(await text(teacher, '[data-testid=local-link]')).toContain('This link names this computer itself (localhost): students’ devices cannot open it.');
    // The QR code is the join link's: its dark modules, read back from the path, are the link's code.
    const qr = await teacher.$eval('.qr-code', (el) => ({ viewBox: el.getAttribute('viewBox')!, d: el.querySelector('path')!.getAttribute('d')! }));
    const { size, dark } = qrModules(`${serverUrl}/index.html?class=${code}`);
    const quiet = (Number(qr.viewBox.split(' ')[2]) - size) / 2;
    const drawn = [...qr.d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${Number(m[2]) - quiet},${Number(m[1]) - quiet}`).sort();
    const expected: string[] = [];
    for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (dark(row, col)) expected.push(`${row},${col}`);
    expect(drawn).toEqual(expected.sort());

    // The students join by the link; Anna takes Russia, Boris China, Chen joins Boris on China.
    const anna = await newPage(annaContext, 'anna');
    const boris = await newPage(borisContext, 'boris');
    let chen = await newPage(chenContext, 'chen');
    await joinByLink(anna, code, 'Anna', { onJoinScreen: (page) => look(page, 'class-join') });
    expect(await text(anna, '[data-testid=computer-player]')).toContain('The computer plays its seats as the expert');
    await look(anna, 'class-student-seats');
    await anna.click('[data-key="take-russia"]');
    await joinByLink(boris, code, 'Boris', { seat: 'china' });
    await joinByLink(chen, code, 'Chen');
    await chen.waitForSelector('[data-key="take-china"]:has-text("Join Boris")');
    await chen.click('[data-key="take-china"]');
    await chen.waitForSelector('.class-bar:has-text("Boris submits, you suggest")');
    await teacher.waitForSelector('[data-seat="china"]:has-text("Chen")');
    // A shipped scenario is known by its hash: no page fetched the scenario loader (src/scenario/load.ts, with its YAML parser).
    for (const who of ['teacher', 'anna', 'boris', 'chen']) expect(scripts.get(who)!.filter((path) => /\/(load|classScenario)-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(scripts.get('teacher')!.some((path) => /\/classApp-[\w-]+\.js$/.test(path))).toBe(true);
    expect(await text(teacher, '[data-seat="japan"]')).toContain('nobody has taken the seat');

    // Nothing happens before the teacher starts the game: Russia's End turn and its options are
    // shown unavailable then (they looked ready in the lobby), and again while the game is paused.
    expect(await text(anna, '[data-testid=waiting]')).toContain('has not started');
    const endTurnHeld = (held: boolean) => anna.waitForFunction((h) => (document.querySelector('[data-key="end-turn"]')?.getAttribute('aria-disabled') === 'true') === h, held, { timeout: 10_000 });
    await endTurnHeld(true);
    expect(await anna.$$eval('[data-key^="option-action-"]', (bs) => bs.length > 0 && bs.every((b) => b.getAttribute('aria-disabled') === 'true' || (b as HTMLButtonElement).disabled))).toBe(true);
    await teacher.click('[data-key="class-start"]');
    await anna.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');
    await endTurnHeld(false);
    // A pause is said on every screen, and refuses the students' events in words until resumed.
    await teacher.click('[data-key="class-pause"]');
    await anna.waitForSelector('[data-testid=waiting]:has-text("The teacher has paused the game.")');
    await endTurnHeld(true);
    // Shown unavailable, it is still pressed (it keeps its focus) and says why nothing happens.
    await anna.click('[data-key="end-turn"]', { force: true });
    await anna.waitForSelector('.status-line:has-text("Not possible:")');
    expect(await text(teacher, '[data-testid=paused-help]')).toContain('resume it once the class is ready');
    await teacher.click('[data-key="class-resume"]');
    await teacher.waitForSelector('[data-key="class-pause"]');
    expect(await teacher.$('[data-testid=paused-help]')).toBeNull();
    await endTurnHeld(false);
    // The teacher's own action made offline changes nothing until it reaches the room: said kept
    // meanwhile, and done once back.
    await teacherContext.setOffline(true);
    await teacher.click('[data-key="class-pause"]');
    await teacher.waitForSelector('[data-testid=unsent]:has-text("Kept to be sent when the connection is back: pause the game.")');
    await shot(teacher, 'class-teacher-offline-unsent');
    await teacherContext.setOffline(false);
    await anna.waitForSelector('[data-testid=waiting]:has-text("The teacher has paused the game.")');
    await teacher.waitForSelector('[data-testid=unsent]', { state: 'hidden' });
    await teacher.click('[data-key="class-resume"]');
    await teacher.waitForSelector('[data-key="class-pause"]');
    await endTurnHeld(false);
    // A device gone offline is said at once, on its own word (the socket may stay open a long while
    // after a phone's Wi-Fi goes), and no more once it is back.
    await annaContext.setOffline(true);
    await anna.waitForSelector('[data-testid=connection]:has-text("This device is offline: your seat waits for you, and what you do now is sent when it is back online (a suggestion to your team is not: make it again then).")');
    await annaContext.setOffline(false);
    await anna.waitForSelector('[data-testid=connection]', { state: 'hidden' });
    // Any whole number of seconds is taken (the field once stepped by 10, and the browser refused 15 in a bubble).
    await teacher.fill('#turn-seconds', '15');
    await teacher.click('[data-key="class-set-seconds"]');
    await teacher.waitForSelector('.status-line:has-text("Each turn now has 15 seconds.")');
    await teacher.fill('#turn-seconds', '0');
    await teacher.click('[data-key="class-set-seconds"]');
    await teacher.waitForSelector('.status-line:has-text("Turns have no time limit now.")');
    await anna.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');

    // Who answers each proposal, as Russia's cards say: students hold China; nobody holds Japan,
    // which the computer plays as the expert (every seat read "a player decides").
    expect(await text(anna, '[data-key="open-summit-with-xi"] .open-facts')).toMatch(/ · a player decides$/);
    expect(await text(anna, '[data-key="open-japan-card"] .open-facts')).toMatch(/ · the expert decides$/);
    // Turn 1: Anna proposes the summit to China, offline: nothing changes in the game until it is
    // sent, so the strip says it is kept, and no more once it went. The team answers it: Chen
    // suggests, Boris submits.
    await annaContext.setOffline(true);
    await anna.click('[data-actor="china"]');
    await anna.click('[data-key="option-action-summit-with-xi"]');
    await anna.waitForSelector('[data-testid=unsent]:has-text("Kept to be sent when the connection is back: propose “A summit with Xi”.")');
    await look(anna, 'class-offline-unsent');
    expect(await anna.$('[data-key="queue-withdraw-summit-with-xi"]')).toBeNull();
    await annaContext.setOffline(false);
    await anna.waitForSelector('[data-key="queue-withdraw-summit-with-xi"]');
    await anna.waitForSelector('[data-testid=unsent]', { state: 'hidden' });
    await anna.click('[data-key="end-turn"]');
    await chen.waitForSelector('[data-key="seat-accept"]');
    // While China decides, Russia's End turn is shown unavailable; pressed anyway, it says why.
    await anna.waitForSelector('[data-key="end-turn"][aria-disabled="true"]');
    // So are the proposals: they are being negotiated (Withdraw and Propose looked open).
    await anna.waitForSelector('[data-key="queue-withdraw-summit-with-xi"][aria-disabled="true"]');
    expect(await text(anna, '.panel.queue')).toContain('The turn has ended: they are being negotiated.');
    // "Quit to start" asks first, as the browser's Back does (it left at once).
    await anna.click('[data-key="quit"]');
    await anna.waitForSelector('dialog[open]:has-text("Leave the class game?")');
    await anna.keyboard.press('Escape');
    await anna.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await anna.isVisible('[data-key="end-turn"]')).toBe(true);
    await anna.click('[data-key="end-turn"]', { force: true });
    await anna.waitForSelector('.status-line:has-text("Not possible: it is not your turn to decide: the game waits for China.")');
    // A suggestion is not kept to be sent later (it counts for the decision it is made in): made
    // offline, it is said to be lost (it was said to be passed on, and was not).
    await chenContext.setOffline(true);
    await chen.click('[data-key="seat-accept"]');
    await chen.waitForSelector('[data-testid=refusal-notice]:has-text("Not possible: this device is not connected to the class server now, so Boris did not get your suggestion: suggest it again once the connection is back.")');
    await chenContext.setOffline(false);
    await chen.waitForSelector('[data-testid=connection]', { state: 'hidden' });
    await chen.click('[data-key="seat-accept"]');
    // Passed on to the member who submits, said as such: not as a refusal.
    await chen.waitForSelector('.suggested-note:has-text("Suggested to Boris, who submits your team’s choices.")');
    expect(await chen.$('.refusal')).toBeNull();
    await boris.waitForSelector('[data-testid=suggestions]:has-text("Chen suggests: accept")');
    await teacher.waitForSelector('[data-testid=waiting]:has-text("The game waits for China: Boris and Chen")');
    await look(boris, 'class-student-china');
    await look(teacher, 'class-teacher');
    // The game runs: its controls come before the join panel, on screen and for the keyboard.
    expect(await teacher.$eval('.host-left', (c) => [...c.children].map((p) => (p as HTMLElement).dataset.testid ?? p.className))).toEqual(['panel class-state', 'join-panel']);
    await look(anna, 'class-student-russia');
    await boris.click('[data-key="seat-accept"]');

    // Play on until turn 2, then Boris closes his page: Chen goes on for the team, and Boris comes
    // back by the link (his name and token kept by his browser) to his seat.
    for (let i = 0; i < 200 && !(await text(anna, '[data-testid=turn-info]')).includes('Turn 2'); i++) {
      const did = (await actFor(anna)) || (await actFor(boris));
      if (!did) await anna.waitForTimeout(150);
    }
    expect(await text(anna, '[data-testid=turn-info]')).toContain('Turn 2');
    await boris.close();
    await teacher.waitForSelector('[data-seat="china"] .member.away:has-text("Boris")');
    // Chen is there for the team: the seat does not wait for Boris (it read "the seat waits").
    expect(await text(teacher, '[data-seat="china"] .member.away')).toBe('○ Boris — connection lost');
    await chen.waitForSelector('.class-bar:has-text("you submit the team’s choices")');
    const borisAgain = await newPage(borisContext, 'boris-again');
    await joinByLink(borisAgain, code, null);
    await borisAgain.waitForSelector('.class-bar:has-text("playing China with Chen")');
    await teacher.waitForSelector('[data-seat="china"] .member.connected:has-text("Boris")');

    // The browser's Back (a phone's back gesture) on a live class game asks first; Back again, or
    // Stay, keeps the screen. Chen leaves that way, and the link brings him back to his seat.
    await chen.goBack();
    await chen.waitForSelector('dialog[open]:has-text("Leave the class game?")');
    expect(await text(chen, 'dialog[open]')).toContain(`join with the code ${code.slice(0, 4)} ${code.slice(4)} on the start page`);
    await look(chen, 'class-leave-question');
    await chen.goBack();
    await chen.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await chen.isVisible('.class-student')).toBe(true);
    await chen.goBack();
    await chen.click('dialog[open] [data-key="class-leave-yes"]');
    await chen.waitForSelector('[data-testid=start]');
    await teacher.waitForSelector('[data-seat="china"] .member.away:has-text("Chen")');
    // Back by the code typed on the game's page opened anew, to the same seat; Back and Stay then
    // keep the game's address, which a reload comes back to.
    await chen.close();
    chen = await newPage(chenContext, 'chen-again');
    await chen.goto(`${serverUrl}/index.html`);
    // From the top of the start page (the class panel's own button is two screens down on a phone).
    await chen.click('[data-key="join-class-top"]');
    await chen.fill('#join-code', code.toLowerCase());
    await chen.fill('[data-testid=join-name]', 'Chen');
    await chen.click('[data-testid=join-submit]');
    await chen.waitForSelector('.class-bar:has-text("playing China with Boris")');
    await teacher.waitForSelector('[data-seat="china"] .member.connected:has-text("Chen")');
    expect(new URL(chen.url()).search).toBe(`?class=${code}`);
    await chen.goBack();
    await chen.click('dialog[open] [data-key="dialog-close"]');
    await chen.waitForSelector('dialog[open]', { state: 'detached' });
    expect(new URL(chen.url()).search).toBe(`?class=${code}`);
    // The teacher's Back asks too; after Stay, Back asks again rather than leave the page.
    await teacher.goBack();
    await teacher.waitForSelector('dialog[open]:has-text("Leave the class game’s screen?")');
    await teacher.click('dialog[open] [data-key="dialog-close"]');
    await teacher.waitForSelector('dialog[open]', { state: 'detached' });
    await teacher.goBack();
    await teacher.waitForSelector('dialog[open]:has-text("Leave the class game’s screen?")');
    await teacher.goBack();
    await teacher.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await teacher.isVisible('[data-testid=join-code]')).toBe(true);

    // To the end: each page acts for its seat when the game waits for it.
    // Chen's question, asked by Back, is left open to the end (Boris submits for the team): it
    // must close with his screen, not stay over the debrief.
    await chen.goBack();
    await chen.waitForSelector('dialog[open]:has-text("Leave the class game?")');
    const players = [anna, borisAgain];
    for (let i = 0; i < 400 && !(await anna.$('[data-testid=ending-title]')); i++) {
      let did = false;
      for (const page of players) did = (await actFor(page)) || did;
      if (!did) await anna.waitForTimeout(150);
    }
    await anna.waitForSelector('[data-testid=ending-title]');
    await shot(anna, 'class-student-debrief');
    await borisAgain.waitForSelector('[data-testid=ending-title]');
    await chen.waitForSelector('[data-testid=ending-title]');
    // China's students read the debrief as China's: their own decisions, each with its "Why?", and
    // Russia's score and proposals named as Russia's (they read "Your score", "Your proposals").
    // Students get no notes for teachers.
    expect(await text(borisAgain, '[data-testid=seat-decisions] h2')).toBe('Your seat: China');
    expect(await text(borisAgain, '[data-testid=seat-decisions] ol')).toContain('China accepted “');
    expect(await borisAgain.$('[data-testid=seat-decisions] [data-key^="seat-why-"]')).not.toBeNull();
    expect(await text(borisAgain, '#decisions-title')).toBe('Russia’s proposals and how they were decided');
    await borisAgain.waitForSelector('[data-testid=bots-mine]');
    expect(await text(borisAgain, '.bot-scores')).toContain('Russia’s score');
    expect(await text(anna, '#decisions-title')).toBe('Your proposals and how they were decided');
    // The debrief's link is the same scenario and seed played alone: the class's seats were people
    // on other devices (it named them all as a hot seat's).
    const shared = new URL(await anna.inputValue('[data-testid=share-link]'));
    expect(new URLSearchParams(shared.hash.slice(1)).get('seats')).toBeNull();
    expect(await text(anna, 'label:has([data-testid=share-link])')).toContain('anyone opening it plays the same game alone');
    expect(await anna.$('[data-testid=seat-decisions]')).toBeNull();
    for (const page of [anna, borisAgain]) expect(await page.$('#teacher-notes-title')).toBeNull();
    expect(await chen.$('dialog[open]')).toBeNull();
    await teacher.waitForSelector('[data-testid=class-ended]');
    await shot(teacher, 'class-teacher-ended');
    // Nobody joins a game that is over: the code and the QR code go.
    expect(await teacher.isVisible('[data-testid=join-panel]')).toBe(false);
    // The ended screen reads the last turn's report and the final score, the ending's bonus in it
    // (it showed the turn before the last, and the tracks' score beside the final one).
    const finalScore = /score (-?\d+)\.$/.exec(await text(teacher, '[data-testid=class-ended]'))![1];
    expect(await text(teacher, '.score-now summary')).toBe(`Final score: ${finalScore}`);
    expect(await text(teacher, '#report-title')).toBe(`What happened in ${dateOf(nodeScenario('tutorial'), nodeScenario('tutorial').scenario.calendar.turns)}`);
    // The ended game leads to its debrief, with the notes for teachers (the teacher's screen said
    // one line: the ending and the score). Back then goes to the class game's screen, as it ended,
    // without a question (it went to the start page, and the class's screen was a reload away).
    await teacher.click('[data-key="class-debrief"]');
    await teacher.waitForSelector('[data-testid=ending-title]');
    expect(await teacher.isVisible('#teacher-notes-title')).toBe(true);
    expect(await text(teacher, '#decisions-title')).toBe('Russia’s proposals and how they were decided');
    await teacher.goBack();
    await teacher.waitForSelector('[data-testid=class-ended]');
    expect(await teacher.$('dialog[open]')).toBeNull();

    // Every student's record is the same game, and replays in Node.
    const index = nodeScenario('tutorial');
    const records = [];
    for (const page of [anna, borisAgain, chen]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="ending-download"]')]);
      const parsed = parseRecord(readFileSync((await download.path())!, 'utf8'));
      expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
      if (parsed.ok) records.push(parsed.record);
    }
    expect(records[1]).toEqual(records[0]);
    expect(records[2]).toEqual(records[0]);
    const replayed = replayRecord(records[0]!, index);
    expect(replayed.ok, replayed.ok ? '' : replayed.reason).toBe(true);
    expect(records[0]!.seed).toBe('class-ui-1');
    expect(records[0]!.result).not.toBeNull();
    expect(records[0]!.events).toContainEqual({ type: 'SEAT_ANSWER', actor: 'china', answer: 'accept' });
    expect(records[0]!.seats).toMatchObject({ china: 'person' });

    for (const [who, list] of errors) expect(list, who).toEqual([]);
    await Promise.all(contexts.map((c) => c.close()));
  });

  it('on phones: a seat taken shows at once, the strip of parts stays at the top, a refusal is seen wherever the student is, a turn the computer ended is said on every screen', async () => {
    const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const [danaContext, eliContext] = [await browser.newContext(phone), await browser.newContext(phone)];
    const contexts = [teacherContext, danaContext, eliContext];
    await Promise.all(contexts.map(withoutAdviceAhead));
    const teacher = await newPage(teacherContext, 'phones-teacher');
    await teacher.goto(`${serverUrl}/index.html`);
    await teacher.fill('#seed', 'class-phones');
    await teacher.click('[data-key="host-class"]');
    const code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');
    // Started with no student at a seat, the computer would play the whole game at once: asked first.
    await teacher.click('[data-key="class-start"]');
    await teacher.waitForSelector('dialog[open]:has-text("Start with no student at a seat?")');
    expect(await text(teacher, 'dialog[open]')).toContain("the computer would play every seat, Russia's too, and the whole game would be played at once");
    await teacher.keyboard.press('Escape');
    await teacher.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await teacher.isVisible('[data-key="class-start"]')).toBe(true);
    // An untaken seat is the computer's already: the teacher may keep it for the computer.
    expect(await text(teacher, '[data-key="give-japan"]')).toBe('Close to students — Japan');
    // A reload brings the teacher back to the game's screen (it showed the start page).
    expect(new URL(teacher.url()).search).toBe(`?teach=${code}`);
    await teacher.reload();
    await teacher.waitForSelector('[data-testid=join-code]');
    expect((await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '')).toBe(code);
    const dana = await newPage(danaContext, 'phones-dana');
    const eli = await newPage(eliContext, 'phones-eli');
    await joinByLink(dana, code, 'Dana', { seat: 'russia' });
    await teacher.waitForSelector('[data-key="give-russia"]:has-text("Give to the computer")');
    // The code reads as the teacher's screen shows it, in two groups of four.
    expect(await text(dana, '.class-bar')).toContain(`Class ${code.slice(0, 4)} ${code.slice(4)}`);
    // Japan's seat taken: Eli's screen leaves the choice of seats at once (it kept offering Japan's
    // seat as free until the game first asked Japan).
    await joinByLink(eli, code, 'Eli', { seat: 'japan' });
    await eli.waitForSelector('[data-testid=seat-waiting]');
    expect(await eli.$('[data-key="take-japan"]')).toBeNull();
    // Before the start, End turn is refused: said over the bottom of the window, far down the page
    // where Dana is, and gone after a while (the status line kept it after the game had started).
    await dana.waitForSelector('.phone-nav button');
    await dana.locator('[data-key^="option-action-"]').first().scrollIntoViewIfNeeded();
    expect(await dana.evaluate(() => scrollY)).toBeGreaterThan(844);
    // The strip of parts and End turn stays at the window's top, right under the turn's strip (a box
    // scrolling inside the class screen took it away with the page).
    const turnStrip = (await dana.locator('[data-testid=clock]').locator('..').boundingBox())!;
    expect(turnStrip.y).toBe(0);
    expect((await dana.locator('.phone-nav').boundingBox())!.y).toBeCloseTo(turnStrip.height, 1);
    // Shown unavailable before the start (aria-disabled), it is still pressed and says why.
    expect(await dana.getAttribute('.phone-nav button', 'aria-disabled')).toBe('true');
    await dana.locator('.phone-nav button').tap({ force: true });
    const notice = dana.locator('[data-testid=refusal-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('Not possible: the game has not started yet: the teacher starts it.');
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // Nothing to download before the start; the record is offered once the game runs.
    expect(await dana.isVisible('[data-key="class-download"]')).toBe(false);
    await teacher.click('[data-key="class-start"]');
    await dana.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');
    await dana.waitForSelector('[data-key="class-download"]', { state: 'attached' });
    expect(await dana.$eval('[data-key="class-download"]', (b) => (b as HTMLElement).hidden)).toBe(false);
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await text(dana, '.status-line')).toBe('');
    // Dana asks the advisor; the teacher ends the turn under it: its advice is of a position left
    // behind, so it closes, saying why (its plans stayed on screen, to be followed in the next turn).
    await dana.locator('[data-key="open-advisor"]').scrollIntoViewIfNeeded();
    await dana.locator('[data-key="open-advisor"]').tap();
    await dana.waitForSelector('.advisor-dialog');
    // The teacher ends the turn: the computer decides what it waited for, and every screen says so
    // (the room's note reached the record alone; a turn whose time ran out moved on in silence).
    await teacher.click('[data-key="class-end-turn"]');
    // It asks first, saying whom the turn waits for.
    await teacher.waitForSelector('dialog[open] [data-key="confirm-yes"]');
    expect(await text(teacher, 'dialog[open]')).toContain('The game waits for Russia: Dana.');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    const said = 'The teacher ended turn 1 now: the computer decided what the turn still waited for.';
    await dana.waitForSelector('.advisor-dialog', { state: 'detached' });
    expect(await dana.locator('[data-testid=refusal-notice]').innerText()).toBe('The advisor closed: the game moved on from turn 1’s planning, which it played out.');
    await shot(dana, 'class-advisor-closed-phone');
    for (const page of [dana, eli, teacher]) await page.waitForSelector(`[data-testid=class-note]:visible:has-text("${said}")`);
    // The game log lists it too (the note left every screen after the next turn).
    for (const [page, key] of [[eli, 'seat-log'], [teacher, 'class-log']] as const) {
      await page.click(`[data-key="${key}"]`);
      expect(await page.$$eval('dialog[open] [data-testid=log-class-notes] li', (lis) => lis.map((li) => li.textContent))).toEqual([said]);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
    }
    await dana.waitForSelector('.phone-nav button:has-text("End turn 2")');
    expect(await dana.isVisible('[data-testid=class-note]')).toBe(true);
    // Japan's student and the teacher read last turn's report and the tracks (a seat saw only the
    // present turn's news; the teacher, only the map and the seats), Russia named, not "you".
    for (const page of [eli, teacher]) {
      await page.waitForSelector('.panel.report:has-text("Russia made no proposal.")');
      expect(await page.isVisible('.panel.tracks-panel')).toBe(true);
    }
    await shot(teacher, 'class-teacher-turn-2');
    await shot(eli, 'class-seat-waiting-phone');
    // The teacher ends every turn now, to the game's end: each debrief says what the computer
    // decided for, as the class screens did (the notes reached the record alone).
    const turns = nodeScenario('tutorial').scenario.calendar.turns;
    for (let turn = 2; turn <= turns; turn++) {
      await teacher.waitForSelector(`[data-testid=class-note]:visible:has-text("ended turn ${turn - 1} now")`);
      await teacher.click('[data-key="class-end-turn"]');
      await teacher.click('dialog[open] [data-key="confirm-yes"]');
    }
    for (const page of [dana, eli]) {
      await page.waitForSelector('[data-testid=debrief-class-notes]');
      expect(await page.$$eval('[data-testid=debrief-class-notes] li', (lis) => lis.map((li) => li.textContent))).toEqual(Array.from({ length: turns }, (_, i) => `The teacher ended turn ${i + 1} now: the computer decided what the turn still waited for.`));
    }
    // Ended, the game stays the teacher's to open again (the class discusses it next lesson): a
    // reload brings its end back, and the start page lists it as ended.
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("The game is over")');
    await teacher.reload();
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("The game is over")');
    expect(await teacher.isVisible('[data-key="class-debrief"]')).toBe(true);
    await teacher.goto(teacher.url().replace(/\?.*$/, ''));
    await teacher.waitForSelector(`[data-key="reopen-${code}"]`);
    expect(await text(teacher, '[data-testid=kept-standing]')).toBe(`Over: it ended at turn ${turns} of ${turns}`);
    await teacher.locator('.kept-class-games').scrollIntoViewIfNeeded();
    await look(teacher, 'class-kept-ended');
    // Forgotten once asked (its teacher's key goes with it): kept when the answer is no, gone when yes.
    await teacher.click(`[data-key="forget-${code}"]`);
    await teacher.waitForSelector(`dialog[open]:has-text("Forget class game ${code}?")`);
    expect(await text(teacher, 'dialog[open]')).toContain('Its end and its debrief can then no longer be opened from this browser.');
    await look(teacher, 'class-forget-question');
    // A dialog's "close" event (which returns the focus) comes in a task of its own after the click: waited for.
    const focusedOn = (selector: string) => teacher.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 5000 });
    await teacher.click('dialog[open] [data-key="dialog-close"]');
    await focusedOn(`[data-key="forget-${code}"]`);
    await teacher.click(`[data-key="forget-${code}"]`);
    await teacher.click('dialog[open] [data-key="forget-yes"]');
    expect(await teacher.$$eval('.kept-class-games li', (lis) => lis.length)).toBe(0);
    await focusedOn('#class-game-title');
    await teacher.reload();
    await teacher.waitForSelector('[data-key="host-class"]');
    expect(await teacher.isVisible('.kept-class-games')).toBe(false);
    for (const [who, list] of errors) if (who.startsWith('phones-')) expect(list, who).toEqual([]);
    await Promise.all(contexts.map((c) => c.close()));
  });

  it('lists a game closed for now with the turn it stands at, and says so again once the teacher has ended it; a reload of the ended game brings its end back', async () => {
    const [teacherContext, fayContext] = [await browser.newContext({ viewport: { width: 1280, height: 800 } }), await browser.newContext({ viewport: { width: 1280, height: 800 } })];
    await Promise.all([teacherContext, fayContext].map(withoutAdviceAhead));
    const teacher = await newPage(teacherContext, 'closed-teacher');
    await teacher.goto(`${serverUrl}/index.html`);
    await teacher.fill('#seed', 'class-closed');
    await teacher.click('[data-key="host-class"]');
    const code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');
    const fay = await newPage(fayContext, 'closed-fay');
    await joinByLink(fay, code, 'Fay', { seat: 'russia' });
    await teacher.waitForSelector('[data-seat="russia"]:has-text("Fay")');
    await teacher.click('[data-key="class-start"]');
    // Turn 2, then closed for now at the lesson's end.
    await teacher.click('[data-key="class-end-turn"]');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    await teacher.waitForSelector('[data-testid=turn-info]:has-text("turn 2 of 4")');
    await teacher.click('[data-key="class-close"]');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    await teacher.waitForSelector('[data-testid=class-ended]:has-text("Closed for now")');
    // The start page's list says so, and where it stands (it said "hosted" and a date alone, as for a game left running).
    await teacher.click('[data-key="class-leave"]');
    await teacher.waitForSelector(`[data-key="reopen-${code}"]`);
    expect(await text(teacher, '[data-testid=kept-standing]')).toBe('Closed for now at turn 2 of 4 — open it again to go on (it comes back paused)');
    await teacher.locator('.kept-class-games').scrollIntoViewIfNeeded();
    await look(teacher, 'class-kept-closed');
    // Forgetting it is asked first, saying that nobody could open it again (it read "the class server keeps it for its students").
    await teacher.click(`[data-key="forget-${code}"]`);
    await teacher.waitForSelector(`dialog[open]:has-text("Forget class game ${code}?")`);
    expect(await text(teacher, 'dialog[open]')).toContain('It is closed for now: the class server keeps it, but without this key nobody can open it again.');
    await teacher.click('dialog[open] [data-key="dialog-close"]');
    await teacher.waitForSelector('dialog[open]', { state: 'detached' });
    // Opened again, it is paused; the teacher ends it there. A reload brings its end back, and the list says who ended it, when.
    await teacher.click(`[data-key="reopen-${code}"]`);
    await teacher.waitForSelector('[data-key="class-resume"]');
    await teacher.click('[data-key="class-end-game"]');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    const endedEarly = '[data-testid=class-ended]:has-text("You ended the game during turn 2. Its debrief judges it as it stood.")';
    await teacher.waitForSelector(endedEarly);
    await teacher.reload();
    await teacher.waitForSelector(endedEarly);
    expect(await text(teacher, '[data-testid=turn-info]')).toContain('turn 2 of 4');
    await shot(teacher, 'class-teacher-ended-early-reload');
    // A class that ran out of time still has its debrief: the game judged as it stood, as the last
    // turn would judge it (judgedAsItStands), for the teacher and for the student alike.
    // Fay's page went quiet when the game was closed for now: she opens its link again.
    await fay.reload();
    await fay.waitForSelector('[data-testid=class-stopped]:has-text("The teacher has ended the game")');
    await fay.click('[data-key="stopped-debrief"]');
    await fay.waitForSelector('[data-testid=stopped-note]');
    const kept = await fay.evaluate(() => JSON.parse(localStorage.getItem('pivot-east/class-debriefs') ?? '[]')[0]?.record as string);
    const parsed = parseRecord(kept);
    if (!parsed.ok) throw new Error(parsed.error);
    const tutorial = nodeScenario('tutorial');
    const stood = replayRecord(parsed.record, tutorial);
    if (!stood.ok) throw new Error(stood.reason);
    expect(stood.session.game().ending).toBeNull();
    const judged = judgedAsItStands(stood.session.game(), tutorial);
    const judgedTitle = tutorial.scenario.endings.find((e) => e.id === judged.ending!.id)!.title;
    await teacher.click('[data-key="class-debrief"]');
    await teacher.waitForSelector('[data-testid=stopped-note]');
    for (const page of [fay, teacher]) {
      expect(await text(page, '[data-testid=ending-title]')).toBe(`As it stood: ${judgedTitle}`);
      expect(await text(page, '[data-testid=final-score]')).toBe(String(judged.ending!.score));
      expect(await text(page, '.ending-head .kicker')).toBe(`${tutorial.scenario.title} — stopped by the teacher during ${dateOf(tutorial, 2)}, turn 2 of 4`);
      expect(await text(page, '[data-testid=stopped-note]')).toContain('The teacher ended the game before its last turn, so it reached no ending of its own.');
      // The bots' games are played to the end: no comparison with a stopped game's score.
      expect(await page.$('.panel.bots')).toBeNull();
    }
    await shot(fay, 'class-student-stopped-debrief');
    await teacher.click('[data-key="ending-back"]');
    await teacher.waitForSelector(endedEarly);
    await teacher.click('[data-key="class-leave"]');
    await teacher.waitForSelector(`[data-key="reopen-${code}"]`);
    expect(await text(teacher, '[data-testid=kept-standing]')).toBe('Ended by you at turn 2 of 4');
    for (const [who, list] of errors) if (who.startsWith('closed-')) expect(list, who).toEqual([]);
    await Promise.all([teacherContext, fayContext].map((c) => c.close()));
  });

  it('says in words when no class server answers, and the solo game still starts', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await newPage(context, 'no-server');
    // The test's static server serves the same build with no class server behind it.
    await page.goto(inject('gameUrl'));
    await page.waitForSelector('[data-key="host-class"]');
    await page.click('[data-key="host-class"]');
    await page.waitForSelector('.notice:has-text("cannot be reached")');
    expect(await text(page, '.notice')).toContain('games on this device work without it');
    await page.click('[data-testid=start]');
    await page.waitForSelector('.play-screen');
    // A teacher's screen's address in a browser that holds no key for it: said, and the address cleared.
    await page.goto(`${inject('gameUrl')}?teach=ABCD2345`);
    await page.waitForSelector('.notice:has-text("The class game ABCD2345 cannot be opened again here")');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });
});

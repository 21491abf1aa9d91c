// The class view in the page: a teacher loads three students' record files of the tutorial (two
// good, one tampered, all named by the students) and sees the class table, the endings as bars with
// their numbers written out, the scores, the options, where the choices parted, and the tampered
// file left out with its reason, as text. A student's game can be replayed, and Back returns.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/app/classView';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { playWithBot } from '../../src/app/playBot';
import { fixtureIndex } from '../engine/fixture';
import { classGameRecord } from '../app/classRecords';
import { collectErrors, nodeScenario, ROOT, useGame, SHOTS, shot, tabTo, unnamedControls, withoutAdviceAhead } from './game/helpers';
import { parseRecord } from '../../src/app/record';

const o = useGame();

const index = nodeScenario('tutorial');
const anna = playWithBot(index, 'class-7b', 'greedy').record();
const ben = playWithBot(index, 'class-7b', 'random').record();
const played = playWithBot(index, 'class-7b', 'random').record();
const tampered = { ...played, checksums: played.checksums.map((c, i) => (i === 1 ? '0123456789abcdef' : c)) };
// A file name is the student's own text: it must show as text, never become markup.
const TAMPERED_NAME = '<b>chloe</b>.json';
const files = [
  { name: 'ben.json', record: ben },
  { name: TAMPERED_NAME, record: tampered },
  { name: 'anna.json', record: anna },
];
// What the page must show: the same comparison made in Node.
const expected = compareRecords(
  files.map((f) => ({ name: f.name, record: f.record })),
  index,
);

describe('class view', () => {
  it('compares a class’s record files: table, endings chart, scores, options, and the refused file with its reason', async () => {
    const { page, errors } = o;
    expect(await page.textContent('label[for=class-files]')).toBe('Compare a class’s games (several record files)');
    await page.setInputFiles(
      '#class-files',
      files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f.record)) })),
    );
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('class-title');
    expect(await page.textContent('[data-testid=class-summary]')).toBe('3 record files: 2 verified by replaying every turn, 1 left out (see below). Every game was played with the seed “class-7b”.');

    // The table: one row per verified student, by name, with what the engine says of their game.
    const rows = await page.$$eval('[data-testid=class-student]', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
    expect(rows.map((r) => r[0])).toEqual(['anna.json', 'ben.json']);
    expect(expected.students.map((s) => s.name)).toEqual(['anna.json', 'ben.json']);
    for (const [i, s] of expected.students.entries()) {
      const [name, ending, score, turns, proposals, deals, replay] = rows[i]!;
      expect(name).toBe(s.name);
      expect(ending).toBe(s.ending!.title);
      expect(score).toBe(String(s.score));
      expect(turns).toBe(String(s.turns));
      expect(proposals).toBe(String(s.proposals.length));
      // Folded to their number, the list behind it.
      expect(deals).toMatch(s.deals.length === 0 ? /^none$/ : new RegExp(`^${s.deals.length} deals?`));
      for (const d of s.deals) expect(deals).toContain(d.title);
      expect(replay).toBe('Replay');
    }

    // The endings chart: every ending of the scenario, with its count and share written out.
    const bars = await page.$$eval('[data-testid=endings-chart] li', (lis) => lis.map((li) => ({ label: li.querySelector('.bar-label')!.textContent, value: li.querySelector('.bar-value')!.textContent })));
    expect(bars).toEqual(expected.endings.map((e) => ({ label: e.title, value: `${e.count} of 2 (${Math.round(50 * e.count)}%)` })));
    expect(bars.filter((b) => !b.value!.startsWith('0 of')).length).toBeGreaterThan(0);
    expect(await page.textContent('.class-endings figcaption')).toBe('How the 2 finished games ended.');
    // A bar's length is its share of the class, and every bar starts and ends at the same place.
    const geometry = await page.$$eval('[data-testid=endings-chart] li', (lis) =>
      lis.map((li) => {
        const track = li.querySelector('.bar-track')!.getBoundingClientRect();
        return { left: track.left, width: track.width, fill: li.querySelector('.bar-fill')!.getBoundingClientRect().width };
      }),
    );
    for (const [i, g] of geometry.entries()) {
      expect(g.left).toBe(geometry[0]!.left);
      expect(g.width).toBe(geometry[0]!.width);
      expect(g.fill / g.width).toBeCloseTo(expected.endings[i]!.count / 2, 2);
    }
    // The bar itself is decoration: hidden from screen readers, the text carries the numbers.
    expect(await page.$$eval('[data-testid=endings-chart] .bar-track', (els) => els.every((e) => e.getAttribute('aria-hidden') === 'true'))).toBe(true);

    expect(await page.textContent('[data-testid=score-min]')).toBe(String(expected.score!.min));
    expect(await page.textContent('[data-testid=score-median]')).toBe(String(expected.score!.median));
    expect(await page.textContent('[data-testid=score-max]')).toBe(String(expected.score!.max));

    const options = await page.$$eval('[data-testid=options-table] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(options.map((r) => [r[0], r[2], r[3]])).toEqual(expected.options.map((x) => [x.title, `${x.proposedBy} of 2`, `${x.dealBy} of 2`]));

    if (expected.divergence) expect(await page.textContent('[data-testid=class-divergence]')).toContain(`the choices first differed in turn ${expected.divergence.turn}`);

    // The tampered file: left out, named as the student named it (as text), with the turn that differs.
    const refused = await page.textContent('[data-testid=class-refused]');
    expect(refused).toContain('Left out: 1 file');
    expect(refused).toContain(`${TAMPERED_NAME}: turn 2 differs from the record (checksum)`);
    expect(await page.$$('.class-screen b, .class-screen img')).toHaveLength(0);

    expect(await unnamedControls(page)).toEqual([]);
    await shot(page, 'class-1280x800');
    await page.screenshot({ path: resolve(SHOTS, 'class-1280x800-full.png'), fullPage: true });
    // On paper: no buttons, black on white; and in a small window.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: resolve(SHOTS, 'class-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.screenshot({ path: resolve(SHOTS, 'class-800x600-full.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });

  it('is usable with the keyboard, with a visible focus on every control', async () => {
    const { page, errors } = o;
    const invisible: string[] = [];
    await tabTo(page, '[data-key="class-back"]', { invisibleFocus: invisible });
    await tabTo(page, '[data-key="class-print"]', { invisibleFocus: invisible });
    await tabTo(page, '[data-key="class-replay-1"]', { invisibleFocus: invisible });
    expect(invisible).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toContain(`All ${ben.checksums.length} turns match`);
    // Back from the replay returns to the class, on the same student, as its button says.
    expect(await page.textContent('[data-key="replay-back"]')).toBe('Back to the class');
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.class-screen');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe('class-replay-1');
    await page.click('[data-key="class-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('reports files that are not records when none can be compared', async () => {
    const { page, errors } = o;
    await page.setInputFiles('#class-files', [
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
      { name: 'essay.json', mimeType: 'application/json', buffer: Buffer.from('not json') },
    ]);
    await page.waitForSelector('#class-errors-title');
    expect(await page.textContent('#class-errors-title')).toBe('None of the 2 files is a game record');
    const lines = await page.$$eval('#class-errors-title ~ [data-testid=error-lines] li', (lis) => lis.map((li) => li.textContent));
    expect(lines).toEqual([
      expect.stringMatching(/^notes\.json: not a Pivot East game record: /),
      'essay.json: this is not a game record: the file holds text (“not json”); a game record is the .json file the game downloads (“Download the game record”)',
    ]);
    await page.locator('section.files').screenshot({ path: resolve(SHOTS, 'start-class-files-refused.png') });
    expect(errors).toEqual([]);
  });

  it('lists every file it leaves out, with why, also when the records’ scenario cannot be loaded', async () => {
    const { page, errors } = o;
    const other = playWithBot(fixtureIndex(), 'class-7b', 'random').record(); // a scenario not shipped
    await page.setInputFiles('#class-files', [
      { name: 'dora.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
      { name: 'utf32.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]) },
    ]);
    await page.waitForSelector('#class-errors-title');
    expect(await page.textContent('#class-errors-title')).toBe('The records cannot be checked');
    const lines = await page.$$eval('#class-errors-title ~ [data-testid=error-lines] li', (lis) => lis.map((li) => li.textContent));
    expect(lines).toEqual([
      'The records are of the scenario “Fixture” (fixture), which is not shipped with the game: choose its scenario file with the records.',
      'dora.json: not checked: its scenario “Fixture” (fixture) cannot be loaded',
      expect.stringMatching(/^notes\.json: not a Pivot East game record: /),
      'utf32.json: the file is saved as UTF-32; save it as UTF-8 (plain text)',
    ]);
    expect(errors).toEqual([]);
  });

  it('takes a scenario not shipped with the game chosen together with its records: one choice, not two in order', async () => {
    const { page, errors } = o;
    await page.goto(o.url);
    const fileName = 'tests/fixtures/scenarios/minimal.yaml';
    const text = readFileSync(resolve(ROOT, fileName), 'utf8');
    const loaded = loadScenario(text, fileName);
    if (!loaded.ok) throw new Error(`${fileName} does not load`);
    const mini = indexScenario(loaded.scenario, loaded.hash);
    const record = (bot: 'greedy' | 'random') => ({ name: `${bot}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playWithBot(mini, 'class-mini', bot).record())) });
    const scenarioFile = { name: 'minimal.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) };
    // The scenario alone: loaded, and the teacher told to choose the records with it.
    await page.setInputFiles('#class-files', [scenarioFile]);
    await page.waitForSelector('#class-errors-title');
    expect(await page.textContent('#class-errors-title')).toBe('No record was chosen');
    expect(await page.$$eval('#class-errors-title ~ [data-testid=error-lines] li', (lis) => lis.map((li) => li.textContent))).toEqual(['minimal.yaml: loaded as the scenario; choose the students’ record files (.json) with it.']);
    await page.goto(o.url);
    await page.setInputFiles('#class-files', [record('greedy'), scenarioFile, record('random')]);
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    // A scenario written as JSON is told from the records by the format it names.
    await page.goto(o.url);
    const json = { name: 'minimal.json', mimeType: 'application/json', buffer: readFileSync(resolve(ROOT, 'tests/fixtures/scenarios/minimal.json')) };
    await page.setInputFiles('#class-files', [record('greedy'), json, record('random')]);
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    expect(await page.title()).toBe(`Class view: ${mini.scenario.title} — Pivot East`);
    await page.click('[data-key="class-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('compares a record made with another version of the scenario, with a note under its name and in its replay', async () => {
    const { page, errors } = o;
    const OLD = 'a1b2c3d4e5f60718';
    const note = `made with another version of this scenario (version ${OLD}); it replays exactly the same with the current one (version ${index.hash})`;
    await page.setInputFiles('#class-files', [
      { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...anna, scenario: { ...anna.scenario, hash: OLD } })) },
      { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ben)) },
    ]);
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    // Said once above the table, for the files of each version; each such row points to it.
    expect(await page.$$eval('[data-testid=class-version-notes] li', (lis) => lis.map((li) => li.textContent))).toEqual([`anna.json: ${note}.`]);
    const notes = await page.$$eval('[data-testid=class-student]', (trs) => trs.map((tr) => tr.querySelector('[data-testid=class-version-note]')?.textContent ?? null));
    expect(notes).toEqual([' (another version of the scenario: see above)', null]);
    const file = await page.$eval('[data-testid=class-student] th', (th) => th.firstChild!.textContent!.trim());
    await page.click('[data-key="class-replay-0"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toBe(`✓ All ${anna.checksums.length} turns match the record’s checksums. The record was ${note}.`);
    // Whose game it is, on the screen and in the tab (a teacher opens several one after another).
    expect(await page.textContent('[data-testid=replay-of]')).toBe(`Pivot East — replay of ${file}`);
    expect(await page.title()).toMatch(new RegExp(`^Replay of ${file.replace('.', '\\.')}: `));
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.class-screen');
    await shot(page, 'class-1280x800-version-note');
    await page.click('[data-key="class-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('says who held the other seats of each game, bots or people, beside a solo game', async () => {
    const { page, errors } = o;
    const seated = playWithBot(index, 'class-7b', 'greedy', {}, { china: 'greedy', japan: 'random' }).record();
    await page.setInputFiles('#class-files', [
      { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(anna)) },
      { name: 'bots.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seated)) },
    ]);
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    expect(await page.$$eval('.class-students thead th', (ths) => ths.map((t) => t.textContent))).toContain('Seats');
    expect(await page.$$eval('[data-testid=class-seats]', (tds) => tds.map((t) => t.textContent))).toEqual(['the rules', 'China: the greedy bot; Japan: the random bot']);
    await page.click('[data-key="class-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('counts two students’ copies of one class game once, says so, and says who decided for its seats', async () => {
    const { page, errors } = o;
    // A class game: China's seat taken by a student (the computer decided twice when time ran out,
    // and once for the class as Russia), Japan's by nobody (the greedy bot decided everything); both
    // students downloaded it, byte for byte.
    const classGame = classGameRecord(index, 'class-7b', { students: { china: { computer: 2 } }, nobody: ['japan'], playerComputer: 1 });
    const china = classGame.events.filter((e) => 'actor' in e && e.actor === 'china').length;
    const own = classGame.events.filter((e) => !('actor' in e)).length;
    const file = Buffer.from(JSON.stringify(classGame));
    const FILE = 'pivot-east-tutorial-class-7b.json';
    await page.setInputFiles('#class-files', [
      { name: 'bot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(anna)) },
      { name: FILE, mimeType: 'application/json', buffer: file },
      { name: `boris-${FILE}`, mimeType: 'application/json', buffer: file },
    ]);
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('h1')).toBe('2 games compared');
    expect(await page.textContent('[data-testid=class-summary]')).toBe('3 record files: 3 verified by replaying every turn. Every game was played with the seed “class-7b”.');
    expect(await page.$$eval('[data-testid=class-copies] li', (lis) => lis.map((li) => li.textContent))).toEqual([`boris-${FILE} and ${FILE} are copies of one game played together: counted once.`]);
    expect(await page.textContent('.class-students caption')).toContain('Files of one game played together (the same seed, seats and moves, or the start of them, from someone who saved sooner) are counted once.');
    const rows = await page.$$eval('[data-testid=class-student] th', (ths) => ths.map((th) => th.textContent));
    expect(rows).toEqual([`boris-${FILE} (also in ${FILE})`, 'bot.json']);
    // Two games in the statistics, not three.
    expect(await page.$$eval('[data-testid=bar-value]', (els) => els.every((e) => / of 2 \(/.test(e.textContent!)))).toBe(true);
    const seats = `Russia: a player (the computer decided 1 of ${own} times); China: a player (the computer decided 2 of ${china} times); Japan: the computer (the greedy bot)`;
    expect(await page.$$eval('[data-testid=class-seats]', (tds) => tds.map((t) => t.textContent))).toEqual([seats, 'the rules']);
    await shot(page, 'class-1280x800-copies');
    // The replay's header says the same of the seats.
    await page.click('[data-key="class-replay-0"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('.replay-screen header p.small')).toContain(`Seed class-7b. ${seats}. `);
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.class-screen');
    await page.click('[data-key="class-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('names a row by the name the student put on the record they downloaded, then its file', async () => {
    // A fresh page of its own (its storage goes with it: no saved game is left behind).
    const context = await o.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await withoutAdviceAhead(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${o.url}#scenario=tutorial&seed=class-7b`);
    await page.waitForSelector('.play-screen');
    await page.click('[data-key="open-share"]');
    await page.fill('[data-key="share-player-name"]', '  Anna   Petrova ');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="share-download"]')]);
    const FILE = 'pivot-east-tutorial-class-7b-anna-petrova-turn-1.json';
    expect(download.suggestedFilename()).toBe(FILE);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = parseRecord(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record).toMatchObject({ playerName: 'Anna Petrova', seed: 'class-7b', events: [] });
    await page.keyboard.press('Escape');
    // Kept in this browser: the next download offers it again.
    await page.reload();
    await page.click('[data-key="resume"]');
    await page.waitForSelector('.play-screen');
    await page.click('[data-key="open-share"]');
    expect(await page.inputValue('[data-key="share-player-name"]')).toBe('  Anna   Petrova ');
    await page.keyboard.press('Escape');

    // The teacher's class view: Anna's file, a file with markup for a name (shown as text), one
    // without a name, and one whose score was written over after the game.
    await page.goto(o.url);
    await page.waitForSelector('#class-files', { state: 'attached' });
    const forged = { ...anna, result: { ...anna.result!, score: anna.result!.score + 200 } };
    await page.setInputFiles('#class-files', [
      { name: FILE, mimeType: 'application/json', buffer: Buffer.from(text) },
      { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...ben, playerName: '<img src=x onerror=alert(1)>' })) },
      { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ben)) },
      { name: 'rafael.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) },
    ]);
    await page.waitForSelector('.class-screen');
    const rows = await page.$$eval('[data-testid=class-student] th', (ths) => ths.map((th) => th.textContent));
    expect(rows).toEqual(['<img src=x onerror=alert(1)> (x.json)', `Anna Petrova (${FILE})`, 'ben.json', 'rafael.json (result changed in the file: see the notes above)']);
    expect(await page.$$('.class-screen img')).toHaveLength(0);
    // Rafael's game counted with the score its moves give, and said.
    const scores = await page.$$eval('[data-testid=class-student]', (trs) => trs.map((tr) => tr.querySelector('td.num')?.textContent));
    expect(scores[3]).toBe(String(anna.result!.score));
    expect(await page.textContent('.class-screen')).toContain(`rafael.json: the result written in the file was changed after the game: the file says “`);
    await page.click('[data-key="class-replay-1"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-of]')).toBe(`Pivot East — replay of Anna Petrova (${FILE})`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, keeps each student’s row short: the deals behind a tap, one note for the files of an older version', async () => {
    const context = await o.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(o.url);
    await page.waitForSelector('#class-files', { state: 'attached' });
    // Six students of the 2016 scenario (many deals each), all made with an older version of it.
    const index2016 = nodeScenario('mother-russia-2016');
    const OLD = 'a1b2c3d4e5f60718';
    const games = ['greedy', 'random', 'greedy', 'random', 'greedy', 'random'].map((bot, i) => playWithBot(index2016, `phone-${i}`, bot as 'greedy' | 'random').record());
    await page.setInputFiles('#class-files', games.map((r, i) => ({ name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...r, scenario: { ...r.scenario, hash: OLD } })) })));
    await page.waitForSelector('.class-screen');
    expect(await page.$$eval('[data-testid=class-version-notes] li', (lis) => lis.map((li) => li.textContent))).toEqual([
      `student-1.json, student-2.json, student-3.json, student-4.json, student-5.json and student-6.json: made with another version of this scenario (version ${OLD}); each replays exactly the same with the current one (version ${index2016.hash}).`,
    ]);
    // Each row a few lines tall (with the deals and the notes written out, one was 387 px); the
    // note is every game's, so no row points to it.
    expect(await page.$$('[data-testid=class-version-note]')).toHaveLength(0);
    const heights = await page.$$eval('[data-testid=class-student]', (trs) => trs.map((tr) => tr.getBoundingClientRect().height));
    expect(heights).toHaveLength(6);
    for (const height of heights) expect(height).toBeLessThan(110);
    const first = page.locator('[data-testid=class-student]').first().locator('.deals details');
    const dealt = compareRecords([{ name: 'student-1.json', record: games[0]! }], index2016).students[0]!.deals.length;
    expect(await first.locator('summary').textContent()).toBe(`${dealt} deals`);
    await page.locator('[data-testid=class-table]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS, 'class-390x844-table.png') });
    await first.locator('summary').tap();
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Printed, every row's deals are written out.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('.deals details', (ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the play screen’s look alone once its styles have loaded', async () => {
    const { page, errors } = o;
    // The class view's stylesheet is still in the page: a game's track bars keep their own fill.
    await page.evaluate(() => (location.hash = '#scenario=tutorial&seed=after-class'));
    await page.waitForSelector('.play-screen .tracks-panel .bar-fill');
    const fill = () => page.$eval('.tracks-panel .bar-fill', (el) => getComputedStyle(el).backgroundImage);
    expect(await fill()).toBe('none');
    // Nor when printed (the debrief's tracks): the class view's print rules are its own too.
    await page.emulateMedia({ media: 'print' });
    expect(await fill()).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});

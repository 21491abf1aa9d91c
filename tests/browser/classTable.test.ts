// The class view's students table as a teacher uses it on a tablet and a projector: sorted by a
// column (a button in its header, aria-sort, with the keyboard too), a student found by typing,
// the table downloaded as CSV (UTF-8 with a BOM, a file name written as a formula kept from
// running), a tablet turned from landscape to portrait (the table follows, Replay in reach), seeds
// that look alike told apart, the files left out folded to a line, and the table printed to the
// page's width. Seven games of the 2016 scenario (long titles, many deals) and a tampered file.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareNames, compareRecords } from '../../src/app/classView';
import { playWithBot } from '../../src/app/playBot';
import { collectErrors, nodeScenario, useGame } from './game/helpers';

const o = useGame({ width: 1024, height: 768 });

const index = nodeScenario('mother-russia-2016');
const FORMULA = '=SUM(1+1)*cmd.json';
const games = [
  { name: 'student10.json', seed: 'class-7b', bot: 'random' },
  { name: 'student2.json', seed: 'class-7b', bot: 'greedy' },
  { name: 'Chloé Dubois.json', seed: 'class-7b', bot: 'greedy', seats: { japan: 'greedy' } },
  { name: 'ben_okafor.json', seed: 'class-7b', bot: 'random', seats: { china: 'random', japan: 'greedy' } },
  { name: 'william.json', seed: 'class-7b ', bot: 'random' },
  { name: 'victor.json', seed: 'c1ass-7b', bot: 'greedy' },
  { name: FORMULA, seed: 'class-7b', bot: 'greedy', seats: { 'united-states': 'random' } },
] as const;
const records = games.map((g) => ({ name: g.name, record: playWithBot(index, g.seed, g.bot, {}, 'seats' in g ? g.seats : {}).record() }));
const played = records[0]!.record;
const tampered = { name: 'zoe.json', record: { ...played, checksums: played.checksums.map((c, i) => (i === 1 ? '0123456789abcdef' : c)) } };
const expected = compareRecords([...records, tampered], index);
const files = [...records, tampered].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f.record)) }));

/** The class view opened afresh with the class's files. */
async function openClass(page: Page): Promise<void> {
  await page.goto(o.url);
  await page.waitForSelector('#class-files', { state: 'attached' });
  await page.setInputFiles('#class-files', files);
  await page.waitForSelector('[data-testid=class-table]');
}

/** The names of the rows shown, top to bottom. */
const shownNames = (page: Page) => page.$$eval('[data-testid=class-student]', (trs) => trs.filter((tr) => tr.checkVisibility()).map((tr) => tr.querySelector('th')!.firstChild!.textContent));

describe('the class view’s students table', () => {
  it('sorts by a column’s header button, with aria-sort, the mouse or the keyboard, names in a teacher’s order, scores as numbers, ties kept in order', async () => {
    const { page, errors } = o;
    await openClass(page);
    const byName = expected.students.map((s) => s.name);
    // As it opens: by name, student2 before student10.
    expect(await shownNames(page)).toEqual(byName);
    expect(byName.indexOf('student2.json')).toBeLessThan(byName.indexOf('student10.json'));
    expect(await page.getAttribute('th.col-name', 'aria-sort')).toBe('ascending');

    // Score: a button in its header; the highest first, then (Enter) the lowest first.
    const score = page.getByRole('button', { name: 'Score', exact: true });
    await score.click();
    const byScore = [...expected.students].sort((a, b) => b.score! - a.score!).map((s) => s.name);
    expect(await shownNames(page)).toEqual(byScore);
    expect(await page.$$eval('th[aria-sort]', (ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-sort')]))).toEqual([['Score', 'descending']]);
    await score.focus();
    await page.keyboard.press('Enter');
    expect(await shownNames(page)).toEqual([...byScore].reverse());
    expect(await page.getAttribute('th.col-score', 'aria-sort')).toBe('ascending');
    expect(await page.textContent('#announcer')).toContain('Sorted by score, lowest first.');

    // Ending, by its title: the games of one ending stay in the names' order (a stable sort).
    await page.keyboard.press('Tab'); // to Turns
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('button', { name: 'Ending', exact: true }).press('Space');
    const byEnding = [...expected.students].sort((a, b) => compareNames(a.ending!.title, b.ending!.title)).map((s) => s.name);
    expect(await shownNames(page)).toEqual(byEnding);
    expect(new Set(expected.students.map((s) => s.ending!.title)).size).toBeLessThan(expected.students.length);

    // Back from a student's replay: the same sort, the focus on that student's Replay.
    await page.getByRole('button', { name: `Replay ${byEnding[2]}` }).click();
    await page.waitForSelector('.replay-screen');
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('[data-testid=class-table]');
    expect(await shownNames(page)).toEqual(byEnding);
    expect(await page.getAttribute('th.col-ending', 'aria-sort')).toBe('ascending');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Replay ${byEnding[2]}`);
    expect(errors).toEqual([]);
  });

  it('finds a student as the teacher types, accents aside, and says how many are shown', async () => {
    const { page, errors } = o;
    await openClass(page);
    const n = expected.students.length;
    expect(await page.textContent('[data-testid=class-find-count]')).toBe(`${n} games.`);
    await page.getByLabel('Find a student').pressSequentially('chloe');
    expect(await shownNames(page)).toEqual(['Chloé Dubois.json']);
    expect(await page.textContent('[data-testid=class-find-count]')).toBe(`1 of ${n} games shown.`);
    expect(await page.getAttribute('[data-testid=class-find-count]', 'role')).toBe('status');
    await page.fill('#class-find', 'student');
    expect(await shownNames(page)).toEqual(['student2.json', 'student10.json']);
    await page.fill('#class-find', 'nobody');
    expect(await shownNames(page)).toEqual([]);
    expect(await page.textContent('[data-testid=class-find-count]')).toBe(`No game found among the ${n} games.`);
    await page.fill('#class-find', '');
    expect(await shownNames(page)).toHaveLength(n);
    expect(errors).toEqual([]);
  });

  it('downloads the table as CSV: UTF-8 with a BOM, a line per game in the table’s order, a file name written as a formula kept from running', async () => {
    const { page, errors } = o;
    await openClass(page);
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pivot-east-class-mother-russia-2016.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines[0]!.startsWith('Student,File,Seed,Seats,Ending,Score,Turns,Proposals,Deals,Deals made,')).toBe(true);
    expect(lines).toHaveLength(expected.students.length + 1);
    const byScore = [...expected.students].sort((a, b) => b.score! - a.score!);
    for (const [i, s] of byScore.entries()) {
      const line = lines[i + 1]!;
      expect(line).toContain(`,${s.ending!.title},${s.score},${s.turns},${s.proposals.length},${s.deals.length},`);
    }
    // Accents read back as written; the seed's space kept (in quotes).
    expect(lines.some((l) => l.startsWith('Chloé Dubois.json,Chloé Dubois.json,class-7b,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('william.json,william.json,"class-7b ",'))).toBe(true);
    // The formula's cells start with a ', no cell with =.
    expect(lines.some((l) => l.startsWith(`'${FORMULA},'${FORMULA},`))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/(^|,)"?[=+@]/m);
    expect(errors).toEqual([]);
  });

  it('follows a tablet turned from landscape to portrait and back: the table in its box, Replay in reach without scrolling sideways', async () => {
    const context = await o.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openClass(page);
    const fit = () =>
      page.evaluate(() => {
        const table = document.querySelector('[data-testid=class-table]')!;
        const box = table.parentElement!;
        const right = box.getBoundingClientRect().right;
        const replays = [...table.querySelectorAll('[data-key^=class-replay]')].map((b) => b.getBoundingClientRect().right);
        return { table: Math.round(table.getBoundingClientRect().width), box: box.clientWidth, scrolls: box.scrollWidth > box.clientWidth, replayPast: replays.filter((r) => r > right + 0.5).length, page: document.documentElement.scrollWidth };
      });
    const landscape = await fit();
    expect(landscape).toMatchObject({ scrolls: false, replayPast: 0, page: 1024 });
    await page.setViewportSize({ width: 768, height: 1024 });
    const portrait = await fit();
    expect(portrait).toMatchObject({ scrolls: false, replayPast: 0, page: 768 });
    expect(portrait.table).toBeLessThan(landscape.table);
    // Each student's deals folded to their number at every width, and a row a few lines tall.
    expect(await page.$$eval('[data-testid=class-student] .deals details:not([open])', (ds) => ds.length)).toBe(expected.students.filter((s) => s.deals.length > 0).length);
    const heights = await page.$$eval('[data-testid=class-student]', (trs) => trs.map((tr) => tr.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeLessThan(140);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await fit()).toEqual(landscape);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a seed’s spaces and tells a seed that looks like the class’s apart, in words', async () => {
    const { page, errors } = o;
    await openClass(page);
    const seeds = await page.$$eval('[data-testid=class-student]', (trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('td.seed')!;
        return { name: tr.querySelector('th')!.firstChild!.textContent, seed: cell.querySelector('.seed-text')!.textContent, spaces: cell.querySelectorAll('.seed-space').length, marked: cell.querySelector('mark')?.textContent ?? null, note: cell.querySelector('[data-testid=class-seed-note]')?.textContent ?? null, other: cell.classList.contains('seed-other'), font: getComputedStyle(cell).fontFamily };
      }),
    );
    const of = (name: string) => seeds.find((s) => s.name === name)!;
    expect(of('william.json')).toMatchObject({ seed: 'class-7b ', spaces: 1, marked: ' ', note: 'not the class’s seed: a space added at the end', other: true });
    expect(of('victor.json')).toMatchObject({ seed: 'c1ass-7b', marked: '1', note: 'not the class’s seed: “1” in place of “l” (character 2)', other: true });
    expect(of('student2.json')).toMatchObject({ seed: 'class-7b', spaces: 0, marked: null, note: null, other: false });
    expect(seeds[0]!.font).toMatch(/mono/i);
    // The space is seen: its box has a width on the screen.
    expect(await page.$eval('.seed-space', (s) => s.getBoundingClientRect().width)).toBeGreaterThan(4);
    expect(errors).toEqual([]);
  });

  it('folds the files left out to a line under their heading, the list a press away', async () => {
    const { page, errors } = o;
    await openClass(page);
    expect(await page.textContent('#class-refused-title')).toBe('⚠ Left out: 1 file');
    expect(await page.isVisible('.refused-list')).toBe(false);
    expect(await page.locator('[data-testid=class-refused]').evaluate((s) => s.getBoundingClientRect().height)).toBeLessThan(70);
    await page.getByText('Show which and why').click();
    expect(await page.isVisible('.refused-list')).toBe(true);
    expect(await page.textContent('.refused-list')).toContain('zoe.json: turn 2');
    expect(errors).toEqual([]);
  });

  it('opens a student’s replay with the scenario’s title whole and the file’s name on one line (1024 px)', async () => {
    const { page, errors } = o;
    await openClass(page);
    // The games with no seats held: the header's sentence short enough to share the bar's row.
    for (const name of ['student2.json', 'student10.json', 'victor.json', 'william.json']) {
      await page.getByRole('button', { name: `Replay ${name}` }).click();
      await page.waitForSelector('.replay-screen');
      const head = await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>('.replay-screen .scenario-title')!;
        const of = document.querySelector<HTMLElement>('[data-testid=replay-of]')!;
        const lines = (e: HTMLElement) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));
        return { cut: title.scrollWidth > title.clientWidth, titleLines: lines(title), of: of.textContent, ofLines: lines(of) };
      });
      // It read "Courting M…" (or the title broken over lines) under the file's name on four lines.
      expect(head).toEqual({ cut: false, titleLines: 1, of: `Pivot East — replay of ${name}`, ofLines: 1 });
      await page.click('[data-key="replay-back"]');
      await page.waitForSelector('[data-testid=class-table]');
    }
    expect(errors).toEqual([]);
  });

  it('prints the table to the page’s width, from the first page, each game whole, the header on every page', async () => {
    const { page, errors } = o;
    await openClass(page);
    await page.emulateMedia({ media: 'print' });
    // An A4 page's width less the print margins, as Chromium lays out a printout.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const cells = [...document.querySelectorAll('.class-screen table th, .class-screen table td')].filter((c) => c.checkVisibility());
      const table = document.querySelector('[data-testid=class-table]')!;
      const style = (sel: string) => {
        const el = document.querySelector(sel);
        return el === null ? null : getComputedStyle(el);
      };
      return {
        past: cells.filter((c) => c.getBoundingClientRect().right > width + 0.5).map((c) => (c.textContent ?? '').slice(0, 20)),
        scrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
        studentsBreak: style('.class-students')?.breakInside,
        gameBreak: style('.class-table tbody.student-rows')?.breakInside,
        // A button's box in the header kept Chromium from repeating it on each page; its text alone does not.
        headerButtons: [...document.querySelectorAll('.class-table thead button')].map((b) => getComputedStyle(b).display),
        headerText: [...document.querySelectorAll('.class-table thead th')].filter((th) => th.checkVisibility()).map((th) => th.textContent),
        dealsWritten: [...document.querySelectorAll('.deals-on-paper')].filter((r) => r.checkVisibility()).length,
      };
    });
    expect(layout.past).toEqual([]);
    expect(layout.scrolls).toBe(false);
    expect(layout.studentsBreak).not.toBe('avoid');
    expect(layout.gameBreak).toBe('avoid');
    expect(new Set(layout.headerButtons)).toEqual(new Set(['contents']));
    expect(layout.headerText).toEqual(['Student (file)', 'Seed', 'Seats', 'Ending', 'Score', 'Turns', 'Proposals', 'Deals']);
    expect(layout.dealsWritten).toBe(expected.students.filter((s) => s.deals.length > 0).length);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    // The PDF itself: seven games of the 2016 scenario and the rest of the view on four A4 pages (with the deals in a column, 6).
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(errors).toEqual([]);
  });
});

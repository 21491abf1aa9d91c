// The scenario editor: opened from the start page, started from the tutorial; a mistake typed in
// an option's target is marked on its line (the loader's message, from the analysis worker) and
// the mark goes when it is fixed; completion offers the draft's actor ids; the play-test shows the
// endings chart and the four targets; the calendar and the board preview follow the draft; the
// keyboard leaves the editor with Escape then Tab; a reload keeps the draft; "Play it now" plays it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { balanceReport } from '../../src/app/balance';
import { playRange } from '../../src/cli/batch/games';
import { summarizeBatch } from '../../src/cli/batch/report';
import { inPlayTables } from '../../src/app/inPlay';
import { nodeScenario, useGame, ROOT, shot } from './game/helpers';

const o = useGame();

const TUTORIAL = readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
/** The line of Hangzhou's place in the tutorial. */
const HANGZHOU_LINE = TUTORIAL.split('\n').findIndex((l) => l.includes('id: hangzhou')) + 1;
/** The first option's `target: china` line, counting from 1. */
const TARGET_LINE = TUTORIAL.split('\n').findIndex((l) => /^\s+target: china$/.test(l)) + 1;

const problemsTitle = (page: Page) => page.textContent('#problems-title');
/** Waits until the draft as it is now has been checked and found valid. */
const checkedValid = (page: Page) => page.waitForFunction(() => {
  const title = document.querySelector<HTMLElement>('#problems-title');
  return title?.dataset.state === 'done' && title.textContent!.startsWith('✓ No problems');
});
/** The text of the editor's lines that carry an error mark. */
const markedLines = (page: Page) => page.$$eval('[data-testid=editor] .cm-line:has(.cm-lintRange-error)', (lines) => lines.map((l) => l.textContent ?? ''));
/** Whether keyboard focus is in CodeMirror's content (inside the editor's shadow root). */
const focusInEditor = (page: Page) => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('cm-content') ?? false);

/** The number of the cursor's line, from the gutter. */
const cursorLine = (page: Page) => page.evaluate(() => Number(document.querySelector('[data-testid=editor]')!.shadowRoot!.querySelector('.cm-activeLineGutter')?.textContent));

/** Moves the cursor to the end of a (short) line with the keyboard; long lines wrap, so count in the gutter. */
async function goToLine(page: Page, line: number): Promise<void> {
  await page.click('[data-testid=editor] .cm-content');
  await page.keyboard.press('Control+Home');
  for (let guard = 0; (await cursorLine(page)) < line && guard < 4 * line; guard++) await page.keyboard.press('ArrowDown');
  expect(await cursorLine(page)).toBe(line);
  await page.keyboard.press('End');
}

describe('the scenario editor', () => {
  it('opens from the start page and starts from the tutorial, a valid scenario', async () => {
    const { page } = o;
    await page.click('[data-key=open-editor]');
    await page.waitForSelector('[data-testid=editor] .cm-content');
    // A first visit: the editor holds the blank template, and "Start from" says so.
    expect(await page.$eval('#start-from', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('A blank template');
    await page.selectOption('#start-from', 'shipped:tutorial');
    await page.click('[data-key=editor-start-from]');
    await page.waitForFunction(() => document.querySelector('[data-testid=save-note]')?.textContent?.startsWith('Started from Tutorial'));
    expect(await page.textContent('[data-testid=editor] .cm-content')).toContain('"Tutorial": a short game of four turns');
    // The text it replaced is kept, past a reload, and "Start from" offers it; the note says so and stays.
    expect(await page.textContent('[data-testid=save-note]')).toBe('Started from Tutorial (scenarios/tutorial.yaml); Ctrl-Z brings back the previous text; “Start from” keeps your previous draft, even after a reload');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('pivot-east:scenario-draft-replaced')!).text as string)).toMatch(/^# A new scenario\./);
    // Nothing chosen over the draft now (a tutorial shown there would read as the draft's own once it is edited).
    expect(await page.$$eval('#start-from option', (os) => os.map((o) => o.textContent).slice(0, 2))).toEqual(['Choose one…', expect.stringMatching(/^Your previous draft \(my-scenario\.yaml, replaced \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/)]);
    expect(await page.$eval('#start-from', (s) => (s as HTMLSelectElement).value)).toBe('');
    await checkedValid(page);
    expect(TARGET_LINE).toBeGreaterThan(1);
    // CodeMirror's styles went into an adopted style sheet of its shadow root, not a <style>
    // element (which a Content Security Policy without 'unsafe-inline' styles would block).
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    // The reference pages it names are links to the build's own copies, shown as text.
    const docs = await page.$$eval('.editor-head a[data-doc]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(docs).toEqual(['docs/scenario-format.txt', 'docs/editor.txt']);
    for (const href of docs) {
      const served = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return { status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text() };
      }, href);
      expect(served.status).toBe(200);
      expect(served.type).toMatch(/^text\/plain/);
      expect(served.text).toBe(readFileSync(resolve(ROOT, href.replace('.txt', '.md')), 'utf8'));
    }
    expect(await page.evaluate(() => document.querySelector('[data-testid=editor]')!.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
  });

  it('marks a mistake on its line as it is typed, and unmarks it once fixed', async () => {
    const { page } = o;
    await goToLine(page, TARGET_LINE);
    await page.keyboard.type('x');
    await page.waitForSelector('[data-testid=editor] .cm-lintRange-error');
    expect(await markedLines(page)).toEqual(['    target: chinax']);
    const problems = await page.$$eval('[data-testid=problem]', (items) => items.map((li) => li.textContent ?? ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Line ${TARGET_LINE} options\\[0\\]\\.target: no actor "chinax"`));
    expect(await problemsTitle(page)).toBe('1 problem');
    // The gutter marks the same line: its number is the one the loader gave.
    const gutterLine = await page.evaluate(() => {
      const root = document.querySelector('[data-testid=editor]')!.shadowRoot!;
      const marker = root.querySelector('.cm-lint-marker-error')!.getBoundingClientRect();
      const numbers = [...root.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
      return numbers.find((n) => Math.abs(n.getBoundingClientRect().top - marker.top) < 4)?.textContent;
    });
    expect(gutterLine).toBe(String(TARGET_LINE));
    await shot(page, 'editor-1280x800-mistake');
    // Another keystroke, another check with an error: the calendar keeps one note that it is stale.
    await page.keyboard.type('x');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#problems-title')?.dataset.state === 'done' && document.querySelector('[data-testid=problem]')?.textContent?.includes('chinaxx'));
    expect(await page.$$('[data-testid=calendar-stale]')).toHaveLength(1);
    const staleShown = () => page.$eval('[data-testid=calendar-stale]', (el) => !(el as HTMLElement).hidden);
    expect(await staleShown()).toBe(true);
    await page.keyboard.press('Backspace');

    await page.keyboard.press('Backspace');
    await checkedValid(page);
    expect(await markedLines(page)).toEqual([]);
    expect(await page.$$('[data-testid=problem]')).toHaveLength(0);
    expect(await staleShown()).toBe(false);

    // A character typed over several lines replaces them, with no refusal of the page's security
    // policy in the console (left to the browser, its editing wrote inline styles), and Ctrl-Z
    // brings them back.
    const text = () => page.evaluate(() => document.querySelector('[data-testid=editor]')!.shadowRoot!.querySelector('.cm-content')!.textContent);
    await goToLine(page, TARGET_LINE);
    const before = await text();
    // Home twice: to the end of the indentation, then to the line's start.
    await page.keyboard.press('Home');
    await page.keyboard.press('Home');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Shift');
    await page.keyboard.type('#');
    const lines = TUTORIAL.split('\n');
    expect(await text()).toBe(before!.replace(lines.slice(TARGET_LINE - 1, TARGET_LINE + 2).join(''), '#'));
    await page.keyboard.press('Control+z');
    expect(await text()).toBe(before);
    await checkedValid(page);
    expect(o.errors).toEqual([]);
    await goToLine(page, TARGET_LINE); // where the next test goes on from
  });

  it('offers the actor ids of the draft where an actor goes', async () => {
    const { page } = o;
    for (let i = 0; i < 'china'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('[data-testid=editor] .cm-tooltip-autocomplete');
    const offered = await page.$$eval('[data-testid=editor] .cm-tooltip-autocomplete li .cm-completionLabel', (ls) => ls.map((l) => l.textContent));
    const actors = nodeScenario('tutorial').scenario.actors.map((a) => a.id);
    expect(offered).toEqual(expect.arrayContaining(actors));
    await shot(page, 'editor-1280x800-completion');
    await page.keyboard.type('chi');
    await page.waitForFunction(() => document.querySelector('[data-testid=editor]')?.shadowRoot?.querySelector('.cm-tooltip-autocomplete li[aria-selected] .cm-completionLabel')?.textContent === 'china');
    await page.keyboard.press('Enter');
    await checkedValid(page);
    expect(await page.textContent('[data-testid=editor] .cm-activeLine')).toBe('    target: china');
    // The whole word typed, the list open as it was typed: Enter makes the new line (it used to
    // accept the completion, which changed nothing, and the next field ran on into this line).
    for (let i = 0; i < 'china'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('china');
    await page.waitForFunction(() => document.querySelector('[data-testid=editor]')?.shadowRoot?.querySelector('.cm-tooltip-autocomplete li[aria-selected] .cm-completionLabel')?.textContent === 'china');
    // A person's pause: CodeMirror lets an Enter through within 75 ms of the list opening, and takes it after.
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=editor]')?.shadowRoot?.querySelector('.cm-tooltip-autocomplete') === null);
    expect(await page.$eval('[data-testid=editor]', (e) => e.shadowRoot!.querySelector('.cm-activeLine')!.previousElementSibling!.textContent)).toBe('    target: china');
    expect((await page.textContent('[data-testid=editor] .cm-activeLine'))!.trim()).toBe('');
    await page.keyboard.press('Control+z');
    await checkedValid(page);
    expect(await page.textContent('[data-testid=editor] .cm-activeLine')).toBe('    target: china');
  });

  it('offers the mend of a mistake it knows as a button that writes it into the draft, undone by Ctrl-Z', async () => {
    const { page } = o;
    const line = TUTORIAL.split('\n')[HANGZHOU_LINE - 1]!;
    const rest = line.slice(line.indexOf(', kind:'));
    await goToLine(page, HANGZHOU_LINE);
    for (let i = 0; i < 4; i++) await page.keyboard.press('End'); // past the wrap points of a wrapped line
    for (let i = 0; i < rest.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.insertText(' #1');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#problems-title')?.dataset.state === 'done' && document.querySelector('[data-testid=problem]') !== null);
    expect(await page.textContent('[data-testid=problem] code')).toContain('a # after a space starts a comment, even inside { … }');
    const fix = page.locator('[data-testid=problem] [data-testid=fix]');
    expect(await fix.textContent()).toBe('Put the text in quotes');
    expect(await fix.getAttribute('aria-label')).toBe(`Put the text in quotes (line ${HANGZHOU_LINE})`);
    await shot(page, 'editor-1280x800-fix');
    await fix.click();
    await checkedValid(page);
    const mended = line.replace('name: Hangzhou,', 'name: "Hangzhou #1",');
    expect(await page.$$eval('[data-testid=editor] .cm-line', (lines, want) => lines.some((l) => l.textContent === want), mended)).toBe(true);
    expect(await focusInEditor(page)).toBe(true);
    // The mend is one change of the draft: Ctrl-Z takes it back, and the typing before it.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#problems-title')?.dataset.state === 'done' && document.querySelector('[data-testid=problem]') !== null);
    await page.keyboard.press('Control+z');
    await checkedValid(page);
    expect(await page.$$eval('[data-testid=editor] .cm-line', (lines, want) => lines.some((l) => l.textContent === want), line)).toBe(true);
  });

  it('offers "Add the dash" for a list item written without it, and the mend makes the draft valid again', async () => {
    const { page } = o;
    const lines = TUTORIAL.split('\n');
    // The tutorial's second option: an item among items written "  - id: …".
    const options = lines.indexOf('options:');
    const second = lines.findIndex((l, i) => i > options && /^ {2}- id: /.test(l) && lines.slice(options + 1, i).some((m) => /^ {2}- id: /.test(m)));
    const item = lines[second]!;
    await goToLine(page, second + 1);
    await page.keyboard.press('Home'); // to the end of the indentation: before the dash
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#problems-title')?.dataset.state === 'done' && document.querySelector('[data-testid=problem]') !== null);
    expect(await page.textContent('[data-testid=problem] code')).toContain(`this item has no dash: write "${item.trim()}", like the items around it`);
    const fix = page.locator('[data-testid=problem] [data-testid=fix]');
    expect(await fix.textContent()).toBe('Add the dash');
    await fix.click();
    await checkedValid(page);
    expect(await page.$$eval('[data-testid=editor] .cm-line', (ls, want) => ls.some((l) => l.textContent === want), item)).toBe(true);
  });

  it('leaves the editor with Escape then Tab, as the page says', async () => {
    const { page } = o;
    expect(await focusInEditor(page)).toBe(true);
    await page.keyboard.press('Tab'); // indents: the editor keeps the focus
    expect(await focusInEditor(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusInEditor(page)).toBe(false);
    expect(await page.textContent('#editor-keys')).toContain('press Escape, then Tab');
  });

  it('shows the turn calendar and the board preview of the draft', async () => {
    const { page, errors } = o;
    const tutorial = nodeScenario('tutorial').scenario;
    await page.click('[data-testid=tab-calendar]');
    const rows = await page.$$eval('[data-testid=calendar-table] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(tutorial.calendar.turns);
    expect(rows[0]![0]).toBe('1');
    const dated = tutorial.events.filter((e) => e.at !== undefined);
    for (const e of dated) expect(rows.some((r) => r[2]!.includes(e.id))).toBe(true);
    await shot(page, 'editor-1280x800-calendar');
    await page.click('[data-testid=tab-preview]');
    await page.waitForFunction(() => (window as { __pivotEastBoard?: unknown }).__pivotEastBoard !== undefined);
    await page.evaluate(() => (window as unknown as { __pivotEastBoard: { ready: Promise<void> } }).__pivotEastBoard.ready);
    expect(await page.textContent('[data-testid=preview-note]')).toContain(`${tutorial.actors.length} actors, ${tutorial.places.length} places`);
    expect(await page.$('.editor-board-slot canvas')).not.toBeNull();
    await shot(page, 'editor-1280x800-preview');
    // The preview follows the draft: Hangzhou moved east in the text moves east on the board, and back.
    type BoardScene = { anchorPositions(): { anchors: Record<string, { x: number } | undefined> } };
    const hangzhouX = () =>
      page.evaluate(() => {
        const scene = (window as unknown as { __pivotEastBoard: { game: { scene: { getScene(key: string): unknown } } } }).__pivotEastBoard.game.scene.getScene('board');
        return (scene as BoardScene).anchorPositions().anchors['hangzhou']?.x ?? null;
      });
    // Its longitude rewritten in place (typing a brace would bring the editor's closing one too).
    const rewriteHangzhou = async (lon: string) => {
      await goToLine(page, HANGZHOU_LINE);
      // End goes to the next wrap point of a wrapped line: pressed again, to the line's end.
      for (let i = 0; i < 4; i++) await page.keyboard.press('End');
      for (let i = 0; i < ', lat: 30.3 }'.length; i++) await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < lon.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.insertText(lon);
    };
    const before = await hangzhouX();
    expect(before).not.toBeNull();
    await rewriteHangzhou('126.2');
    await expect.poll(hangzhouX, { timeout: 10_000 }).toBeGreaterThan(before! + 10);
    await rewriteHangzhou('120.2');
    await expect.poll(hangzhouX, { timeout: 10_000 }).toBe(before);
    await page.setViewportSize({ width: 800, height: 600 });
    await shot(page, 'editor-800x600');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });

  it('play-tests the draft: the endings chart, the four targets and what came into play', async () => {
    const { page, errors } = o;
    const tutorial = nodeScenario('tutorial').scenario;
    await page.click('[data-testid=tab-playtest]');
    await page.fill('#playtest-games', '8');
    await page.click('[data-key=playtest-run]');
    await page.waitForSelector('[data-testid=playtest-targets]', { timeout: 120_000 });
    const verdicts = await page.$$eval('[data-testid=playtest-targets] td.verdict', (tds) => tds.map((td) => td.textContent));
    expect(verdicts).toHaveLength(4);
    for (const v of verdicts) expect(v).toMatch(/^(✓ PASS|✗ FAIL)$/);
    const values = await page.$$eval('[data-testid=playtest-bar-value]', (spans) => spans.map((s) => Number(/^\d+/.exec(s.textContent ?? '')![0])));
    // One bar per ending and bot; each bot's bars add up to its games.
    expect(values).toHaveLength(2 * tutorial.endings.length);
    expect(values.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0)).toBe(8);
    expect(values.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(8);
    // The same figures as `cli balance` in Node: the draft is the tutorial again, seeds balance-1…8.
    const index = nodeScenario('tutorial');
    const [random, greedy] = (['random', 'greedy'] as const).map((bot) => summarizeBatch(playRange(index, bot, 'balance', 1, 8), index, { bot, seedBase: 'balance', workers: 1, milliseconds: 0 }));
    const expected = balanceReport(index.scenario, random!, greedy!);
    expect(values).toEqual(expected.endings.flatMap((e) => [e.random.count, e.greedy.count]));
    expect(verdicts).toEqual(expected.targets.map((t) => (t.pass ? '✓ PASS' : '✗ FAIL')));
    const passed = expected.targets.filter((t) => t.pass).length;
    expect(await page.textContent('[data-testid=playtest-status]')).toBe(`8 games per bot played: ${passed} of 4 targets pass.`);
    // Under each failing target, what to change in the draft.
    expect(await page.$$eval('[data-testid=playtest-advice]', (ps) => ps.map((p) => p.textContent))).toEqual(expected.targets.filter((t) => !t.pass).map((t) => `What to try: ${t.advice}.`));
    expect(await page.$('[data-testid=playtest-dead-turns]')).not.toBeNull();
    // What came into play, as cli balance prints it: each table's rows, "random / greedy" in each cell.
    const tables = inPlayTables(expected.inPlay);
    expect(tables.map((t) => t.title)).toEqual(['Options', "Actors' moves", 'Crises', 'Flags', 'Tracks at the end']);
    for (const t of tables) {
      const slug = t.title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '');
      const rows = await page.$$eval(`[data-testid=playtest-${slug}] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(rows, t.title).toEqual(t.rows);
    }
    expect(tables[0]!.rows.some((row) => row[2] !== '0 / 0')).toBe(true);
    // The moves that never happened in either bot's games, named under the options.
    const neverMade = await page.$('[data-testid=playtest-never-made]');
    if (expected.neverMade.length === 0) expect(neverMade).toBeNull();
    else expect(await neverMade!.textContent()).toContain(expected.neverMade[0]!.move);
    // A table wider than the side panel scrolls inside it rather than run past its edge.
    const edges = await page.$$eval('.editor-counts', (ts) => ts.map((t) => t.getBoundingClientRect().right - t.closest('.editor-side')!.getBoundingClientRect().right));
    expect(edges.filter((past) => past > 1)).toEqual([]);
    await page.$eval('.editor-side', (el) => el.scrollIntoView());
    await shot(page, 'editor-1280x800-playtest');
    expect(errors).toEqual([]);
  }, 180_000);

  it('keeps the draft over a reload, and plays it now', async () => {
    const { page, errors } = o;
    await goToLine(page, 4);
    await page.keyboard.press('Home');
    await page.keyboard.type('# kept over a reload\n');
    await page.waitForFunction(() => document.querySelector('[data-testid=save-note]')?.textContent === '✓ Saved in this browser');
    // The editor has an address of its own: a reload opens it again (it landed on the start screen).
    expect(new URL(page.url()).search).toBe('?write');
    await page.reload();
    await page.waitForSelector('[data-testid=editor] .cm-content');
    expect(await page.textContent('[data-testid=save-note]')).toBe('✓ Your draft, as you left it');
    // Nothing is chosen to start from over one's own draft (the tutorial's title there read as the
    // draft's), and replacing it then asks for a choice and leaves it be.
    expect(await page.$eval('#start-from', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Choose one…');
    await page.click('[data-key=editor-start-from]');
    expect(await page.textContent('[data-testid=save-note]')).toBe('Choose in the list what to start from: your draft is unchanged');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-from');
    // The editor shows the kept draft, not a new one.
    expect(await page.textContent('[data-testid=editor] .cm-content')).toContain('# kept over a reload');
    const text = await page.evaluate(() => JSON.parse(localStorage.getItem('pivot-east:scenario-draft')!).text as string);
    expect(text).toBe(TUTORIAL.replace(/^(.*\n){3}/, (head) => `${head}# kept over a reload\n`));
    // After the reload, the draft the tutorial replaced is still there to start from.
    expect(await page.$$eval('#start-from option', (os) => os.map((o) => o.textContent)[1])).toMatch(/^Your previous draft \(my-scenario\.yaml/);
    await checkedValid(page);
    await page.click('[data-key=editor-play]');
    await page.waitForSelector('[data-key=end-turn]');
    // The game played is the draft's: the tutorial.
    expect(await page.textContent('.topbar')).toContain(parse(TUTORIAL).title);
    // The game is not the editor: its address is left (a reload there opens the start screen and the save).
    await page.waitForFunction(() => location.search === '');
    expect(errors).toEqual([]);
  });

  it("opens a scenario file of one's own, and no longer offers the template as the draft once it is typed over", async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.click('[data-key=open-editor]');
    await page.waitForSelector('[data-testid=editor] .cm-content');
    await checkedValid(page);
    const template = (await page.textContent('[data-testid=preview-note]'))!.split(':')[0]!;
    expect(await page.$eval('#start-from', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('A blank template');
    // Typed over (or pasted into), the template is one's own draft: "Start from" no longer names it.
    await page.click('[data-testid=editor] .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# mine\n');
    await page.waitForFunction(() => (document.querySelector('#start-from') as HTMLSelectElement).selectedOptions[0]?.textContent === 'Choose one…');

    // "Open a file…": a teacher's file, with a mistake in it.
    const mine = TUTORIAL.replace(/^id: tutorial$/m, 'id: my-region').replace(/^(\s+target: )china$/m, '$1chna');
    const chooser = page.waitForEvent('filechooser');
    await page.click('[data-key=editor-open-file]');
    await (await chooser).setFiles({ name: 'my-region.yaml', mimeType: 'text/yaml', buffer: Buffer.from(mine) });
    await page.waitForFunction(() => document.querySelector('[data-testid=save-note]')?.textContent?.startsWith('Opened my-region.yaml'));
    expect(await page.textContent('[data-testid=save-note]')).toBe('Opened my-region.yaml; Ctrl-Z brings back the previous text; “Start from” keeps your previous draft, even after a reload');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('pivot-east:scenario-draft')!).text)).toBe(mine);
    await page.waitForFunction(() => /^1 problem$/.test(document.querySelector('#problems-title')?.textContent ?? ''));
    expect(await page.textContent('[data-testid=problems]')).toContain(`Line ${TARGET_LINE}`);
    expect(await page.textContent('[data-testid=problems]')).toContain('no actor "chna" (did you mean "china"?)');
    // The map is still the template's, and says so by name: not the teacher's map gone wrong.
    expect(await page.textContent('[data-testid=preview-note]')).toBe(`The draft has errors: the map shows its last valid version, “${template}”.`);
    // Ctrl-Z brings back the draft it replaced.
    await page.click('[data-testid=editor] .cm-content');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('[data-testid=editor] .cm-content')?.textContent?.includes('chna'));
    expect(await page.textContent('[data-testid=editor] .cm-content')).toContain('# mine');
    await page.waitForFunction(() => document.querySelector('[data-testid=save-note]')?.textContent === '✓ Saved in this browser');
    // A file too large is refused, and the draft left as it is.
    const before = await page.textContent('[data-testid=editor] .cm-content');
    const again = page.waitForEvent('filechooser');
    await page.click('[data-key=editor-open-file]');
    await (await again).setFiles({ name: 'huge.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(3 * 1024 * 1024, 'a') });
    await page.waitForFunction(() => document.querySelector('[data-testid=save-note]')?.textContent?.startsWith('huge.yaml was not opened'));
    expect(await page.textContent('[data-testid=save-note]')).toBe('huge.yaml was not opened: the file is 3072 KiB; at most 2 MiB is accepted. Your draft is unchanged');
    expect(await page.textContent('[data-testid=editor] .cm-content')).toBe(before);
    expect(errors).toEqual([]);
  });

  it('opens a file nested thousands of brackets deep without the YAML colouring, which overflowed its stack at every key', async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    await page.click('[data-key=open-editor]');
    await page.waitForSelector('[data-testid=editor] .cm-content');
    const deep = `a: ${'['.repeat(5000)}\n${']'.repeat(5000)}\n`;
    const chooser = page.waitForEvent('filechooser');
    await page.click('[data-key=editor-open-file]');
    await (await chooser).setFiles({ name: 'deep.yaml', mimeType: 'text/yaml', buffer: Buffer.from(deep) });
    await page.waitForFunction(() => document.querySelector('[data-testid=problems]')?.textContent?.includes('nested too deeply'));
    // Typing on goes on without an error, and the problem list follows the text.
    await page.click('[data-testid=editor] .cm-content');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# x\n');
    await page.waitForFunction(() => document.querySelector('[data-testid=problems]')?.textContent?.includes('Line 2'));
    expect(errors).toEqual([]);
  });
});

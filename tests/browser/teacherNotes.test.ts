// "For teachers": what a scenario says for teachers (its teacherNotes) is shown where a teacher
// looks: on the start screen for the chosen scenario (shipped or loaded from a file, and changing
// with the choice), on the printed debrief, and in the class view. The notes are text from a file:
// markup in them stays text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { seriousViolations } from './axe';
import { nodeScenario, useGame, ROOT, SHOTS, shot, endTurnsToTheEnding } from './game/helpers';

const o = useGame();

const notesOf = (id: string) => nodeScenario(id).scenario.teacherNotes.map((n) => n.trim());
const shownNotes = (page: Page, scope = '') => page.$$eval(`${scope} [data-testid=teacher-notes] li`, (lis) => lis.map((li) => (li.textContent ?? '').trim()));

describe('teacher notes', () => {
  it('are shown on the start screen for the chosen scenario, and change with the choice', async () => {
    const { page, errors } = o;
    // The tutorial is chosen first: its notes, under their own heading, in a disclosure.
    expect(await page.textContent('[data-testid=teacher-notes] h2')).toBe('For teachers');
    expect(await page.textContent('[data-testid=teacher-notes] summary')).toBe(`How to run “Tutorial” in class: ${notesOf('tutorial').length} notes`);
    expect(await page.isVisible('[data-testid=teacher-notes] li')).toBe(false);
    await page.click('[data-testid=teacher-notes] summary');
    expect(await page.isVisible('[data-testid=teacher-notes] li')).toBe(true);
    expect(await shownNotes(page)).toEqual(notesOf('tutorial'));
    // The accessibility test sees the notes closed: checked here open.
    expect(await seriousViolations(page, 'start screen, teacher notes open')).toBe('');
    await shot(page, 'teacher-notes-start-1280x800');
    await page.screenshot({ path: resolve(SHOTS, 'teacher-notes-start-1280x800-full.png'), fullPage: true });

    // Another scenario chosen: its notes replace the tutorial's.
    await page.check('[data-testid="choice-shipped:other-asia-2019"]');
    expect(await page.textContent('[data-testid=teacher-notes] summary')).toContain('“Between China, the US and the Other Asia (2014–2019)”');
    expect(await shownNotes(page)).toEqual(notesOf('other-asia-2019'));
    expect(notesOf('other-asia-2019')).not.toEqual(notesOf('tutorial'));

    // A scenario loaded from a file: its own notes, markup shown as text.
    const mini = `${readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8').trimEnd()}\nteacherNotes:\n  - "<b>Pairs</b> work best."\n  - Ask who gained from the pipeline.\n`;
    await page.setInputFiles('#scenario-file', { name: 'mini-notes.yaml', mimeType: 'text/yaml', buffer: Buffer.from(mini) });
    await page.waitForSelector('.ok-note');
    await page.click('[data-testid=teacher-notes] summary');
    expect(await shownNotes(page)).toEqual(['<b>Pairs</b> work best.', 'Ask who gained from the pipeline.']);
    expect(await page.$$('[data-testid=teacher-notes] b')).toHaveLength(0);
    // Then a file without notes: none are shown, not the last scenario's.
    await page.setInputFiles('#scenario-file', { name: 'mini.yaml', mimeType: 'text/yaml', buffer: readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml')) });
    await page.waitForFunction(() => document.querySelector('.ok-note')?.textContent?.includes('mini.yaml'));
    expect(await page.$('[data-testid=teacher-notes]')).toBeNull();

    await page.setViewportSize({ width: 800, height: 600 });
    await page.screenshot({ path: resolve(SHOTS, 'teacher-notes-start-800x600-full.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });

  it('are on the printed debrief', async () => {
    const { page, errors, url } = o;
    await page.goto(`${url}#scenario=tutorial&seed=notes-1`);
    await page.waitForSelector('.play-screen');
    await endTurnsToTheEnding(page);
    expect(await page.textContent('.ending-screen [data-testid=teacher-notes] h2')).toBe('For teachers');
    expect(await shownNotes(page, '.ending-screen')).toEqual(notesOf('tutorial'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.ending-screen [data-testid=teacher-notes] li')).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'teacher-notes-debrief-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.ending-screen [data-testid=teacher-notes]').scrollIntoViewIfNeeded();
    await shot(page, 'teacher-notes-debrief-1280x800');
    expect(errors).toEqual([]);
  });

  it('are in the class view', async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    await page.waitForSelector('#class-files');
    const index = nodeScenario('tutorial');
    const records = [playWithBot(index, 'class-notes', 'greedy').record(), playWithBot(index, 'class-notes', 'random').record()];
    await page.setInputFiles(
      '#class-files',
      records.map((r, i) => ({ name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(r)) })),
    );
    await page.waitForSelector('.class-screen');
    expect(await page.textContent('.class-screen [data-testid=teacher-notes] h2')).toBe('For teachers');
    expect(await shownNotes(page, '.class-screen')).toEqual(notesOf('tutorial'));
    await page.locator('.class-screen [data-testid=teacher-notes]').scrollIntoViewIfNeeded();
    await shot(page, 'teacher-notes-class-1280x800');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.class-screen [data-testid=teacher-notes] li')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.locator('.class-screen [data-testid=teacher-notes]').scrollIntoViewIfNeeded();
    await shot(page, 'teacher-notes-class-800x600');
    expect(errors).toEqual([]);
  });
});

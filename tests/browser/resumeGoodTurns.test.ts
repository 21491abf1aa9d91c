// A save whose later turns no longer replay is offered from the end of its last good turn, with the
// turn named in plain words; and a broken record file is refused in plain words, not zod's. A save
// or record made with another version of its scenario (its texts changed since) is not lost.
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { startSession } from '../../src/app/session';
import { RAW_ZOD } from '../app/brokenRecords';
import { nodeScenario, useGame, SAVE_KEY, shot, startNewGame } from './game/helpers';
import { endTurnInStep, expectInStep } from './game/playThrough';

const o = useGame();


describe('a save whose later turns differ', () => {
  it('resumes at the end of its last good turn, saying which turn differs', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'tampered');
    const index = nodeScenario('tutorial');
    const played = startSession(index, 'tampered');
    for (let i = 0; i < 3; i++) {
      await endTurnInStep(page, played, `END_TURN ${i + 1}`);
    }
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.checksums?.length === 3, SAVE_KEY);
    // Turn 2's checksum changed in the save.
    await page.evaluate((key) => {
      const save = JSON.parse(localStorage.getItem(key)!);
      save.record.checksums[1] = '0123456789abcdef';
      localStorage.setItem(key, JSON.stringify(save));
    }, SAVE_KEY);

    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('[data-testid=save-recover]');
    expect(await page.textContent('[data-testid=save-problem]')).toBe(
      'The saved game cannot be resumed as it is: from turn 2 on, it no longer replays the way it was played: turn 2 differs from the record (checksum).',
    );
    expect(await page.textContent('[data-testid=save-recover]')).toBe('Its first turn replays exactly: the game can go on from the end of turn 1, and the later moves are dropped.');
    expect(await page.textContent('[data-key="resume-good-turns"]')).toBe('Resume at the end of turn 1');
    await shot(page, 'start-1280x800-resume-good-turns');

    await page.click('[data-key="resume-good-turns"]');
    await page.waitForSelector('.play-screen');
    const good = startSession(index, 'tampered');
    good.send({ type: 'END_TURN' });
    await expectInStep(page, good, 'resuming at the end of turn 1');
    // The save now holds the good turn only, and resumes as it is.
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY))!);
    expect(saved.record).toEqual(good.record());
    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('.play-screen');
    await expectInStep(page, good, 'resuming again');
    expect(errors).toEqual([]);
  });

  it('a damaged save and a broken record file are reported in plain words', async () => {
    const { page, errors, url } = o;
    await page.evaluate((key) => {
      const save = JSON.parse(localStorage.getItem(key)!);
      save.record.events[0] = { type: 'frobnicate' };
      localStorage.setItem(key, JSON.stringify(save));
    }, SAVE_KEY);
    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('[data-testid=save-problem]');
    const problem = await page.textContent('[data-testid=save-problem]');
    expect(problem).toContain('events[0].type (event 1\'s type): "frobnicate" is not one of: PROPOSE, WITHDRAW, END_TURN');
    expect(problem).not.toMatch(RAW_ZOD);

    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY))!);
    const broken = { ...saved.record, events: [], checksums: ['not-a-checksum'] };
    await page.setInputFiles('#record-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.waitForSelector('.file-report [data-testid=error-lines]');
    const lines = await page.textContent('.file-report [data-testid=error-lines]');
    expect(lines).toContain('broken.json: not a Pivot East game record: line 1: checksums[0] (turn 1\'s checksum): should be 16 hexadecimal digits (0–9 and a–f); got "not-a-checksum"');
    expect(lines).not.toMatch(RAW_ZOD);
    expect(errors).toEqual([]);
  });
});

describe('a save or record made with another version of its scenario', () => {
  const OLD = 'a1b2c3d4e5f60718';
  const note = (current: string) => `made with another version of this scenario (version ${OLD}); it replays exactly the same with the current one (version ${current})`;

  it('resumes with a note, once: the save then names the current version', async () => {
    const { page, errors, url } = o;
    const index = nodeScenario('tutorial');
    await startNewGame(page, url, 'older');
    const played = startSession(index, 'older');
    for (let i = 0; i < 2; i++) {
      await endTurnInStep(page, played, `END_TURN ${i + 1}`);
    }
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.checksums?.length === 2, SAVE_KEY);
    expect(await page.$('[data-testid=version-note]')).toBeNull();
    // The save as it was before the scenario's texts changed.
    await page.evaluate(([key, old]) => {
      const save = JSON.parse(localStorage.getItem(key!)!);
      save.record.scenario.hash = old;
      localStorage.setItem(key!, JSON.stringify(save));
    }, [SAVE_KEY, OLD]);

    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('[data-testid=version-note]');
    await expectInStep(page, played, 'resumed from the older version');
    expect(await page.textContent('[data-testid=version-note] p')).toBe(`Your saved game was ${note(index.hash)}. It goes on as you left it.`);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY))!);
    expect(saved.record).toEqual(played.record());
    await shot(page, 'play-1280x800-version-note');
    await page.click('[data-key="version-note-ok"]');
    expect(await page.$('[data-testid=version-note]')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('end-turn');

    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('.play-screen');
    await expectInStep(page, played, 'resumed again');
    expect(await page.$('[data-testid=version-note]')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('replays a record file with the note under the checksum line', async () => {
    const { page, errors, url } = o;
    const index = nodeScenario('tutorial');
    const record = playWithBot(index, 'older-file', 'greedy').record();
    await page.goto(url);
    await page.setInputFiles('#record-file', { name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...record, scenario: { ...record.scenario, hash: OLD } })) });
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toBe(`✓ All ${record.checksums.length} turns match the record’s checksums. The record was ${note(index.hash)}.`);
    expect(errors).toEqual([]);
  });
});

// The debrief lists an ending's conditions with their values, bounded: an ending whose condition has
// 200 parts (the most a scenario may have) shows the first rows, then how many more there are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { conditionOfParts } from '../../bench/worstScenario';
import { MAX_CONDITION_ROWS, moreConditionsText } from '../../src/ui/conditionList';
import { indexScenario, newGame, trace } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { startFileGame, useGame, ROOT } from './game/helpers';

const o = useGame();

describe('the debrief’s conditions', () => {
  it('shows at most the first rows of a large condition, then “… and K more conditions”', async () => {
    const { page, errors } = o;
    // The mini scenario with an early ending that always holds, written with 200 parts.
    const mini = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8');
    const big = `  - id: everything\n    title: Everything holds\n    text: A test ending.\n    early: true\n    when: ${stringify(conditionOfParts(200, 'loan'), { collectionStyle: 'flow', lineWidth: 0 }).trim()}\n`;
    const text = mini.replace('endings:\n', `endings:\n${big}`);
    await startFileGame(page, 'big-ending.yaml', text, 'debrief-1');
    await page.click('[data-key="end-turn"]');
    await page.waitForSelector('.ending-screen');
    expect(await page.textContent('[data-testid=ending-title]')).toBe('Everything holds');
    const rows = await page.$$eval('.reasons ul.conditions li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(rows).toHaveLength(MAX_CONDITION_ROWS + 1);
    // K is the rest of the ending's condition rows, as the engine traces them.
    const loaded = loadScenario(text, 'big-ending.yaml');
    if (!loaded.ok) throw new Error('the big ending does not load');
    const index = indexScenario(loaded.scenario, loaded.hash);
    const traced = trace(newGame(index, 'debrief-1'), index, index.scenario.endings.find((e) => e.id === 'everything')!.when).length;
    expect(traced).toBeGreaterThan(MAX_CONDITION_ROWS + 1);
    expect(rows.at(-1)).toBe(moreConditionsText(traced - MAX_CONDITION_ROWS));
    expect(rows.slice(0, -1).every((r) => r.includes('option'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('names the endings checked before it that were not met, and those met too but checked after it', async () => {
    const { page, errors } = o;
    const mini = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8');
    const ending = (id: string, title: string, when: string, bonus = 0) => `  - id: ${id}\n    title: ${title}\n    text: A test ending.\n    early: true\n    bonus: ${bonus}\n    when: ${when}\n`;
    const text = mini.replace(
      'endings:\n',
      `endings:\n${ending('later', 'Not yet', '{ any: [{ turn: { gte: 2 } }, { capital: { gte: 99 } }] }')}${ending('first', 'The first that holds', '{ turn: { gte: 1 } }')}${ending('richer', 'A richer one', '{ turn: { gte: 1 } }', 50)}`,
    );
    await page.evaluate(() => localStorage.clear());
    await page.goto(o.url);
    await startFileGame(page, 'three-endings.yaml', text, 'debrief-2');
    await page.click('[data-key="end-turn"]');
    await page.waitForSelector('.ending-screen');
    expect(await page.textContent('[data-testid=ending-title]')).toBe('The first that holds');
    expect(await page.$$eval('[data-testid=also-met] li', (lis) => lis.map((li) => li.textContent))).toEqual(['A richer one (bonus +50)']);
    expect(await page.textContent('.reasons details.checked-before summary')).toBe('Endings checked before it, not met (1)');
    expect(await page.$$eval('.reasons details.checked-before h3', (hs) => hs.map((x) => x.textContent))).toEqual(['Not yet']);
    // Its two parts are alternatives: said so before them (two ✖ read alike for all and any).
    expect(await page.textContent('.reasons details.checked-before .combination')).toBe('Any one of these is enough:');
    expect(await page.$$eval('.reasons details.checked-before .conditions > li', (lis) => lis.length)).toBe(2);
    expect(errors).toEqual([]);
  });
});

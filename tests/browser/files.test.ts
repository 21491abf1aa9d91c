// Files in the page: a broken scenario file shows its errors as text lines (file, line, path),
// never as HTML; a valid one can be played; a game record replays turn by turn and can be taken
// over, each turn telling its crises, offers, bargaining and a class game's notes as the log does;
// a tampered record is refused with the turn that differs.
import { SAVE_KEY } from '../../src/app/browser/storage';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { replayRecord } from '../../src/app/replay';
import { gameLog } from '../../src/engine';
import { dateOf, changePhrase, describeEntry } from '../../src/ui/text';
import { endTurnsToTheEnding, nodeScenario, openFresh, useGame, ROOT, shot, startWithSeed } from './game/helpers';
import { phraseText } from '../../src/ui/scenarioText';

const o = useGame();

type BoardHook = { __pivotEastBoard: { ready: Promise<void>; game: { isPaused: boolean; loop: { running: boolean } } } };

/** The buttons named by `name` that stick out of the box that clips them (the column they are in): their words. */
function buttonsOutOfView(page: Page, name: RegExp): Promise<string[]> {
  return page.$$eval(
    'button',
    (buttons, source) =>
      buttons
        .filter((b) => new RegExp(source).test(b.textContent ?? '') && b.getClientRects().length > 0)
        .filter((b) => {
          const r = b.getBoundingClientRect();
          let box = b.parentElement;
          while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
          const clip = (box ?? document.documentElement).getBoundingClientRect();
          return r.right > clip.right + 1 || r.left < clip.left - 1;
        })
        .map((b) => b.textContent ?? ''),
    name.source,
  );
}

const BROKEN = `format: pivot-east-scenario/1
id: broken
title: "<img src=x onerror=alert(1)> A broken scenario"
summary: A file with mistakes.
sources:
  - { id: doc, title: A document, reference: Nobody. }
calendar: { start: 2016-13, monthsPerTurn: 3, turns: 4 }
player: { id: russia, name: Russia, location: { lon: 131, lat: 43 } }
capital: { start: 4, income: 4, max: 10 }
tracks:
  - { id: development, name: Development, description: D., group: russia, start: 30 }
actors:
  - id: china
    name: China
    description: C.
    location: { lon: 116, lat: 40 }
    start: { relation: 50, trust: 50, trade: 36, alignment: 100 }
    interests: [{ id: money, label: Money, weight: 40 }]
options:
  - id: summit
    target: atlantis
    title: "<b>bold</b> summit"
    text: A summit.
    cost: "<b>two</b>"
    effects: [{ track: development, add: 2 }]
    sources: [{ source: doc, paragraph: 1, note: N. }]
endings:
  - { id: drift, title: Drift, text: Nothing. }
score: [{ track: development, weight: 1 }]
`;

describe('files', () => {
  const errorLines = () => o.page.$$eval('[data-testid=error-lines] li', (items) => items.map((li) => li.textContent ?? ''));

  it('shows the errors of a broken scenario file as lines of text with file, line and path', async () => {
    const { page, errors } = o;
    await page.setInputFiles('#scenario-file', { name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
    await page.waitForSelector('[data-testid=error-lines] li');
    const lines = await errorLines();
    expect(lines.length, lines.join('\n')).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^broken\.yaml:\d+: \S+: .+/);
    expect(lines.some((l) => /^broken\.yaml:7: calendar\.start: /.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /^broken\.yaml:24: options\[0\]\.cost: /.test(l)), lines.join('\n')).toBe(true);
    expect(await page.textContent('#scenario-errors-title')).toBe(`${lines.length} problems in broken.yaml`);
    // The file's own text, quoted in an error, is shown as text and never becomes markup.
    expect(lines.some((l) => l.includes('got text "<b>two</b>"')), lines.join('\n')).toBe(true);
    expect(await page.$$('.file-report img, .file-report b')).toHaveLength(0);
    await shot(page, 'start-1280x800-broken-scenario');

    // Once the shape is right, references are checked: an option aimed at an actor that does not exist.
    const references = BROKEN.replace('2016-13', '2016-09').replace('cost: "<b>two</b>"', 'cost: 1');
    await page.setInputFiles('#scenario-file', { name: 'references.yaml', mimeType: 'text/yaml', buffer: Buffer.from(references) });
    await page.waitForFunction(() => document.querySelector('#scenario-errors-title')?.textContent?.includes('references.yaml'));
    const refs = await errorLines();
    expect(refs.some((l) => /^references\.yaml:21: options\[0\]\.target: .*atlantis/.test(l)), refs.join('\n')).toBe(true);
    // Nothing from the files became markup.
    expect(await page.$$('.file-report img, .file-report b')).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('loads a valid scenario file and plays it', async () => {
    const { page, errors } = o;
    await page.setInputFiles('#scenario-file', resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'));
    await page.waitForSelector('.ok-note');
    expect(await page.isChecked('[data-testid="choice-file:mini"]')).toBe(true);
    await startWithSeed(page, 'file-1');
    expect(await page.textContent('h1')).toBe('A small test scenario');
    expect(await page.textContent('[data-testid=turn-info]')).toContain('Turn 1 of 6');
    await page.evaluate(() => (window as unknown as BoardHook).__pivotEastBoard.ready);
    await page.click('[data-key="quit"]');
    await page.waitForSelector('.start-screen');
    expect(await page.isChecked('[data-testid=hot-seat]')).toBe(false); // a game alone: no hot-seat box ticked after it
    // The board, gone from the page, draws no frames: the size it was seen to lose as it left woke
    // its loop, which then drew 60 frames a second on the start screen until the next game.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => {
      const { game } = (window as unknown as BoardHook).__pivotEastBoard;
      return { paused: game.isPaused, frames: game.loop.running };
    })).toEqual({ paused: true, frames: false });
    expect(errors).toEqual([]);
  });

  it('breaks a long word of a scenario\'s text rather than push the buttons beside it out of view', async () => {
    const { page, errors, url } = o;
    await openFresh(page, url);
    const word = 'Bundeswehrausbildungsunterstützungsmissionsanfrage';
    const text = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8').replace('title: Ask Big for a loan', `title: ${word}`);
    await page.setInputFiles('#scenario-file', { name: 'long-word.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.waitForSelector('.ok-note');
    await startWithSeed(page, 'long-word-1');
    await page.click('[data-key="open-loan"]');
    await page.click('[data-key="option-action-loan"]');
    await page.waitForSelector('button:has-text("Withdraw")');
    expect(await buttonsOutOfView(page, /^Withdraw/)).toEqual([]);
    await page.click('[data-key="end-turn"]');
    await page.waitForSelector('.report .why-button');
    expect(await page.textContent('.report')).toContain(word);
    expect(await buttonsOutOfView(page, /^Why\?/)).toEqual([]);
    expect(errors).toEqual([]);
    // The tests after this one start with no saved game, as they did before it.
    await openFresh(page, url);
  });

  it('loads a valid file with a part that can never come into play, and lists the warning as text under it', async () => {
    const { page, errors } = o;
    const text = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8').replace('      gte: 80', '      gte: 180');
    const line = text.split('\n').indexOf('      gte: 180') + 1;
    await page.setInputFiles('#scenario-file', { name: 'dead.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.waitForSelector('.ok-note');
    const warnings = await page.$$eval('[data-testid=warning-lines] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^dead\\.yaml:${line - 2}: endings\\[\\d\\]\\.when: this condition can never hold: no value of the track "\\S+" \\(from 0 to 100\\) meets \\{ gte: 180 \\}$`));
    expect(await page.textContent('#scenario-warnings-title')).toBe('1 warning: this file plays, but this is most likely not what you meant');
    // It plays all the same.
    expect(await page.isChecked('[data-testid="choice-file:mini"]')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reads a scenario file saved as UTF-16 with a byte-order mark, as the command line does', async () => {
    const { page, errors } = o;
    const text = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8').replace('title: A small test scenario', 'title: A small test scenario in UTF-16');
    await page.setInputFiles('#scenario-file', { name: 'utf16.yaml', mimeType: 'text/yaml', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    await page.waitForSelector('.ok-note');
    expect(await page.isChecked('[data-testid="choice-file:mini"]')).toBe(true);
    expect(await page.textContent('.start-screen')).toContain('A small test scenario in UTF-16');
    // UTF-32 is refused, in the same words as on the command line.
    await page.setInputFiles('#scenario-file', { name: 'utf32.yaml', mimeType: 'text/yaml', buffer: Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]) });
    await page.waitForSelector('[data-testid=error-lines] li');
    expect(await page.$$eval('[data-testid=error-lines] li', (lis) => lis.map((li) => li.textContent))).toEqual(['utf32.yaml: (file): the file is saved as UTF-32; save it as UTF-8 (plain text)']);
    expect(errors).toEqual([]);
  });

  it('replays a game record turn by turn, then takes over from a turn', async () => {
    const { page, errors } = o;
    // No saved game yet (a take-over over one asks first: below).
    await page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);
    const index = nodeScenario('tutorial');
    const played = playWithBot(index, 'record-1', 'random');
    const record = played.record();
    await page.setInputFiles('#record-file', { name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toContain(`All ${record.checksums.length} turns match`);
    expect(await page.textContent('[data-testid=replay-turn]')).toContain('Turn 1 of');
    await page.click('[data-key="replay-next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-turn]')?.textContent?.includes('Turn 2 of'));
    expect(await page.textContent('[data-testid=replay-turn]')).not.toContain('stops');
    await shot(page, 'replay-1280x800-turn2');
    // The browser's Back leaves the replay for the start screen, which offers it again where it was
    // left (the file had to be chosen again, and the reader found their turn again).
    await page.goBack();
    await page.waitForSelector('.start-screen');
    expect(await page.textContent('[data-key="replay-again"]')).toBe('Back to the replay of game.json, turn 2');
    await page.click('[data-key="replay-again"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-turn]')).toMatch(/^Turn 2 of /);
    expect(await page.textContent('[data-testid=replay-of]')).toBe('Pivot East — replay of game.json');
    // Take over at turn 2: the first turn is replayed, the player continues from its planning.
    const upTo = record.events.findIndex((e) => e.type === 'END_TURN') + 1;
    const expected = replayRecord(record, index, upTo);
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    // Turn 2 as replayed: its capital and its tracks at the start of the turn are the engine's, not turn 1's.
    const turn2 = expected.session.game();
    expect(await page.textContent('.replay-screen')).toContain(`Diplomatic capital at the start of the turn: ${turn2.capital}.`);
    const startValues = await page.$$eval('.replay-screen tbody tr', (rows) => rows.map((r) => Number(r.querySelector('td')?.textContent)));
    expect(startValues).toEqual(turn2.tracks);
    const turn1 = replayRecord(record, index, 0);
    expect(turn1.ok && turn1.session.game().tracks).not.toEqual(turn2.tracks); // the turn's tracks tell the two apart
    await page.click('[data-key="replay-take-over"]');
    await page.waitForSelector('.play-screen');
    expect(await page.textContent('[data-testid=turn-info]')).toContain('Turn 2 of 4');
    expect(Number(await page.textContent('[data-testid=capital] strong'))).toBe(turn2.capital);
    // Its record says where it left the replayed game: another path from there.
    const notes = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.record.notes, SAVE_KEY);
    expect(notes).toEqual([{ atEvent: upTo, text: expect.stringMatching(/^Taken over at turn 2 from the replay of a game that ended “.+” \(score -?\d+\) after \d+ turns: from here on, another path\.$/) }]);
    await page.click('[data-key="quit"]');
    await page.waitForSelector('.start-screen');
    // That game is now this browser's saved game: taking over again asks first, and keeping it keeps the replay on screen.
    const saved = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
    expect(saved).not.toBeNull();
    await page.setInputFiles('#record-file', { name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await page.waitForSelector('.replay-screen');
    await page.click('[data-key="replay-take-over"]');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    expect(await page.textContent('dialog.replace-save-dialog')).toContain(`Taking over plays on from turn 1 of this replay, “${record.scenario.title}” with the seed record-1, as your own game.`);
    expect(await page.textContent('dialog.replace-save-dialog')).toContain('Taking over would replace it.');
    await page.click('dialog[open] [data-key="keep-save"]');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    expect(await page.isVisible('.replay-screen')).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(saved);
    await page.click('[data-key="replay-take-over"]');
    await page.click('dialog[open] [data-key="replace-save"]');
    await page.waitForSelector('.play-screen');
    expect(await page.textContent('[data-testid=turn-info]')).toContain('Turn 1 of 4');
    await page.click('[data-key="quit"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });


  it('shows, beside the score of another path, how the game it was taken over from ended', async () => {
    const { page, errors, url } = o;
    await openFresh(page, url);
    const record = playWithBot(nodeScenario('tutorial'), 'record-path', 'greedy').record();
    await page.setInputFiles('#record-file', { name: 'friend.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await page.waitForSelector('.replay-screen');
    await page.click('[data-key="replay-next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-turn]')?.textContent?.startsWith('Turn 2 of'));
    await page.click('[data-key="replay-take-over"]');
    await page.waitForSelector('.play-screen');
    await endTurnsToTheEnding(page);
    const ending = record.result!;
    const title = nodeScenario('tutorial').scenario.endings.find((e) => e.id === ending.ending)!.title;
    expect(await page.textContent('.panel.score [data-testid=taken-over-from]')).toBe(`Taken over at turn 2 from the replay of a game that ended “${title}” (score ${ending.score}) after ${ending.turns} turns: from here on, another path.`);
    await page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);
    expect(errors).toEqual([]);
  });

  it("says which turn of a save the record stops during, not ended", async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    const index = nodeScenario('tutorial');
    const whole = playWithBot(index, 'record-save', 'greedy').record();
    // A save made in the second turn, after a proposal: its turn 2 is begun, not ended.
    const secondEnd = whole.events.findIndex((e, i) => e.type === 'END_TURN' && whole.events.slice(0, i).some((x) => x.type === 'END_TURN'));
    const firstEnd = whole.events.findIndex((e) => e.type === 'END_TURN');
    const save = { ...whole, events: whole.events.slice(0, secondEnd), checksums: whole.checksums.slice(0, 1), result: null };
    expect(save.events.length).toBeGreaterThan(firstEnd + 1);
    await page.setInputFiles('#record-file', { name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(save)) });
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toBe('✓ Its 1 turn matches the record’s checksums.');
    expect(await page.textContent('[data-testid=replay-turn]')).toBe(`Turn 1 of 2 — ${dateOf(index, 1)}`);
    await page.click('[data-key="replay-next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-turn]')?.textContent?.includes('Turn 2 of 2'));
    expect(await page.textContent('[data-testid=replay-turn]')).toBe(`Turn 2 of 2 — ${dateOf(index, 2)} (the record stops during this turn)`);
    expect(errors).toEqual([]);
    // The next tests start from the start screen.
    await page.goto(url);
    await page.waitForSelector('#record-file');
  });
  it('tells each turn’s crises, offers, bargaining and the record’s notes in the log’s words, with no empty heading', async () => {
    const { page, errors } = o;
    // A 2019 game with crises (one of them costly), offers, a counter-offer and bargaining.
    const index = nodeScenario('other-asia-2019');
    const played = playWithBot(index, 'class-3', 'greedy');
    const log = gameLog(played.game());
    const turnOf = (kind: string) => log.find((e) => e.kind === kind)?.turn;
    const [crisisTurn, offerTurn, bargainTurn] = [turnOf('crisis-open'), turnOf('offer'), turnOf('bargain')];
    expect(crisisTurn && offerTurn && bargainTurn, 'the game has a crisis, an offer and a round of bargaining').toBeTruthy();
    expect(log.some((e) => e.kind.startsWith('crisis-') && 'changes' in e && e.changes.length > 0), 'a crisis cost something').toBe(true);
    // A class game's notes, placed as the server places them: before an event of their turn (here
    // its END_TURN); markup in one stays text.
    const record = played.record();
    const ends = record.events.flatMap((e, i) => (e.type === 'END_TURN' ? [i] : []));
    const placed = [
      { turn: bargainTurn!, text: `Time was up on turn ${bargainTurn}: <b>the computer</b> decided what the turn still waited for.` },
      { turn: offerTurn!, text: `The teacher ended turn ${offerTurn} now: the computer decided what the turn still waited for.` },
    ];
    const notes = placed.map((n) => ({ atEvent: ends[n.turn - 1]!, text: n.text }));
    await page.setInputFiles('#record-file', { name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...record, notes })) });
    await page.waitForSelector('.replay-screen');
    const lines = (selector: string) => page.$$eval(selector, (lis) => lis.map((li) => li.firstChild?.textContent ?? ''));
    for (let turn = 1; turn <= record.checksums.length; turn++) {
      if (turn > 1) {
        await page.click('[data-key="replay-next"]');
        await page.waitForFunction((t) => document.querySelector('[data-testid=replay-turn]')?.textContent?.startsWith(`Turn ${t} of`), turn);
      }
      const of = <K extends string>(kinds: readonly K[]) => log.filter((e) => e.turn === turn && (kinds as readonly string[]).includes(e.kind));
      const where = `turn ${turn}`;
      // Every crisis step of the turn, in the log's words; each reply with its "Why?".
      expect(await lines('[data-testid=replay-crises] .crisis-steps > li'), where).toEqual(of(['crisis-open', 'crisis-answer', 'crisis-reply', 'crisis-end']).map((e) => describeEntry(index, e)));
      expect(await page.locator('[data-testid=replay-crises] .crisis-steps > li .why-button').count(), where).toBe(of(['crisis-reply']).length);
      expect(await lines('[data-testid=replay-offers] > ul > li'), where).toEqual(of(['offer']).map((e) => describeEntry(index, e)));
      expect(await lines('[data-testid=replay-bargaining] > li'), where).toEqual(of(['counter', 'bargain']).map((e) => describeEntry(index, e)));
      expect(await lines('[data-testid=replay-notes] > ul > li'), where).toEqual(placed.filter((n) => n.turn === turn).map((n) => n.text));
      expect(await page.locator('[data-testid=replay-notes] b').count(), where).toBe(0);
      // Not vouched for by the checksums that the page says match: anyone may write a note in.
      if (placed.some((n) => n.turn === turn)) expect(await page.textContent('[data-testid=replay-notes-unchecked]'), where).toBe('As the record has them: its checksums check the game’s moves, not these notes.');
      // No heading stands alone, and agreements are under their own.
      const panels = await page.$$eval('.replay-turn section.panel', (sections) => sections.map((s) => ({ heading: s.querySelector('h2')?.textContent ?? '', rest: (s.textContent ?? '').slice((s.querySelector('h2')?.textContent ?? '').length).trim(), agreements: s.querySelectorAll('.agreements li').length })));
      for (const p of panels) expect(p.rest, `${where}: “${p.heading}” has nothing under it`).not.toBe('');
      expect(panels.filter((p) => p.agreements > 0).map((p) => p.heading), where).toEqual(of(['agreement']).length > 0 ? ['Agreements'] : []);
      // What each crisis step cost (its rungs' answers, its outcome), as in the log.
      const crisisSteps = of(['crisis-open', 'crisis-answer', 'crisis-reply', 'crisis-end']);
      expect(await page.$$eval('[data-testid=replay-crises] .crisis-steps .changes li', (lis) => lis.map((li) => li.textContent)), where).toEqual(crisisSteps.flatMap((e) => ('changes' in e ? e.changes : []).map((c) => phraseText(changePhrase(index, c)))));
      if (turn === crisisTurn) await shot(page, 'replay-1280x800-crisis');
    }
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.start-screen');
    expect(errors).toEqual([]);
  });

  it('refuses a tampered record, naming the turn that differs', async () => {
    const { page, errors } = o;
    const record = playWithBot(nodeScenario('tutorial'), 'record-2', 'greedy').record();
    const tampered = { ...record, checksums: record.checksums.map((c, i) => (i === 1 ? '0123456789abcdef' : c)) };
    await page.setInputFiles('#record-file', { name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await page.waitForSelector('#record-errors-title');
    const lines = await page.$$eval('.file-report [data-testid=error-lines] li', (lis) => lis.map((li) => li.textContent));
    expect(lines).toEqual([
      'tampered.json: turn 2 differs from the record (checksum)',
      'A record replays only as it was played: a choice, the seed or the scenario changed since (by hand, or by another version of the game) makes its turns differ from there on. Its first turn matches: it can be replayed.',
    ]);
    // The turn that matches is offered, said as the part it is.
    await page.click('[data-key="record-good-turns"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toBe('✗ From turn 2 on, the record differs from the game its choices make: shown up to the end of turn 1, the turns that match its checksums.');
    expect(await page.textContent('[data-testid=replay-turn]')).toMatch(/^Turn 1 of 2 /);
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.start-screen');
    // Offered again from the start screen, as a whole record's replay is, with its note.
    expect(await page.textContent('[data-key="replay-again"]')).toBe('Back to the replay of tampered.json, turn 1');
    await page.click('[data-key="replay-again"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toMatch(/^✗ From turn 2 on, /);
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.start-screen');
    // A changed seed: not even the first turn matches, and nothing is offered.
    await page.setInputFiles('#record-file', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...record, seed: 'another-seed' })) });
    await page.waitForFunction(() => document.querySelector('#record-errors-title')?.textContent?.includes('seed.json'));
    expect(await page.textContent('.file-report [data-testid=error-lines]')).toContain('Not even its first turn matches.');
    expect(await page.$('[data-key="record-good-turns"]')).toBeNull();
    await page.setInputFiles('#record-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.waitForFunction(() => document.querySelector('#record-errors-title')?.textContent?.includes('notes.json'));
    expect(await page.textContent('.file-report [data-testid=error-lines]')).toContain('not a Pivot East game record');
    // A record thousands of brackets deep is refused in words (it left "Reading deep.json…" for ever).
    await page.setInputFiles('#record-file', { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(`{"format":${'['.repeat(5000)}${']'.repeat(5000)}}`) });
    await page.waitForFunction(() => document.querySelector('#record-errors-title')?.textContent?.includes('deep.json'));
    expect(await page.textContent('.file-report [data-testid=error-lines]')).toContain('line 1: the file is nested too deeply');
    expect(errors).toEqual([]);
  });
});

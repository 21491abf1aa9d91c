// The summary a new turn begins with says how last turn's negotiations and crises ended: a crisis's
// last step and a last round of bargaining come as the turn closes, with no dialog after them.
import { describe, expect, it } from 'vitest';
import { gameLog, indexScenario, type LogEntry } from '../../src/engine';
import { playWithBot } from '../../src/app/playBot';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { crisisOutcomeWords, crisisTitle } from '../../src/ui/crisisText';
import { negotiationEndWords, WALKED_AWAY } from '../../src/ui/negotiationEnd';
import { turnResults, turnSummary } from '../../src/ui/play/turnSummary';
import { optionTitle, playerWords } from '../../src/ui/text';

const loaded = await readScenarioFile(new URL('../../scenarios/mother-russia-2016.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2016 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

/** The first greedy 2016 game (seeds summary-1, …) with a turn in which Japan walked away from bargaining and a crisis ended. */
function gameWithWalkAwayAndCrisisEnd() {
  for (let i = 1; i <= 300; i++) {
    const game = playWithBot(index, `summary-${i}`, 'greedy').game();
    const log = gameLog(game);
    const walk = log.find((e): e is Extract<LogEntry, { kind: 'bargain' }> => e.kind === 'bargain' && e.round.outcome === 'walk-away');
    const end = log.find((e): e is Extract<LogEntry, { kind: 'crisis-end' }> => e.kind === 'crisis-end' && e.turn === walk?.turn);
    if (walk && end) return { game, log, walk, end };
  }
  throw new Error('no such game');
}

describe("a turn's summary", () => {
  const { game, log, walk, end } = gameWithWalkAwayAndCrisisEnd();
  const summary = turnSummary(index, game, walk.turn);

  it('says a negotiation ended in a walk-away, not a plain rejection', () => {
    // The rules record it as a rejection.
    expect(log.find((e) => e.kind === 'deal' && e.turn === walk.turn && e.option === walk.option)).toMatchObject({ result: 'rejected' });
    expect(negotiationEndWords(index, log, walk.turn, walk.option)).toBe(WALKED_AWAY);
    expect(summary).toContain(`: walked away from the bargaining over “${optionTitle(index, walk.option)}”`);
    expect(summary).not.toContain(`rejected “${optionTitle(index, walk.option)}”`);
  });

  it('says how each crisis of the turn ended', () => {
    expect(summary).toContain(`Crisis “${crisisTitle(index, end.crisis)}” ended: ${crisisOutcomeWords(index, end.outcome)}.`);
  });

  it('says the other results as before, and nothing of a negotiation not yet settled', () => {
    const other = log.find((e): e is Extract<LogEntry, { kind: 'deal' }> => e.kind === 'deal' && e.result === 'accepted');
    expect(other).toBeDefined();
    expect(negotiationEndWords(index, log, other!.turn, other!.option)).toBe('accepted');
    expect(negotiationEndWords(index, log, walk.turn, 'no-such-option')).toBeNull();
  });
});

describe("a game's last turn, said with its ending", () => {
  // The debrief says the results of the turn no new turn followed (they were said nowhere).
  const game = playWithBot(index, 'summary-end', 'greedy').game();
  const last = game.ending!.turn;

  it('are the results a new turn would have said', () => {
    const next = turnSummary(index, game, last);
    expect(next).toContain(` ${turnResults(index, game, last)}`);
    expect(turnResults(index, game, last)).toMatch(/^(Results: .+\.|You made no proposal last turn\.)( Crisis “.+” ended: .+\.)*$/);
  });

  it('name the player for a reader who is not them (a class game’s teacher)', () => {
    const who = playerWords(index, false);
    expect(who.You).toBe('Russia');
    // A turn with no proposal in it: none is logged after the game's last.
    expect(turnResults(index, game, last + 1, who)).toBe('Russia made no proposal last turn.');
  });
});

// A step the player takes alone (an option with no target: 2019's missile systems on the disputed
// islands) is recorded by the rules as the player's own decision, accepted at a chance of 100 with
// no die. It read as "Russia: accepted …", "chance 100%, roll 0" and "Russia weighed … and accepted
// it", which a newcomer took for an answer (review of 5 December); it reads as a step taken alone.
import { describe, expect, it } from 'vitest';
import { createBot, gameLog, indexScenario, logOfTurn, proposalRefusal } from '../../src/engine';
import { botChoices } from '../../src/app/playBot';
import { phaseOf, startSession } from '../../src/app/session';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { decisionRollWords, decisionPhrase, describeEntry, isOwnStep } from '../../src/ui/text';
import { turnSummary } from '../../src/ui/play/turnSummary';
import { phraseText } from '../../src/ui/scenarioText';

const loaded = await readScenarioFile(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const STEP = 'deploy-island-missiles';
const TITLE = `“${index.options.get(STEP)!.title}”`;

/** Turn 1 of a 2019 game with the step and one proposal to another actor, ended; the greedy bot answers what follows. */
function turnWithTheStep() {
  const session = startSession(index, 'own-step-1');
  const other = index.scenario.options.find((o) => o.target !== undefined && o.cost <= 2)!;
  session.send({ type: 'PROPOSE', option: STEP });
  session.send({ type: 'PROPOSE', option: other.id });
  session.send({ type: 'END_TURN' });
  const bot = createBot('greedy', 'own-step-1');
  for (let i = 0; i < 50 && phaseOf(session.snapshot()) !== 'planning'; i++) session.send(botChoices(bot, session)[0]!);
  return { game: session.game(), other: other.id };
}

describe("a step the player takes alone, in words", () => {
  const { game, other } = turnWithTheStep();
  const log = gameLog(game);
  const decision = log.find((e) => e.kind === 'decision' && e.decision.option === STEP)!;
  const deal = log.find((e) => e.kind === 'deal' && e.option === STEP)!;
  const answered = log.find((e) => e.kind === 'decision' && e.decision.option === other)!;

  it('is the player’s own, taken with no one asked', () => {
    expect(game.turn).toBe(2);
    expect(decision.kind === 'decision' && isOwnStep(index, decision.decision.actor)).toBe(true);
    expect(answered.kind === 'decision' && isOwnStep(index, answered.decision.actor)).toBe(false);
  });

  it('reads as a step taken, not an answer, in the log, the debrief and the turn’s summary', () => {
    // In words every seat and the teacher read too: the player by name, never "you".
    expect(describeEntry(index, decision)).toBe(`Russia took the step ${TITLE} alone (no one is asked, no die is rolled)`);
    expect(describeEntry(index, deal)).toBe(`${TITLE} by Russia: carried out alone`);
    if (decision.kind !== 'decision' || answered.kind !== 'decision') throw new Error('not decisions');
    expect(phraseText(decisionPhrase(index, decision.decision, false))).toBe(`Russia took the step ${TITLE} alone`);
    expect(decisionRollWords(index, decision.decision)).not.toMatch(/chance|roll \d/);
    // A proposal to another actor still reads as its answer, with its chance and roll.
    expect(describeEntry(index, answered)).toMatch(/^[A-Z].* (accepted|rejected|counter-offered) “.*” \((chance \d+%, roll \d+)\)$/);
    const summary = turnSummary(index, game, 1);
    expect(summary).toContain(`Russia: carried out alone ${TITLE}`);
    expect(summary).not.toContain(`Russia: accepted ${TITLE}`);
    expect(logOfTurn(game, 1).some((e) => e.kind === 'deal' && e.option === other)).toBe(true);
  });

  it('is refused again as taken, not agreed', () => {
    expect(proposalRefusal(game, index, STEP)).toBe(`"${index.options.get(STEP)!.title}" has already been taken once`);
  });
});

// A name inside a sentence: a newcomer read "Why did United States answer so?" and "Proposed … to
// United States". A scenario's `inSentence` ("the United States") is written inside sentences, with
// a capital at a sentence's start; the plain `name` stays for labels ("United States: relation …").
import { describe, expect, it } from 'vitest';
import { crisisReplyTerms, indexScenario, newGame, possessive, proposalTerms, type CrisisReply, type CrisisState, type Decision, type LogEntry, type ScenarioIndex } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { actorName, describeEntry, nameInSentence, sentenceStartName } from '../../src/ui/text';
import { crisisEntryPhrase, replyWords } from '../../src/ui/crisisText';
import { describeQuestion } from '../../src/machines/seatQuestion';
import { phraseText } from '../../src/ui/scenarioText';

const loaded = await readScenarioFile(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

/** The 2019 scenario with the player named in sentences too, as a scenario of another region might. */
function withPlayerInSentence(inSentence: string): ScenarioIndex {
  const { scenario } = index;
  return indexScenario({ ...scenario, player: { ...scenario.player, name: 'Russian Federation', inSentence } }, index.hash);
}

const decision = (actor: string, option: string, outcome: Decision['outcome']): Decision => ({ turn: 1, option, actor, terms: [], score: 0, chance: 40, counterBelow: 40, roll: 12, outcome });

describe('the two forms of a name', () => {
  it('gives an actor its inSentence inside a sentence, capitalized at a sentence start; the label keeps the name', () => {
    expect(index.actors.get('united-states')!.inSentence).toBe('the United States');
    expect(actorName(index, 'united-states')).toBe('United States');
    expect(nameInSentence(index, 'united-states')).toBe('the United States');
    expect(sentenceStartName(index, 'united-states')).toBe('The United States');
  });

  it('gives an actor without inSentence its name in every form', () => {
    expect(index.actors.get('asean')!.inSentence).toBeUndefined();
    for (const id of ['china', 'asean']) {
      expect(nameInSentence(index, id)).toBe(actorName(index, id));
      expect(sentenceStartName(index, id)).toBe(actorName(index, id));
    }
  });

  it('gives the player its inSentence by its id, and its name without one', () => {
    expect(nameInSentence(index, 'russia')).toBe('Russia');
    expect(sentenceStartName(index, 'russia')).toBe('Russia');
    const other = withPlayerInSentence('the Russian Federation');
    expect(actorName(other, 'russia')).toBe('Russian Federation');
    expect(nameInSentence(other, 'russia')).toBe('the Russian Federation');
    expect(sentenceStartName(other, 'russia')).toBe('The Russian Federation');
  });

  it('upper-cases only the first letter at a sentence start', () => {
    const eu = indexScenario({ ...index.scenario, actors: index.scenario.actors.map((a) => (a.id === 'asean' ? { ...a, name: 'EU', inSentence: 'the EU' } : a)) }, index.hash);
    expect(sentenceStartName(eu, 'asean')).toBe('The EU');
    expect(nameInSentence(eu, 'asean')).toBe('the EU');
  });
});

describe('sentences of the 2019 scenario that name the United States', () => {
  it('writes the log: a decision, a counter-offer, an agreement, a deal, an offer', () => {
    const title = index.options.get('thaw-with-washington')!.title;
    const entries: LogEntry[] = [
      { kind: 'decision', turn: 1, decision: decision('united-states', 'thaw-with-washington', 'accept') },
      { kind: 'counter', turn: 1, option: 'thaw-with-washington', actor: 'united-states', taken: true },
      { kind: 'agreement', turn: 1, option: 'thaw-with-washington', actor: 'united-states', status: 'active', terms: 'as-proposed', changes: [] },
      { kind: 'deal', turn: 1, option: 'thaw-with-washington', actor: 'united-states', result: 'accepted', changes: [] },
      { kind: 'bargain', turn: 1, option: 'thaw-with-washington', actor: 'united-states', round: { round: 1, of: 2, terms: [], chance: 40, holdBelow: 80, roll: 12, outcome: 'accept', cost: 0 } },
      { kind: 'offer', turn: 1, actor: 'united-states', offer: 'an-offer', taken: false, changes: [] },
    ];
    expect(entries.map((e) => describeEntry(index, e))).toEqual([
      `The United States accepted “${title}” (chance 40%, roll 12)`,
      `Russia took the United States’ counter-offer on “${title}”`,
      `Agreement “${title}” with the United States: in force`,
      `“${title}” with the United States: accepted`,
      `Russia offered the United States the middle on “${title}” (round 1 of 2): accepted (chance 40%, roll 12)`,
      'The United States offered “an-offer”: Russia declined',
    ]);
  });

  it('writes a crisis with the United States, and its reply', () => {
    expect(phraseText(crisisEntryPhrase(index, { kind: 'crisis-open', turn: 1, crisis: 'sanctions-standoff', actor: 'united-states', changes: [] }))).toBe(
      `Crisis with the United States: ${index.scenario.crises.find((c) => c.id === 'sanctions-standoff')!.title}`,
    );
    const reply: CrisisReply = { turn: 1, crisis: 'sanctions-standoff', actor: 'united-states', answer: 'protest', terms: [], score: 0, chance: 40, holdBelow: 80, roll: 63, reply: 'hold' };
    expect(replyWords(index, reply)).toBe('the United States holds (chance of backing down 40%, roll 63)');
    // The player's answer and its backing down name the player: the teacher and every seat read them.
    const crisis = index.scenario.crises.find((c) => c.id === 'sanctions-standoff')!;
    const answer = crisis.answers.find((a) => a.id === 'protest')!.title;
    expect(phraseText(crisisEntryPhrase(index, { kind: 'crisis-answer', turn: 1, crisis: crisis.id, answer: 'protest', rung: 0, changes: [] }))).toBe(`Crisis “${crisis.title}”: Russia answered “${answer}” (rung 1 of ${crisis.ladder.length}: ${crisis.ladder[0]!.title})`);
    expect(phraseText(crisisEntryPhrase(index, { kind: 'crisis-end', turn: 1, crisis: crisis.id, actor: 'united-states', outcome: 'player-backed-down', rung: 0, changes: [] }))).toBe(`Crisis “${crisis.title}” ended: Russia backed down`);
  });

  it('says what a seat of the United States is asked, inside a sentence, its possessive an apostrophe alone', () => {
    expect(describeQuestion({ kind: 'move', actor: 'united-states' }, index)).toBe("the United States' move");
    expect(describeQuestion({ kind: 'move', actor: 'japan' }, index)).toBe("Japan's move");
    // Only a name plural in form ("the …s") takes the apostrophe alone.
    expect([possessive('the United States'), possessive('the Philippines', '’'), possessive('Laos'), possessive('ASEAN', '’')]).toEqual(["the United States'", 'the Philippines’', "Laos's", 'ASEAN’s']);
  });
});

describe("the engine's term labels", () => {
  it('name the player by its inSentence when the scenario gives one', () => {
    const other = withPlayerInSentence('the Russian Federation');
    const state = newGame(other, 'in-sentence-1');
    const labels = proposalTerms(state, other, 'thaw-with-washington').map((t) => t.label);
    expect(labels).toContainEqual(expect.stringMatching(/^Relation with the Russian Federation \(-?\d+\)$/));
    expect(labels).toContainEqual(expect.stringMatching(/^Trust in the Russian Federation \(\d+\)$/));
    expect(proposalTerms(state, other, 'deploy-island-missiles').map((t) => t.label)).toEqual(['The Russian Federation acts alone: no one is asked']);
    const crisis = other.scenario.crises.find((c) => c.id === 'sanctions-standoff')!;
    const open: CrisisState = { crisis: crisis.id, actor: crisis.other, openedTurn: 1, rung: 0, lastAnswer: crisis.answers[0]!.id, outcome: null };
    const replyLabels = crisisReplyTerms(state, other, open, crisis.answers[0]!.id).map((t) => t.label);
    expect(replyLabels).toContainEqual(expect.stringMatching(/^Relation with the Russian Federation /));
  });

  it('name the player by its name without one', () => {
    const labels = proposalTerms(newGame(index, 'in-sentence-1'), index, 'thaw-with-washington').map((t) => t.label);
    expect(labels).toContainEqual(expect.stringMatching(/^Relation with Russia \(-?\d+\)$/));
  });
});

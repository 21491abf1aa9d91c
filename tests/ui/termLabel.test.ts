// A weighing's terms on the page (termLabel, the "Why?" tables and the debrief's score): in a French
// scenario the scenario's words in a term's label (a title, a track's name, a circumstance's label)
// are marked French and the rules' English around them is not, wherever the engine says they are
// (Term.own). The page used to find them by reading the English label back, and was fooled where a
// title or a label held what it looked for: a circumstance labelled like a rung's term lost its
// mark on "Rung 2: ", and a track named after another plus " (…)" was cut at the other's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCrisis, beginTurn, crisisReplyTerms, gameLog, indexScenario, openCrises, type LogEntry, type ScenarioIndex, type Term } from '../../src/engine';
import { finishGame } from '../../src/engine/endings';
import { scenarioSchema } from '../../src/scenario/schema';
import { termLabel } from '../../src/ui/text';
import { crisisIndex, standoff } from '../engine/crisisFixture';
import { fixtureData } from '../engine/fixture';
import { startedGame } from '../engine/helpers';
import { markup, useFakeDocument } from './fakeDocument';

/** The engine's fixture with the standoff, in French: its titles and names hold the rules' own forms. */
const french = indexScenario(
  scenarioSchema.parse({
    ...fixtureData,
    language: 'fr',
    actors: fixtureData.actors.map((a) => (a.id === 'small' ? { ...a, interests: a.interests.map((i) => (i.id === 'islands' ? { ...i, label: 'Les îles' } : i)) } : a)),
    tracks: fixtureData.tracks.map((t) => (t.id === 'wealth' ? { ...t, name: 'Richesse' } : t.id === 'mix' ? { ...t, name: 'Richesse (commerce)' } : t)),
    endings: fixtureData.endings.map((e) => (e.id === 'treaty' ? { ...e, title: 'Un traité de paix' } : e)),
    crises: [
      {
        ...standoff,
        ladder: standoff.ladder.map((r, i) => (i === 1 ? { ...r, title: 'Patrouilles' } : r)),
        answers: standoff.answers.map((a) => (a.id === 'retaliate' ? { ...a, title: 'Rung 3: Envoyer la flotte' } : a)),
        // A circumstance the scenario labels as the rules label the rung: its whole label is French.
        modifiers: [{ when: { track: 'price', gte: 0 }, value: 5, label: 'Rung 2: Patrouilles' }],
      },
    ],
  }),
  '0123456789abcdef',
);

/** The other side's terms for backing down after "retaliate" (rung 2), as the "Why?" shows them. */
function replyTerms(index: ScenarioIndex): Term[] {
  const state = answerCrisis(openCrises(beginTurn(startedGame(index), index), index), index, 'retaliate');
  return crisisReplyTerms(state, index, state.crises[0]!, 'retaliate');
}

const shown = (index: ScenarioIndex, terms: readonly Term[]) => terms.map((t) => markup(termLabel(index, t)));

let restore: () => void;
beforeAll(() => void (restore = useFakeDocument()));
afterAll(() => restore());

describe('a term on the page', () => {
  it("marks a crisis reply's titles and circumstances French, the rules' words English, where a title reads like the rules' words", () => {
    const terms = replyTerms(french);
    // The rung's term and the circumstance's read the same: no reading of the label tells them apart.
    expect(terms[3]!.label).toBe(terms[5]!.label);
    expect(shown(french, terms)).toEqual([
      '<span lang="fr">Les îles</span>',
      'Relation with Land (-15)',
      'Trust in Land (30)',
      'Rung 2: <span lang="fr">Patrouilles</span>',
      'Land\'s answer: <span lang="fr">Rung 3: Envoyer la flotte</span>',
      '<span lang="fr">Rung 2: Patrouilles</span>',
    ]);
    // An English scenario's terms read exactly as their labels: no element is made.
    const english = crisisIndex();
    const englishTerms = replyTerms(english);
    expect(shown(english, englishTerms)).toEqual(englishTerms.map((t) => t.label));
  });

  it("marks each track's whole name French in the score, where another track's name begins it, and the ending's title", () => {
    const state = startedGame(french);
    const ended = gameLog(finishGame(state, french, french.scenario.endings.find((e) => e.id === 'treaty')!)).at(-1) as Extract<LogEntry, { kind: 'ending' }>;
    expect(shown(french, ended.scoreTerms)).toEqual([
      '<span lang="fr">Richesse</span> (20) × 2',
      '<span lang="fr">Richesse (commerce)</span> (38) × 1',
      'Ending: <span lang="fr">Un traité de paix</span>',
    ]);
  });
});

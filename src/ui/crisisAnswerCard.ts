// One answer of the crisis panel: its button, what it is, what it does, and what follows for
// certain. Backing down ends the crisis with its cost in standing, and escalating climbs a rung with
// that rung's effects; before, a card showed only the answer's own effects, and the loss of
// standing for backing down was under "What each ending of the crisis does" alone. Holding leaves
// the rest to the other side's reply, which the panel's endings list covers.
import { crisisAnswerRefusal, type GameState, type ScenarioIndex } from '../engine';
import type { Effect, ScenarioCrisis } from '../scenario/schema';
import { button, h, type Child } from './dom';
import { own, phrase, phraseNodes, scenarioText, type Phrase } from './scenarioText';
import { effectList } from './text';

type Answer = ScenarioCrisis['answers'][number];

const STEP_HELP = {
  'back-down': 'You give in: the crisis ends.',
  hold: 'You stay on this rung. If the other side holds too, the crisis settles.',
  escalate: 'The crisis climbs one rung.',
} as const;

/** What follows the answer whatever the other side does: the crisis's end or the next rung. */
function certainAfter(index: ScenarioIndex, crisis: ScenarioCrisis, answer: Answer, rung: number): Child {
  const then = (words: Phrase, effects: readonly Effect[]) => {
    const list = effectList(index, effects);
    return [h('p', { class: 'small then' }, phraseNodes(index, list ? phrase`${words}:` : phrase`${words}, with no further change.`)), list];
  };
  if (answer.step === 'back-down') return then(['Then the crisis ends with you backing down'], crisis.onPlayerBacksDown);
  if (answer.step === 'hold') return null;
  const next = crisis.ladder[rung + 1];
  if (!next) return null; // answers are not open at the top: the crisis has ended there
  const top = rung + 1 === crisis.ladder.length - 1;
  return then(top ? phrase`Then the crisis climbs to the top rung, “${own(next.title)}”, and ends there` : phrase`Then the crisis climbs to rung ${rung + 2} of ${crisis.ladder.length}, “${own(next.title)}”`, next.effects);
}

export function crisisAnswerCard(index: ScenarioIndex, g: GameState, crisis: ScenarioCrisis, answer: Answer, rung: number, onAnswer: () => void): HTMLElement {
  const refusal = crisisAnswerRefusal(g, index, answer.id);
  // What follows the answer is read with its button (a screen reader heard only the short title).
  const about = `crisis-answer-about-${answer.id}`;
  return h(
    'li',
    { class: 'crisis-answer', attrs: { 'data-answer': answer.id } },
    button([scenarioText(index, 'span', null, answer.title), answer.cost > 0 ? ` (costs ${answer.cost})` : ''], onAnswer, { class: answer.step === 'back-down' || refusal !== null ? 'secondary' : 'primary', key: `crisis-answer-${answer.id}`, disabled: refusal !== null, attrs: { 'aria-describedby': about } }),
    h(
      'div',
      { id: about },
      h('p', { class: 'small' }, scenarioText(index, 'span', null, answer.text), ' ', h('em', null, STEP_HELP[answer.step])),
      refusal ? h('p', { class: 'refusal small' }, `Not possible: ${refusal}.`) : null,
      effectList(index, answer.effects),
      certainAfter(index, crisis, answer, rung),
    ),
  );
}

// A person holding the target's seat answers the middle the player offered for its counter-offer:
// take it, keep the counter-offer on the table, or walk away. The middle and the counter-offer are
// shown, and beside them the rules' weighing of the round as the advisor's view.
import { bargainStatus, middleDealEffects, roundWeighing, type BargainOutcome, type Decision, type GameState, type ScenarioIndex, possessive } from '../../engine';
import type { SeatEvent } from '../../machines/events';
import { button, h, type Child } from '../dom';
import { termsTable } from '../explain';
import { own, phrase, phraseNodes, scenarioText } from '../scenarioText';
import { actorName, effectList, nameInSentence, sentenceStartName } from '../text';
import { advisor } from './advisor';

const ROUND_BUTTONS: Record<BargainOutcome, string> = { accept: 'Take the middle', hold: 'Keep your counter-offer', 'walk-away': 'Walk away' };

export function roundQuestion(index: ScenarioIndex, g: GameState, decision: Decision, send: (event: SeatEvent, done: string) => void): Child {
  const option = index.options.get(decision.option)!;
  const counter = option.counter!;
  const name = actorName(index, decision.actor);
  const nameIn = nameInSentence(index, decision.actor);
  const player = nameInSentence(index, index.scenario.player.id);
  const playerFirst = sentenceStartName(index, index.scenario.player.id);
  const weighed = roundWeighing(g, index, decision);
  const left = bargainStatus(g, index, decision).left - 1;
  const none = h('p', { class: 'small muted' }, 'no immediate change');
  const what: Record<BargainOutcome, Child> = {
    accept: [h('p', { class: 'small' }, `A deal on the middle${weighed.cost > 0 ? `: ${player} pays ${weighed.cost} more diplomatic capital for it` : ''}.`), effectList(index, middleDealEffects(option), true) ?? none],
    hold: h('p', { class: 'small' }, `Your counter-offer stays on the table: ${player} takes it, declines it${left > 0 ? `, or offers the middle again (${left} round${left === 1 ? '' : 's'} left)` : ''}.`),
    'walk-away': [h('p', { class: 'small' }, 'The proposal ends as a rejection.'), effectList(index, option.onReject, true)],
  };
  return [
    h('h2', { id: 'seat-question-title' }, phraseNodes(index, phrase`${playerFirst} offers the middle on “${own(option.title)}”`)),
    h('p', null, phraseNodes(index, phrase`You answered ${possessive(player)} proposal with your counter-offer, “${own(counter.title)}”. ${playerFirst} offers the middle between the two instead (round ${weighed.round} of ${weighed.of}).`)),
    h('details', { class: 'option-effects' }, h('summary', null, 'Your counter-offer'), scenarioText(index, 'p', null, counter.text), effectList(index, counter.effects, true) ?? none),
    advisor(
      termsTable(index, weighed.terms, 'Chance (kept between 3 and 97)', weighed.chance, `How the rules weigh the middle for ${nameIn}`),
      `The rules would roll one die: below ${weighed.chance} ${nameIn} takes the middle, below ${weighed.holdBelow} it keeps its counter-offer, else it walks away. Your answer is certain; no die is drawn.`,
    ),
    h(
      'ul',
      { class: 'seat-choices' },
      (['accept', 'hold', 'walk-away'] as const).map((answer) =>
        h(
          'li',
          { class: 'seat-choice' },
          h('h3', null, ROUND_BUTTONS[answer]),
          what[answer],
          button(ROUND_BUTTONS[answer], () => send({ type: 'SEAT_ROUND', actor: decision.actor, answer }, `${name}: ${ROUND_BUTTONS[answer].toLowerCase()}.`), { class: answer === 'walk-away' ? 'secondary' : 'primary', key: `seat-round-${answer}` }),
        ),
      ),
    ),
  ];
}

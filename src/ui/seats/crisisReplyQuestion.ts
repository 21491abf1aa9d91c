// A person holding the other side's seat in a crisis replies to the player's answer: back down,
// hold or escalate. The crisis, its ladder and what each reply does are shown, and beside them the
// rules' weighing (the crisis panel's "Why?" terms) as the advisor's view.
import { crisisReplyWeighing, openCrisis, type CrisisStep, type GameState, type ScenarioIndex } from '../../engine';
import type { SeatEvent } from '../../machines/events';
import { crisisWeighing, ladderList } from '../crisisPanel';
import { answerTitle, rungPhrase } from '../crisisText';
import { button, h, type Child } from '../dom';
import { own, phrase, phraseNodes, scenarioSpan, scenarioText } from '../scenarioText';
import { actorName, effectList, nameInSentence, sentenceStartName, sourcesDetails } from '../text';
import { advisor } from './advisor';

const REPLY_BUTTONS: Record<CrisisStep, string> = { 'back-down': 'Back down', hold: 'Hold', escalate: 'Escalate' };

export function crisisReplyQuestion(index: ScenarioIndex, g: GameState, actorId: string, send: (event: SeatEvent, done: string) => void): Child {
  const open = openCrisis(g)!;
  const crisis = index.scenario.crises.find((c) => c.id === open.crisis)!;
  const name = actorName(index, actorId);
  const nameIn = nameInSentence(index, actorId);
  const player = nameInSentence(index, index.scenario.player.id);
  const playerFirst = sentenceStartName(index, index.scenario.player.id);
  const answer = crisis.answers.find((a) => a.id === open.lastAnswer);
  const weighed = crisisReplyWeighing(g, index);
  // A crisis on its top rung has ended, so a rung above is always there.
  const next = crisis.ladder[open.rung + 1]!;
  const none = h('p', { class: 'small muted' }, 'no change');
  const what: Record<CrisisStep, Child> = {
    'back-down': [h('p', { class: 'small' }, 'You give in: the crisis ends.'), effectList(index, crisis.onOtherBacksDown, true) ?? none],
    hold:
      answer?.step === 'hold'
        ? [h('p', { class: 'small' }, `${playerFirst} held too: both settle and the crisis ends.`), effectList(index, crisis.onSettled, true) ?? none]
        : h('p', { class: 'small' }, `You stay on this rung; ${player} answers again.`),
    escalate: [h('p', { class: 'small' }, phraseNodes(index, phrase`The crisis climbs to “${own(next.title)}”${open.rung + 1 === crisis.ladder.length - 1 ? ', the top rung, where it ends' : ''}.`)), effectList(index, next.effects, true) ?? none],
  };
  return [
    h('h2', { id: 'seat-question-title' }, `Crisis with ${player}: `, scenarioSpan(index, crisis.title)),
    scenarioText(index, 'p', { class: 'lead' }, crisis.text),
    h('p', null, h('strong', null, 'At stake: '), scenarioSpan(index, crisis.stake)),
    h('p', { class: 'crisis-rung' }, phraseNodes(index, phrase`The crisis stands on ${rungPhrase(index, open.crisis, open.rung)}. ${playerFirst} answered “${own(answerTitle(index, open.crisis, open.lastAnswer ?? ''))}”${answer ? ` (${answer.step === 'back-down' ? 'backing down' : answer.step === 'hold' ? 'holding' : 'escalating'})` : ''}.`)),
    ladderList(index, crisis, open.rung),
    advisor(
      h('div', null, crisisWeighing(index, weighed)),
      `The rules would roll one die: below ${weighed.chance} ${nameIn} backs down, below ${weighed.holdBelow} it holds, else it escalates. Your reply is certain; no die is drawn.`,
    ),
    h(
      'ul',
      { class: 'seat-choices' },
      (['back-down', 'hold', 'escalate'] as const).map((step) =>
        h(
          'li',
          { class: 'seat-choice' },
          h('h3', null, REPLY_BUTTONS[step]),
          what[step],
          button(REPLY_BUTTONS[step], () => send({ type: 'SEAT_CRISIS_REPLY', actor: actorId, reply: step }, `${name}: ${REPLY_BUTTONS[step].toLowerCase()}.`), { class: step === 'back-down' ? 'secondary' : 'primary', key: `seat-crisis-${step}` }),
        ),
      ),
    ),
    sourcesDetails(index, crisis.sources, 'Sources of this crisis'),
  ];
}

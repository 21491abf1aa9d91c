// A person's seat decides: the screen of one state's player in a hot-seat game. It shows what the
// game asks of that state (an answer to Russia's proposal, a move, an offer, a reply in a crisis,
// an answer to the middle), the state's interests and ties, and beside each choice the advisor's
// view: how the scenario's rules weigh it. The scenario's own texts are written for Russia's player,
// and the screen says so.
import { actorOf, chanceOf, counterCostRefusal, openOffers, proposalTerms, weighMoves, type GameState, type ScenarioIndex, possessive } from '../../engine';
import type { BrowserGame } from '../../app/browser/game';
import { askingOf } from '../../app/session';
import type { Refusal, SeatEvent } from '../../machines/events';
import type { SeatQuestion } from '../../machines/seatQuestion';
import { announce } from '../announce';
import { button, h, render, type Child } from '../dom';
import { linkTo } from '../gameLink';
import { termsTable } from '../explain';
import { own, phrase, phraseNodes, scenarioSpan, scenarioText } from '../scenarioText';
import { dateOf, effectList, entryWords, nameInSentence, paragraphs, sentenceStartName, sourcesDetails } from '../text';
import { advisor } from './advisor';
import { crisisReplyQuestion } from './crisisReplyQuestion';
import { roundQuestion } from './roundQuestion';
import { hideRefusalNotice, refusalText, showRefusal } from '../refusalNotice';

export function mountSeatScreen(root: HTMLElement, game: BrowserGame, actorId: string): () => void {
  const index = game.index;
  const actor = index.actors.get(actorId)!;
  const name = actor.name; // a label: "Japan: your decision"
  const nameIn = nameInSentence(index, actorId);
  const nameFirst = sentenceStartName(index, actorId);
  const player = nameInSentence(index, index.scenario.player.id);
  const playerFirst = sentenceStartName(index, index.scenario.player.id);
  /** The last event's refusal, said until the next (a team member's suggestion passed on is one too). */
  let refusal: Refusal | null = null;
  const body = h('div', { class: 'seat-body' });
  const screen = h(
    'div',
    { class: 'screen seat-screen' },
    h(
      'header',
      { class: 'topbar seat-top' },
      h('h1', { id: 'seat-title', tabIndex: -1 }, scenarioSpan(index, name), ': your decision'),
      h('p', { class: 'muted', attrs: { 'data-testid': 'seat-turn' } }),
      // The scenario's texts speak to the player ("your dependence on China", "open to you"): read
      // on this seat, that "you" is not this seat's player.
      h('p', { class: 'muted seat-voice', attrs: { 'data-testid': 'seat-voice' } }, `The scenario’s texts are written for ${possessive(player, '’')} player: in them, “you” is ${player}.`),
    ),
    h('main', { class: 'seat-main' }, body),
  );
  root.replaceChildren(screen);

  // Others' events redraw too (a class game's room, or the bots answering after this seat).
  const link = linkTo(game, () => draw());
  let left = false;
  const send = (event: SeatEvent, done: string) =>
    link.send(event, (refused) => {
      if (left) return;
      refusal = refused;
      announce(refused ? refusalText(refused) : done);
      // Said over the window's bottom too, and gone after a while (it stayed at the top, "the game
      // is paused" after the teacher had resumed).
      if (refused) {
        showRefusal(refused, () => {
          if (refusal !== refused) return;
          refusal = null;
          draw();
        });
      }
      draw();
    });

  function draw(): void {
    const q = askingOf(game.session.snapshot());
    if (q === null || q.kind === 'take-offer' || q.actor !== actorId) return; // the hot-seat hands over
    const g = game.session.game();
    screen.querySelector('[data-testid=seat-turn]')!.textContent = `Turn ${g.turn} of ${index.scenario.calendar.turns}, ${dateOf(index, g.turn)}`;
    render(body, [
      refusal ? h('p', { class: refusal.suggested ? 'suggested-note' : 'refusal', attrs: { role: refusal.suggested ? 'status' : 'alert', 'data-testid': 'seat-refusal' } }, refusalText(refusal)) : null,
      h('section', { class: 'panel seat-question', attrs: { 'aria-labelledby': 'seat-question-title' } }, question(q, g)),
      h('section', { class: 'panel seat-state', attrs: { 'aria-labelledby': 'seat-state-title' } }, ownState(g)),
      thisTurn(g),
    ]);
  }

  function question(q: Exclude<SeatQuestion, { kind: 'take-offer' }>, g: GameState): Child {
    if (q.kind === 'answer') return answerQuestion(q.option, g);
    if (q.kind === 'move') return moveQuestion(g);
    if (q.kind === 'crisis-reply') return crisisReplyQuestion(index, g, actorId, send);
    if (q.kind === 'round') return roundQuestion(index, g, game.session.snapshot().context.counter!, send);
    return offerQuestion(g);
  }

  function answerQuestion(optionId: string, g: GameState): Child {
    const option = index.options.get(optionId)!;
    const terms = proposalTerms(g, index, optionId);
    const score = terms.reduce((s, t) => s + t.value, 0);
    return [
      h('h2', { id: 'seat-question-title' }, `${playerFirst} proposes: `, scenarioSpan(index, option.title)),
      ...paragraphs(index, option.text),
      h('details', { class: 'option-effects', attrs: { open: true } }, h('summary', null, 'If you accept'), effectList(index, option.effects, true) ?? h('p', { class: 'small muted' }, 'no immediate change'), option.perTurn.length > 0 ? [h('p', { class: 'small' }, `Then each turn for ${option.duration} turns:`), effectList(index, option.perTurn, true)] : null),
      option.onReject.length > 0 ? h('details', { class: 'option-effects' }, h('summary', null, 'If you reject'), effectList(index, option.onReject, true)) : null,
      option.counter ? h('div', { class: 'seat-counter' }, h('h3', null, 'Your possible counter-offer: ', scenarioSpan(index, option.counter.title)), scenarioText(index, 'p', null, option.counter.text), effectList(index, option.counter.effects, true), counterCost(option.counter, g)) : null,
      advisor(termsTable(index, terms, 'Score (sum of the terms)', score, `How the rules weigh it for ${nameIn}`), `The rules would accept with a chance of ${chanceOf(score)}% (a die decides; your answer is certain).`),
      h(
        'div',
        { class: 'seat-actions' },
        button('Accept', () => send({ type: 'SEAT_ANSWER', actor: actorId, answer: 'accept' }, `${nameFirst} accepted “${option.title}”.`), { class: 'primary', key: 'seat-accept' }),
        option.counter ? button('Make the counter-offer', () => send({ type: 'SEAT_ANSWER', actor: actorId, answer: 'counter' }, `${nameFirst} made a counter-offer.`), { class: 'secondary', key: 'seat-counter' }) : null,
        button('Reject', () => send({ type: 'SEAT_ANSWER', actor: actorId, answer: 'reject' }, `${nameFirst} rejected “${option.title}”.`), { class: 'secondary', key: 'seat-reject' }),
      ),
    ];
  }

  /**
   * What taking the counter-offer costs the player, and whether it can: a counter-offer the player
   * cannot pay for can only be declined (China's player made one at Russia's 0 capital, unaware).
   */
  function counterCost(counter: { title: string; extraCost: number }, g: GameState): Child {
    if (counter.extraCost <= 0) return null;
    const short = counterCostRefusal(g, counter) !== null ? `, so ${player} could not take it, only decline it` : '';
    return h('p', { class: 'small', attrs: { 'data-testid': 'seat-counter-cost' } }, `Taking it costs ${player} ${counter.extraCost} more diplomatic capital; ${player} has ${g.capital} left now${short}.`);
  }

  function moveQuestion(g: GameState): Child {
    return [
      h('h2', { id: 'seat-question-title' }, `${possessive(nameFirst)} move this turn`),
      h('p', null, 'Choose one of the moves open to your state, or none. The move you choose happens.'),
      h(
        'ul',
        { class: 'seat-choices' },
        weighMoves(g, index, actorId).map(({ move: id, terms, chance, share }) => {
          const move = index.moves.get(`${actorId}/${id}`)!;
          return h(
            'li',
            { class: 'seat-choice' },
            scenarioText(index, 'h3', null, move.title),
            ...paragraphs(index, move.text),
            effectList(index, move.effects, true),
            advisor(termsTable(index, terms, 'Chance (kept between 0 and 100)', chance, phraseNodes(index, phrase`How the rules weigh “${own(move.title)}”`)), `The rules give this move ${share} of the die's 100 faces (its chance ${chance}%); one die chooses among all your open moves.`),
            sourcesDetails(index, move.sources),
            button(phraseNodes(index, phrase`Make the move “${own(move.title)}”`), () => send({ type: 'SEAT_MOVE', actor: actorId, move: id }, `${name}: ${move.title}.`), { class: 'primary', key: `seat-move-${id}` }),
          );
        }),
      ),
      button('Make no move this turn', () => send({ type: 'SEAT_MOVE', actor: actorId, move: null }, `${nameFirst} makes no move this turn.`), { class: 'secondary', key: 'seat-no-move' }),
    ];
  }

  function offerQuestion(g: GameState): Child {
    const open = openOffers(g, index, actorId);
    return [
      h('h2', { id: 'seat-question-title' }, `An offer to ${player}?`),
      h('p', null, `You may make ${player} one of these offers now, or none. ${possessive(playerFirst)} player takes or declines it.`),
      h(
        'ul',
        { class: 'seat-choices' },
        open.map((id, i) => {
          const offer = index.offers.get(`${actorId}/${id}`)!;
          return h(
            'li',
            { class: 'seat-choice' },
            scenarioText(index, 'h3', null, offer.title),
            ...paragraphs(index, offer.text),
            h('p', { class: 'small' }, offer.cost > 0 ? `${playerFirst} pays ${offer.cost} diplomatic capital to take it.` : `Taking it costs ${player} no diplomatic capital.`),
            h('details', { class: 'option-effects' }, h('summary', null, 'If it is taken'), effectList(index, offer.effects, true) ?? h('p', { class: 'small muted' }, 'no change')),
            offer.onDecline.length > 0 ? h('details', { class: 'option-effects' }, h('summary', null, 'If it is declined'), effectList(index, offer.onDecline, true)) : null,
            advisor(null, i === 0 ? 'The rules would make this offer now (the first one open).' : 'The rules would make the first offer open instead.'),
            sourcesDetails(index, offer.sources),
            button(phraseNodes(index, phrase`Make the offer “${own(offer.title)}”`), () => send({ type: 'SEAT_OFFER', actor: actorId, offer: id }, `${nameFirst} offers “${offer.title}”.`), { class: 'primary', key: `seat-offer-${id}` }),
          );
        }),
      ),
      button('Make no offer now', () => send({ type: 'SEAT_OFFER', actor: actorId, offer: null }, `${nameFirst} makes no offer.`), { class: 'secondary', key: 'seat-no-offer' }),
    ];
  }

  function ownState(g: GameState): Child {
    const now = actorOf(g.actors, index, actorId)!;
    return [
      h('h2', { id: 'seat-state-title' }, scenarioSpan(index, name), ': interests and ties'),
      scenarioText(index, 'p', { class: 'small' }, actor.description),
      h('h3', null, 'Your interests (how much each counts)'),
      h('ul', null, actor.interests.map((i) => h('li', null, scenarioSpan(index, i.label), `: ${i.weight}`))),
      h('h3', null, `Your ties with ${player}`),
      h('ul', null, h('li', null, `Relation ${now.relation}`), h('li', null, `Trust ${now.trust}`), h('li', null, `Trade ${now.trade}`), h('li', null, `Alignment ${now.alignment}`)),
    ];
  }

  function thisTurn(g: GameState): Child {
    const entries = g.turnLog.filter((e) => e.kind !== 'income');
    if (entries.length === 0) return null;
    return h('section', { class: 'panel seat-news', attrs: { 'aria-labelledby': 'seat-news-title' } }, h('h2', { id: 'seat-news-title' }, 'This turn so far'), h('ul', { class: 'small' }, entries.map((e) => h('li', null, entryWords(index, e)))));
  }

  draw();
  screen.querySelector<HTMLElement>('#seat-title')?.focus();
  return () => {
    left = true;
    hideRefusalNotice();
    link.dispose();
  };
}

/** The name of whoever holds the seat, for the hand-over's sentences: a state's name as inside a sentence. */
export function seatName(index: ScenarioIndex, seat: string): string {
  return nameInSentence(index, seat);
}

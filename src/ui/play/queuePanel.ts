// The proposals queued this turn, each with its Withdraw button, and the capital they commit.
import { optionActor, type GameState, type ScenarioIndex } from '../../engine';
import { button, h, type Child } from '../dom';
import { scenarioSpan } from '../scenarioText';
import { actorName, optionTitle } from '../text';
import type { PlayActions } from './playActions';
import { END_TURN_KEYS, PROPOSALS_KEYS, goToEndTurn } from './playKeys';

/**
 * What is left to answer a crisis at the turn's end, said when it is less than the costliest crisis
 * answer: a newcomer who spent everything found the escalation closed and nothing had warned.
 */
export function crisisReserveWords(index: ScenarioIndex, capital: number): string | null {
  const costliest = Math.max(0, ...index.scenario.crises.flatMap((c) => c.answers.map((a) => a.cost)));
  if (capital >= costliest) return null;
  return `A crisis that breaks out at the end of this turn is answered with ${capital === 0 ? 'no capital left' : `the ${capital} capital left`}; some crisis answers cost ${costliest}.`;
}

function crisisReserveNote(index: ScenarioIndex, capital: number): Child {
  const words = crisisReserveWords(index, capital);
  return words === null ? null : h('p', { class: 'small', attrs: { 'data-testid': 'crisis-reserve' } }, words);
}

/**
 * `planning`: whether the game waits for the player's plan; otherwise the turn is being negotiated
 * and nothing is withdrawn, or (`held`, a class game not started or paused) nothing can change now.
 */
export function queuePanel(index: ScenarioIndex, g: GameState, actions: PlayActions, planning = true, held: string | null = null): Child {
  const spent = g.proposals.reduce((s, p) => s + p.cost, 0);
  return h(
    'section',
    { class: 'panel queue', attrs: { 'aria-labelledby': 'queue-title' } },
    // Focusable by script: its key (playKeys.ts) leads here from anywhere on the screen.
    h('h2', { id: 'queue-title', tabIndex: -1, key: 'queue-title', attrs: { 'aria-keyshortcuts': PROPOSALS_KEYS } }, 'Your proposals this turn'),
    g.proposals.length === 0
      ? h('p', { class: 'muted' }, 'None yet. Choose an actor, then propose one of the options aimed at it. When you are done, press End turn.')
      : [
          h(
            'ul',
            { class: 'queue-list' },
            g.proposals.map((p) =>
              h(
                'li',
                null,
                h('span', null, scenarioSpan(index, actorName(index, optionActor(index, p.option))), ': “', scenarioSpan(index, optionTitle(index, p.option)), `” (cost ${p.cost})`),
                ' ',
                button(['Withdraw', h('span', { class: 'sr-only' }, ' “', scenarioSpan(index, optionTitle(index, p.option)), '”')], () => actions.withdraw(p.option), { class: 'secondary small', key: `queue-withdraw-${p.option}`, attrs: planning ? undefined : { 'aria-disabled': 'true' } }),
              ),
            ),
          ),
          h('p', { class: 'small muted' }, `${spent} capital committed; ${g.capital} left. ${held !== null ? `Nothing can change now: ${held}.` : planning ? 'Each proposal is negotiated when you end the turn.' : 'The turn has ended: they are being negotiated.'}`),
          crisisReserveNote(index, g.capital),
        ],
    // One Tab after the last Withdraw, End turn is one press away, and its key is said.
    button(['Go to End turn', h('span', { class: 'muted', attrs: { 'aria-hidden': 'true' } }, ` (${END_TURN_KEYS})`)], goToEndTurn, { class: 'secondary small', key: 'queue-to-end-turn', attrs: { 'aria-keyshortcuts': END_TURN_KEYS } }),
  );
}

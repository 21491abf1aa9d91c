// The debrief's list of crises: each with the turn, the other side, how it ended, on which rung,
// and every answer and reply with the other side's "Why?".
import { capitalized, gameLog, type CrisisLogEntry, type GameState, type ScenarioIndex } from '../engine';
import { crisisReplyExplanation } from './crisisPanel';
import { answerTitle, crisisOutcomeWords, crisisTitle, rungPhrase, replyWords } from './crisisText';
import { h, type Child } from './dom';
import { own, phrase, phraseNodes } from './scenarioText';
import { nameInSentence, sentenceStartName } from './text';

export function crisisDebrief(index: ScenarioIndex, g: GameState): Child {
  if (index.scenario.crises.length === 0) return null;
  const steps = gameLog(g).filter((e): e is Extract<CrisisLogEntry, { kind: 'crisis-answer' | 'crisis-reply' }> => e.kind === 'crisis-answer' || e.kind === 'crisis-reply');
  return h(
    'section',
    { class: 'panel crises', attrs: { 'aria-labelledby': 'crises-title', 'data-testid': 'debrief-crises' } },
    h('h2', { id: 'crises-title' }, 'Crises and how they ended'),
    g.crises.length === 0
      ? h('p', { class: 'muted' }, 'No crisis broke out in this game.')
      : h(
          'ol',
          { class: 'crisis-list' },
          g.crises.map((c) => {
            const itsSteps = steps.filter((e) => e.turn === c.openedTurn && (e.kind === 'crisis-answer' ? e.crisis : e.reply.crisis) === c.crisis);
            return h(
              'li',
              null,
              h(
                'details',
                { class: 'crisis' },
                h('summary', null, phraseNodes(index, phrase`Turn ${c.openedTurn}: “${own(crisisTitle(index, c.crisis))}” with ${nameInSentence(index, c.actor)} — ${c.outcome ? crisisOutcomeWords(index, c.outcome) : 'still open'}, on ${rungPhrase(index, c.crisis, c.rung)}`)),
                h(
                  'ol',
                  { class: 'crisis-steps' },
                  itsSteps.map((e) =>
                    e.kind === 'crisis-answer'
                      ? h('li', null, phraseNodes(index, phrase`${sentenceStartName(index, index.scenario.player.id)} answered “${own(answerTitle(index, e.crisis, e.answer))}”.`))
                      : h('li', null, `${capitalized(replyWords(index, e.reply))}.`, h('details', { class: 'why-inline' }, h('summary', null, 'Why?'), crisisReplyExplanation(index, e.reply))),
                  ),
                ),
              ),
            );
          }),
        ),
  );
}

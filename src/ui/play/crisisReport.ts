// The turn report's crises: each crisis of last turn, step by step (what opened it, each answer,
// each reply with its "Why?", how it ended), with what each step changed. Without it a crisis's
// outcome and its costs (Tension with the West 76 → 85) were only in the game log. The replay
// lists a turn's crises the same way (replay/turnStory.ts). A reply's "Why?" opens a dialog, as a
// proposal's does: its table of terms, opened inside the narrow column, was squeezed there.
import { gameLog, type CrisisLogEntry, type GameState, type ScenarioIndex } from '../../engine';
import { crisisReplyWhy } from '../crisisPanel';
import { crisisEntryPhrase, crisisOutcomeWords, crisisTitle } from '../crisisText';
import { h, type Child } from '../dom';
import { own, phrase, phraseNodes } from '../scenarioText';
import { changeList, nameInSentence } from '../text';

const crisisOf = (e: CrisisLogEntry) => (e.kind === 'crisis-reply' ? e.reply.crisis : e.crisis);

export function crisisReport(index: ScenarioIndex, g: GameState, turn: number): Child {
  const list = crisisList(index, g, turn, 'report-crises');
  return list ? [h('h3', null, 'Crises'), list] : null;
}

/** The crises opened in `turn`, each with its steps; null when none was. */
export function crisisList(index: ScenarioIndex, g: GameState, turn: number, testId: string): HTMLElement | null {
  const crises = g.crises.filter((c) => c.openedTurn === turn);
  if (crises.length === 0) return null;
  const steps = gameLog(g).filter((e): e is CrisisLogEntry => e.turn === turn && e.kind.startsWith('crisis-'));
  return h(
    'ul',
    { class: 'crisis-report', attrs: { 'data-testid': testId } },
    crises.map((c) =>
      h(
        'li',
        null,
        h('strong', null, phraseNodes(index, phrase`“${own(crisisTitle(index, c.crisis))}” with ${nameInSentence(index, c.actor)}`)),
        `: ${c.outcome ? crisisOutcomeWords(index, c.outcome) : 'still open'}`,
        h(
          'ol',
          { class: 'crisis-steps small' },
          steps
            .filter((e) => crisisOf(e) === c.crisis)
            .map((e, i) =>
              h(
                'li',
                null,
                phraseNodes(index, crisisEntryPhrase(index, e)),
                e.kind === 'crisis-reply' ? [' ', crisisReplyWhy(index, steps, e, `${testId}-why-${c.crisis}-${i}`)] : null,
                changeList(index, e.changes),
              ),
            ),
        ),
      ),
    ),
  );
}

// The crisis panel of the play screen: what happened and what is at stake, the ladder with the
// current rung, the answers with what each does, and the other side's last reply with its "Why?".
// A modal the player must answer, like a counter-offer; the game waits until the crisis ends.
import { capitalized, gameLog, logOfTurn, openCrisis, type CrisisLogEntry, type CrisisReply, type GameState, type LogEntry, type ScenarioIndex } from '../engine';
import type { PlayerEvent } from '../machines/events';
import type { ScenarioCrisis } from '../scenario/schema';
import './crisisPanel.css';
import { announce } from './announce';
import { crisisAnswerCard } from './crisisAnswerCard';
import { CRISIS_STEP_WORDS, crisisOutcomeWords, crisisTitle, replyWords, rungPhrase, rungWords } from './crisisText';
import { openDialog } from './dialog';
import { pendingDialog, type PendingDialog } from './pendingDialog';
import { h, type Child } from './dom';
import { termsTable, whyButton } from './explain';
import { own, phrase, phraseNodes, scenarioText } from './scenarioText';
import { actorName, changeList, effectList, nameInSentence, seatChoseWords, seatWeighingWords, sourcesDetails } from './text';

/** The rules' weighing of a reply: every term and the chance of backing down (also the advisor's view of a seat). */
export function crisisWeighing(index: ScenarioIndex, r: Pick<CrisisReply, 'actor' | 'terms' | 'score' | 'chance'>): Child {
  return [
    termsTable(index, r.terms, 'Score (sum of the terms)', r.score, `How ${nameInSentence(index, r.actor)} weighed backing down`),
    h('dl', { class: 'roll' }, h('dt', null, 'Chance of backing down'), h('dd', null, `${r.chance}% = 50 ${r.score < 0 ? '−' : '+'} ${Math.abs(r.score)}, kept between 3 and 97`)),
  ];
}

function replyResult(index: ScenarioIndex, r: CrisisReply): string {
  const actor = nameInSentence(index, r.actor);
  if (r.roll === null) return `${seatChoseWords(actor, r.decidedBy)}: ${actor} ${CRISIS_STEP_WORDS[r.reply]}. A seat's reply is certain, no die is rolled. ${seatWeighingWords(r.decidedBy)}`;
  return r.reply === 'back-down'
    ? `The roll, ${r.roll}, is below the chance of ${r.chance}: ${actor} backed down.`
    : r.reply === 'hold'
      ? `The roll, ${r.roll}, is not below the chance of ${r.chance}, but below ${r.holdBelow} (the chance plus 40): ${actor} held.`
      : `The roll, ${r.roll}, is not below ${r.holdBelow} (the chance plus 40): ${actor} escalated.`;
}

/** The other side's reply explained: every term, the chance of backing down, the roll. */
export function crisisReplyExplanation(index: ScenarioIndex, r: CrisisReply): Child {
  return [
    crisisWeighing(index, r),
    h(
      'dl',
      { class: 'roll' },
      h('dt', null, 'Roll of the die (0–99)'),
      h('dd', null, r.roll === null ? 'none (a seat decided)' : String(r.roll)),
      h('dt', null, 'Result'),
      h('dd', null, replyResult(index, r)),
    ),
  ];
}

/** The other side's reply explained in a dialog of its own: from the turn report and the replay, whose column is narrow. */
export function openWhyCrisisReply(index: ScenarioIndex, r: CrisisReply): void {
  openDialog({ title: `Why did ${nameInSentence(index, r.actor)} ${r.reply.replace('-', ' ')}?`, content: crisisReplyExplanation(index, r), class: 'why' });
}

/**
 * A reply's "Why?" (the turn report's, the game log's), named by its place among its crisis's
 * replies of that turn, "…, reply 2": two read alike in a screen reader's list of buttons. `log`:
 * entries holding this one (the turn's, or the whole game's).
 */
export function crisisReplyWhy(index: ScenarioIndex, log: readonly LogEntry[], e: Extract<LogEntry, { kind: 'crisis-reply' }>, key: string): HTMLButtonElement {
  const nth = log.slice(0, log.indexOf(e) + 1).filter((x) => x.kind === 'crisis-reply' && x.turn === e.turn && x.reply.crisis === e.reply.crisis).length;
  return whyButton(phraseNodes(index, phrase`${actorName(index, e.reply.actor)}, ${own(crisisTitle(index, e.reply.crisis))}, reply ${nth}`), key, () => openWhyCrisisReply(index, e.reply));
}

export function ladderList(index: ScenarioIndex, crisis: ScenarioCrisis, rung: number): Child {
  return h(
    'ol',
    { class: 'crisis-ladder', attrs: { 'aria-label': 'The ladder, lowest rung first' } },
    crisis.ladder.map((r, i) =>
      h(
        'li',
        { class: i === rung ? 'current' : i < rung ? 'passed' : '', attrs: i === rung ? { 'aria-current': 'step' } : {} },
        scenarioText(index, 'strong', null, r.title),
        i === rung ? ' (now)' : i === crisis.ladder.length - 1 ? ' (top: the crisis ends here)' : '',
        h('span', { class: 'small muted' }, ' — ', scenarioText(index, 'span', null, r.text)),
      ),
    ),
  );
}

/** This crisis's entries so far, with the other side's "Why?" open to read. */
function historyOf(index: ScenarioIndex, g: GameState, crisisId: string, opened: number): Child {
  const entries = logOfTurn(g, opened).filter((e): e is Extract<CrisisLogEntry, { kind: 'crisis-answer' | 'crisis-reply' }> => (e.kind === 'crisis-answer' && e.crisis === crisisId) || (e.kind === 'crisis-reply' && e.reply.crisis === crisisId));
  if (entries.length === 0) return null;
  return [
    h('h3', null, 'So far'),
    h(
      'ul',
      { class: 'crisis-history' },
      entries.map((e) =>
        e.kind === 'crisis-answer'
          ? h('li', null, phraseNodes(index, phrase`You answered “${own(index.scenario.crises.find((c) => c.id === crisisId)?.answers.find((a) => a.id === e.answer)?.title ?? e.answer)}”.`), changeList(index, e.changes))
          : h(
              'li',
              null,
              `${capitalized(replyWords(index, e.reply))}.`,
              changeList(index, e.changes),
              h('details', { class: 'why-inline' }, h('summary', null, `Why did ${nameInSentence(index, e.reply.actor)} answer so?`), crisisReplyExplanation(index, e.reply)),
            ),
      ),
    ),
  ];
}

/** Opens, redraws or closes the panel to match the game. */
export type CrisisPanel = PendingDialog;

/**
 * The crisis panel's controller: `phase()` and `state()` read the game, `send` gives the answer
 * (and redraws the screen), `returnFocus` names where focus goes when the crisis is over.
 */
export function crisisPanel(index: ScenarioIndex, io: { phase(): string; state(): GameState; send(event: PlayerEvent, describe: (g: GameState) => string): void; returnFocus(): HTMLElement | null }): CrisisPanel {
  const openNow = () => (io.phase() === 'crisis' ? openCrisis(io.state()) : null);
  // One dialog per step of the crisis: a new answer or reply redraws it.
  return pendingDialog<string>(
    () => {
      const open = openNow();
      return open === null ? null : `${open.crisis}/${open.openedTurn}/${gameLog(io.state()).length}`;
    },
    () => {
      const g = io.state();
      const open = openNow()!;
      const crisis = index.scenario.crises.find((c) => c.id === open.crisis)!;
      const other = nameInSentence(index, crisis.other);
      const answer = (id: string, title: string) =>
        io.send({ type: 'ANSWER_CRISIS', answer: id }, (after) => {
          const ended = after.crises.find((c) => c.crisis === open.crisis && c.openedTurn === open.openedTurn);
          const afterLog = gameLog(after);
          const reply = [...afterLog].reverse().find((e): e is Extract<CrisisLogEntry, { kind: 'crisis-reply' }> => e.kind === 'crisis-reply' && e.reply.crisis === open.crisis);
          const replied = reply && afterLog.indexOf(reply) >= gameLog(g).length ? ` ${capitalized(other)} ${CRISIS_STEP_WORDS[reply.reply.reply]}.` : '';
          return `You answered “${title}”.${replied} ${ended?.outcome ? `The crisis is over: ${crisisOutcomeWords(index, ended.outcome)}.` : `The crisis stands on ${rungWords(index, open.crisis, ended?.rung ?? open.rung)}.`}`;
        });
      const answers = crisis.answers.map((a) => crisisAnswerCard(index, g, crisis, a, open.rung, () => answer(a.id, a.title)));
      const outcomes = h(
        'details',
        { class: 'option-effects' },
        h('summary', null, 'What each ending of the crisis does'),
        h('p', { class: 'small' }, 'If you back down:'),
        effectList(index, crisis.onPlayerBacksDown) ?? h('p', { class: 'small muted' }, 'no change'),
        h('p', { class: 'small' }, `If ${other} backs down:`),
        effectList(index, crisis.onOtherBacksDown) ?? h('p', { class: 'small muted' }, 'no change'),
        h('p', { class: 'small' }, 'If both hold and settle:'),
        effectList(index, crisis.onSettled) ?? h('p', { class: 'small muted' }, 'no change'),
        h('p', { class: 'small' }, phraseNodes(index, phrase`At the top rung (“${own(crisis.ladder.at(-1)!.title)}”):`)),
        effectList(index, crisis.ladder.at(-1)!.effects) ?? h('p', { class: 'small muted' }, 'no change'),
      );
      const opened = openDialog({
        title: [`Crisis with ${other}: `, scenarioText(index, 'span', null, crisis.title)],
        class: 'crisis-dialog wide',
        mustAnswer: true,
        content: [
          scenarioText(index, 'p', { class: 'lead' }, crisis.text),
          h('p', null, h('strong', null, 'At stake: '), scenarioText(index, 'span', null, crisis.stake)),
          h('p', { class: 'crisis-rung' }, phraseNodes(index, phrase`The crisis stands on ${rungPhrase(index, open.crisis, open.rung)}.`)),
          ladderList(index, crisis, open.rung),
          historyOf(index, g, open.crisis, open.openedTurn),
          h('h3', null, 'Your answer'),
          h('ul', { class: 'crisis-answers' }, answers),
          outcomes,
          sourcesDetails(index, crisis.sources, 'Sources of this crisis'),
        ],
        actions: [],
        returnFocus: io.returnFocus,
      });
      // Later steps are announced by the answer's own status line.
      if (open.lastAnswer === null) announce(`Crisis with ${other}: ${crisis.title}. It stands on ${rungWords(index, open.crisis, open.rung)}. Choose your answer.`);
      return opened;
    },
  );
}

// The advisor's "What if?" on the play screen: for ending the turn now and for each open option,
// the playthroughs of the rest of the game (src/app/advice.ts, run in workers by runAdvice.ts),
// drawn as small charts with the figures as text. It says plainly what the figures are.
import { adviceSeed, bestAndNext, DEFAULT_ROLLOUTS, sameDice, sameDiceCounts, sameDiceVerdict, type ChoiceAdvice, type SameDice } from '../../app/advice';
import type { BrowserGame } from '../../app/browser/game';
import { availableOptions } from '../../engine';
import { announce } from '../announce';
import { atMostEvery } from '../atMostEvery';
import { board } from '../boardHost';
import { openDialog } from '../dialog';
import { showRefusalNotice } from '../refusalNotice';
import { button, h, render, type Child } from '../dom';
import { seatsCaveat } from '../seatsText';
import { joinPhrases, own, phrase, phraseNodes, phraseText, scenarioText, type Phrase } from '../scenarioText';
import { nameInSentence, optionTitle, plural } from '../text';
import { endingsBar, endingShares, endingsLegend, endingTitle, scoreBand } from './adviceCharts';
import { aheadWanted, setAheadWanted } from './adviceAhead';
import { runAdvice, type AdviceResult } from './runAdvice';
import { followLabel } from './followLabel';
import './advisor.css';

const WHAT_IT_IS =
  'Each choice below was played out from this moment to the end of the game, over and over, with fresh dice and the computer’s choices for the rest of the game (it proposes what adds most to the score per unit of capital). ' +
  'The scores are those at the end of the game, the ending’s bonus included: the score of the tracks now is only part of one. ' +
  'These are playthroughs with the computer’s choices, not a prediction of this game’s own dice, which the advisor never sees.';

/**
 * The playthroughs let the scenario's rules decide for every other state: in a game where players or
 * bots hold other seats (hot-seat, a class game, bots in seats) they are another game, as the
 * debrief's bot games are. A hot-seat player was not told so.
 */
function seatsNote(game: BrowserGame): Child {
  const caveat = seatsCaveat(game.index, game.seatsHeld(), 'yours');
  return caveat === null ? null : h('p', { class: 'small', attrs: { 'data-testid': 'advice-seats-caveat' } }, caveat);
}

/** Each choice's verb as what one does, for a choice named inside a sentence. */
const DOING = { Propose: 'proposing', 'Carry out': 'carrying out', End: 'ending' } as const;

/** A choice as a verb and what follows it: "Propose" and "“…” to China", "End" and "the turn without proposing". */
function choiceWords(game: BrowserGame, option: string | null): [verb: keyof typeof DOING, rest: Phrase] {
  if (option === null) return ['End', [game.session.game().proposals.length === 0 ? 'the turn without proposing' : 'the turn with what is proposed']];
  const target = game.index.options.get(option)?.target;
  return target ? ['Propose', phrase`“${own(optionTitle(game.index, option))}” to ${nameInSentence(game.index, target)}`] : ['Carry out', phrase`“${own(optionTitle(game.index, option))}”`];
}

/** A choice as a command: "Propose “…” to China", "End the turn without proposing" (the option's title kept apart). */
function choiceName(game: BrowserGame, option: string | null): Phrase {
  const [verb, rest] = choiceWords(game, option);
  return phrase`${verb} ${rest}`;
}

/** A choice inside a sentence, as what one does: "proposing “…” to China", "ending the turn without proposing". */
function choiceDoing(game: BrowserGame, option: string | null): Phrase {
  const [verb, rest] = choiceWords(game, option);
  return phrase`${DOING[verb]} ${rest}`;
}

/**
 * What the choice's plan leaves of this turn's diplomatic capital: a plan that spends it all leaves
 * nothing for a crisis's answer or a counter-offer's extra cost later in the turn.
 */
function capitalWords(game: BrowserGame, plan: readonly string[]): string {
  const capital = game.session.game().capital;
  const cost = plan.reduce((sum, id) => sum + (game.index.options.get(id)?.cost ?? 0), 0);
  const left = capital - cost;
  const leaves = left <= 0 ? 'leaves none for a crisis or a counter-offer this turn' : `leaves ${left}`;
  return cost === 0 ? `Spends no diplomatic capital: ${capital} left.` : `Spends ${cost} of your ${capital} diplomatic capital; ${leaves}.`;
}

/** Queues a plan's proposals (the play screen's own way, so that a class game's link carries them). */
export type FollowPlan = (options: readonly string[]) => void;

/** One click queues the whole plan (its figures are the plan's, not its first proposal's); the turn stays open. */
function followButton(game: BrowserGame, choice: ChoiceAdvice, then: readonly string[], follow: FollowPlan): HTMLButtonElement {
  const label = followLabel(choice.plan.map((id) => game.index.options.get(id)?.target !== undefined));
  // The spoken name starts with the visible words (WCAG's label in name).
  const name = `${label}: ${phraseText(choiceName(game, choice.option))}${then.length > 0 ? ', then the computer’s other proposals' : ''}; the turn stays open`;
  return button(label, () => follow(choice.plan), { class: 'secondary', key: `advice-follow-${choice.option}`, attrs: { 'aria-label': name } });
}

/**
 * How often the cards are drawn again while choices come in. On two cores, drawing each of a 2019
 * first opening's 16 choices as it came took about a tenth of a second of the page's thread and as
 * much of the compositor's from the workers' run.
 */
const PROGRESS_DRAW_MS = 250;

/** A card's mark: the highest median (the first on a tie, as the summary names it), another with the same median, or none. */
type Mark = 'best' | 'tied' | null;

const MARK_WORDS = { best: ' (highest median)', tied: ' (the same median as the highest)' } as const;

/**
 * The other choices whose plans hold the same proposals in another order ("A, then B" and "B,
 * then A"): a newcomer read their different figures as a contradiction.
 */
function sameProposals(options: readonly ChoiceAdvice[]): Map<ChoiceAdvice, ChoiceAdvice[]> {
  const keys = new Map(options.map((o) => [o, [...o.plan].sort().join('\n')]));
  return new Map(options.map((o) => [o, o.plan.length < 2 ? [] : options.filter((other) => other !== o && keys.get(other) === keys.get(o))]));
}

/**
 * What the order of the same proposals did on these dice: in another order each proposal meets
 * another die, and is weighed after other deals: the figures may differ a little or a lot, or not
 * at all (a helper read "the figures differ" beside two identical cards).
 */
function orderWords(choice: ChoiceAdvice, twins: readonly ChoiceAdvice[]): string {
  const same = (other: ChoiceAdvice) => other.scores.length === choice.scores.length && other.scores.every((score, i) => score === choice.scores[i]);
  if (twins.every(same)) return 'on these dice the order changed nothing, every playthrough scored the same.';
  return 'each proposal then meets another die, and is weighed after other deals, so the figures differ.';
}

function choiceCard(game: BrowserGame, choice: ChoiceAdvice, lo: number, hi: number, mark: Mark, follow: FollowPlan | null, twins: readonly ChoiceAdvice[]): HTMLElement {
  const { index } = game;
  const then = choice.plan.slice(choice.option === null ? 0 : 1);
  const endings = endingShares(choice)
    .filter((e) => e.count > 0)
    .map((e) => phrase`${own(endingTitle(index, e.id))} ${e.percent}\u00a0%`);
  const words = (p: Phrase) => phraseNodes(index, p);
  return h(
    'li',
    // tabindex -1: "Show it" in the summary moves focus here when the choice has no button.
    { class: `advice-choice${mark === null ? '' : ` ${mark}`}`, attrs: { 'data-option': choice.option ?? '', tabindex: -1 } },
    h('h3', null, words(choiceName(game, choice.option)), mark === null ? null : h('span', { class: 'advice-mark' }, MARK_WORDS[mark])),
    then.length > 0 ? h('p', { class: 'small muted' }, words(phrase`Then the computer also chooses ${joinPhrases(then.map((id) => phrase`“${own(optionTitle(index, id))}”`), ', ')}.`)) : null,
    twins.length > 0
      ? h('p', { class: 'small muted', attrs: { 'data-testid': 'advice-same-proposals' } }, words(phrase`The same proposals as ${joinPhrases(twins.map((t) => choiceDoing(game, t.option)), ' and as ')}, in another order: ${orderWords(choice, twins)}`))
      : null,
    h('p', { class: 'small muted', attrs: { 'data-testid': 'advice-capital' } }, capitalWords(game, choice.plan)),
    endingsBar(index, choice),
    h('p', { class: 'small' }, words(phrase`Endings: ${joinPhrases(endings, ', ')}.`)),
    scoreBand(choice, lo, hi),
    h('p', { class: 'small', attrs: { 'data-testid': 'advice-score' } }, `Median score ${choice.median}; 8 playthroughs in 10 between ${choice.low} and ${choice.high}.`),
    follow && choice.option !== null ? followButton(game, choice, then, follow) : null,
    // Ending the turn is the play screen's own button: the card says where it is.
    follow && choice.option === null ? h('p', { class: 'small muted' }, 'To follow it, close this and press End turn.') : null,
  );
}

/** The highest median against another choice on the same dice, for the table: more / less, and whether too close to call. */
function againstBest(compared: SameDice | undefined): string {
  // The counts never part; "(too close)" may go to a line of its own, so the column stays narrow.
  return compared ? `${compared.wins}\u00a0/\u00a0${compared.losses}${compared.tooClose ? ' (too\u00a0close)' : ''}` : '—';
}

/** Every figure in one table (a disclosure), for reading and comparing by screen reader or keyboard. `vsBest`: each other choice against the highest median. */
function adviceTable(game: BrowserGame, choices: readonly ChoiceAdvice[], vsBest: ReadonlyMap<ChoiceAdvice, SameDice>): HTMLElement {
  const { endings } = game.index.scenario;
  const col = (text: string, num = true) => h('th', { attrs: { scope: 'col' }, class: num ? 'num' : undefined }, text);
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', null, 'All the figures as a table'),
    h('p', { class: 'small muted' }, '“Best: more / less”: on the same dice, in how many playthroughs the highest median scored more and less than this choice (“too close” when other dice could well order them the other way).'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'small' }, 'Each choice’s median score and its band (8 playthroughs in 10 between the “10 %” and “90 %” columns), then each ending’s share; on a narrow screen the table scrolls sideways.'),
        h('thead', null, h('tr', null, col('Choice', false), col('Median'), col('10\u00a0%'), col('90\u00a0%'), col('Best: more / less'), endings.map((e) => scenarioText(game.index, 'th', { attrs: { scope: 'col' }, class: 'num' }, e.title)))),
        h(
          'tbody',
          null,
          choices.map((c) =>
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' } }, phraseNodes(game.index, choiceName(game, c.option))),
              [c.median, c.low, c.high].map((v) => h('td', { class: 'num' }, String(v))),
              h('td', { class: 'num against-best', attrs: { 'data-testid': 'advice-against-best' } }, againstBest(vsBest.get(c))),
              endingShares(c).map((e) => h('td', { class: 'num' }, `${e.percent}\u00a0%`)),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * How the highest median fared against the next highest on the same dice, playthrough by
 * playthrough, and whether that is too close to call: the medians alone do not say how sure.
 */
function againstNext(game: BrowserGame, best: ChoiceAdvice, next: ChoiceAdvice, compared: SameDice): HTMLElement {
  // On a tie in medians the one named first has the higher mean (bestAndNext).
  const which = next.median === best.median ? phrase`${choiceDoing(game, next.option)}, which has the same median` : phrase`${choiceDoing(game, next.option)} (the next highest median, ${next.median})`;
  return h(
    'p',
    { class: 'small', attrs: { 'data-testid': 'advice-against-next' } },
    phraseNodes(game.index, phrase`On the same dice it scored more than ${which}, ${sameDiceCounts(compared)}. `),
    sameDiceVerdict(compared, next.median === best.median),
  );
}

/** The highest median in words above the cards (it may be far down the list), and a way to its card; `tied`: how many others have the same median. */
function bestSummary(game: BrowserGame, best: ChoiceAdvice, tied: number): HTMLElement {
  const show = () => {
    const card = document.querySelector<HTMLElement>(`.advisor-dialog .advice-choice[data-option="${CSS.escape(best.option ?? '')}"]`);
    card?.scrollIntoView({ block: 'center' });
    (card?.querySelector<HTMLElement>('button') ?? card)?.focus({ preventScroll: true });
  };
  return h(
    'p',
    { class: 'advice-summary', attrs: { 'data-testid': 'advice-best' } },
    phraseNodes(game.index, phrase`Highest median: ${choiceName(game, best.option)}, ${best.median} (8 playthroughs in 10 between ${best.low} and ${best.high})`),
    tied === 0 ? '. ' : `; ${plural(tied, 'other choice')} ${tied === 1 ? 'has' : 'have'} the same median. `,
    button('Show it', show, { class: 'secondary small', key: 'advice-show-best' }),
  );
}

/** The player's choice to have each turn's advice worked out before asking (adviceAhead.ts). */
function aheadBox(): HTMLElement {
  const box = h('input', { type: 'checkbox', key: 'advice-ahead', on: { change: () => setAheadWanted(box.checked) } });
  box.checked = aheadWanted();
  return h('label', { class: 'small advice-ahead' }, box, ' Work out each turn’s advice as it opens, while I read (on spare cores)');
}

/** What the status says of a whole advice: how many playthroughs, in how long, and from when. */
function doneStatus(result: AdviceResult, rollouts: number): string {
  const choices = result.advice.options.length;
  const played = `${plural(choices, 'choice')}, ${plural(choices * rollouts, 'playthrough')}`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (result.earlierMs !== undefined) {
    return result.ahead
      ? `${played}, worked out ahead in ${seconds(result.earlierMs)}, before you asked: nothing has been played since.`
      : `${played}, worked out in ${seconds(result.earlierMs)} when the advisor was last open: nothing has been played since.`;
  }
  if (result.workers === 0) return `${played} in ${seconds(result.elapsedMs)} (in the page: workers were not available).`;
  if (result.begunMs !== undefined) return `${played} in ${seconds(result.elapsedMs)} from your click (begun ahead, ${seconds(result.begunMs)} before).`;
  return `${played} in ${seconds(result.elapsedMs)}.`;
}

/**
 * The cards of the choices played out so far, on one score scale. Only the whole advice marks the
 * highest median and adds the table: a choice still playing may beat the best so far.
 */
function adviceContent(game: BrowserGame, options: readonly ChoiceAdvice[], rollouts: number, seed: string, whole: boolean, follow: FollowPlan | null): Child[] {
  const lo = Math.min(...options.map((o) => o.low));
  const hi = Math.max(...options.map((o) => o.high));
  const ranked = whole ? bestAndNext(options) : null;
  const markOf = (o: ChoiceAdvice): Mark => (ranked === null || o.median !== ranked.best.median ? null : o === ranked.best ? 'best' : 'tied');
  const tied = options.filter((o) => markOf(o) === 'tied').length;
  // Every other choice against the highest median, once: for the line under it and the table.
  const vsBest = new Map(ranked === null ? [] : options.filter((o) => o !== ranked.best).map((o) => [o, sameDice(ranked.best, o)] as const));
  const twins = sameProposals(options);
  return [
    ranked === null ? null : bestSummary(game, ranked.best, tied),
    ranked?.next ? againstNext(game, ranked.best, ranked.next, vsBest.get(ranked.next)!) : null,
    h('p', { class: 'small muted' }, `Each card’s score band is drawn on one scale, from ${lo} to ${hi} points. ${rollouts} playthroughs per choice, over the advisor’s own dice (seed “${seed}”, so the same advice comes again).`),
    endingsLegend(game.index),
    h('ol', { class: 'advice-choices' }, options.map((o) => choiceCard(game, o, lo, hi, markOf(o), follow, twins.get(o)!))),
    whole ? adviceTable(game, options, vsBest) : null,
  ];
}

/**
 * Opens the advisor on the present planning; the playthroughs stop if it is closed first.
 * `asked`: when the player asked (performance.now()), the start of the wait it reports.
 * `follow`: queues a choice's plan when its button is pressed (none without it).
 */
export function openAdvisor(game: BrowserGame, options: { asked?: number; follow?: FollowPlan } = {}, rollouts = DEFAULT_ROLLOUTS): void {
  const asked = options.asked ?? performance.now();
  const state = game.session.game();
  // The choices: ending the turn, and each open option (see candidatesAt).
  const choices = 1 + availableOptions(state, game.index).length;
  // Not a live region: the progress would chatter; the result is announced once.
  const status = h('p', { class: 'advice-status', attrs: { 'data-testid': 'advice-status' } }, `Playing each of ${choices} choices out ${rollouts} times in the background…`);
  const results = h('div', { class: 'advice-results', attrs: { 'aria-busy': 'true' } });
  let stop = () => {};
  if (game.phase() !== 'planning') {
    openDialog({ title: 'What if?', content: h('p', null, 'The advisor plays out the choices of a turn’s planning: answer what the game waits for first.') });
    return;
  }
  const release = board().hold();
  // The dialog opens after the run has started (below): its drawing then overlaps the workers' start.
  let close = () => {};
  const follow = options.follow;
  const followAndClose = follow
    ? (plan: readonly string[]) => {
        close();
        follow(plan);
      }
    : null;
  const seed = adviceSeed(state);
  // The choices played out so far are shown while the rest play, so that the first cards can be
  // read, but drawn at most every PROGRESS_DRAW_MS: each drawing is the whole list at a new scale.
  const drawProgress = atMostEvery(PROGRESS_DRAW_MS, (done: number, sofar: readonly (ChoiceAdvice | undefined)[]) => {
    status.textContent = `${done} of ${choices} choices played out (${rollouts} times each)…`;
    if (status.dataset.firstChoiceMs === undefined) status.dataset.firstChoiceMs = String(Math.round(performance.now() - asked));
    render(results, adviceContent(game, sofar.filter((c) => c !== undefined), rollouts, seed, false, followAndClose));
  });
  stop = runAdvice(game.index, state, rollouts, seed, {
    progress: drawProgress,
    done: (result) => {
      drawProgress.cancel();
      status.textContent = doneStatus(result, rollouts);
      status.dataset.elapsedMs = String(Math.round(result.elapsedMs));
      status.dataset.workers = String(result.workers);
      if (result.earlierMs !== undefined) status.dataset.remembered = 'true';
      if (result.ahead) status.dataset.ahead = 'true';
      render(results, adviceContent(game, result.advice.options, rollouts, seed, true, followAndClose));
      results.setAttribute('aria-busy', 'false');
      announce(`The advisor is ready: ${result.advice.options.length} choices.`);
    },
    failed: (error) => {
      status.textContent = `The advisor could not play the choices out: ${error}`;
    },
  }, asked);
  const opened = openDialog({
    title: `What if? Turn ${state.turn}`,
    class: 'wide advisor-dialog',
    content: [h('p', null, WHAT_IT_IS), seatsNote(game), status, results],
    actions: [aheadBox()],
    onClose: () => {
      stop();
      drawProgress.cancel();
      release();
      unsubscribe();
    },
  });
  close = opened.close;
  // A class game can move on under the dialog (the teacher ends the turn, its time runs out): the
  // advice and its plans are then of a position left behind, so it closes, saying why. (Following
  // a plan closes it before proposing.)
  const unsubscribe = game.subscribe(() => {
    if (!opened.dialog.open || game.session.game() === state) return;
    close();
    const why =
      game.session.game().turn !== state.turn || game.phase() !== 'planning'
        ? `The advisor closed: the game moved on from turn ${state.turn}’s planning, which it played out.`
        : 'The advisor closed: the proposals changed since it played the choices out. Press “What if?” again for the new position.';
    showRefusalNotice(why);
    announce(why);
  });
}

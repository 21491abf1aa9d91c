// The debrief's "Against the computer": the player's score beside seeded bot games of the same
// scenario. The quick bots' games (greedy and random, and the greedy bot on the player's seed) come
// back in a moment; the expert's, a few seconds each (it plays every turn out thousands of times),
// are played in a second worker meanwhile, so the panel does not wait for them.
import type { Scenario } from '../scenario/schema';
import type { ScenarioIndex } from '../engine';
import { compareWithBots } from '../app/browser/botCompare';
import { EXPERT_GAMES, expertBotGames, median, standardBotGames, type BotGameResult, type BotMessage } from '../app/browser/botGames';
import { announce } from './announce';
import { notTheRulesWords } from './seatsText';
import { h, render as renderInto, type Child } from './dom';
import { scenarioSpan } from './scenarioText';
import { playerWords } from './text';

/** A term and its value in a description list. */
export function detail(term: string, value: Child, testid?: string): HTMLElement[] {
  return [h('dt', null, term), h('dd', { attrs: { 'data-testid': testid } }, value)];
}

/** The expert's median beside the player's score: "The expert's median is 9 more than your score." */
function expertWords(expertMedian: number, mine: number, your: string): string {
  const gap = expertMedian - mine;
  return `The expert’s median is ${gap === 0 ? `the same as ${your} score` : `${Math.abs(gap)} ${gap > 0 ? 'more' : 'less'} than ${your} score`}.`;
}

/**
 * The player's score among the seeded bot games: the quick games but their last (the greedy bot on
 * the player's own seed), and the expert's once in.
 */
function standing(quick: readonly BotGameResult[], expert: readonly BotGameResult[] | null, mine: number) {
  const scores = [...quick.slice(0, -1), ...(expert ?? [])].map((r) => r.score);
  return { games: scores.length, best: Math.max(...scores), mid: median(scores), place: scores.filter((s) => s > mine).length + 1, below: scores.filter((s) => s < mine).length };
}

/**
 * Where people or bots held other states' seats (`seatsWords`: who decided for each, as the record
 * tells it), the bot games are not the same game: in them the scenario's rules decide for every
 * other state (a hot-seat game was ranked among them with no word).
 */
function seatsCaveat(seatsWords: string | undefined): HTMLElement | null {
  if (!seatsWords) return null;
  return h('p', { class: 'small', attrs: { 'data-testid': 'bots-seats-caveat' } }, notTheRulesWords(seatsWords, 'were', 'the bot games', 'yours'));
}

/**
 * Fills `panel` as the games come back; aria-busy turns false once the expert's are in too. Returns
 * a stop. `byPlayer` false: read by someone who did not play the player's seat (a class game's
 * teacher, or a student on another seat), who reads the player's name, not "you".
 */
export function mountBotsPanel(panel: HTMLElement, game: { index: ScenarioIndex; seed: string; score: number; byPlayer?: boolean; seatsWords?: string }): () => void {
  const { index } = game;
  const scenario: Scenario = index.scenario;
  let quick: BotGameResult[] | null = null;
  let expert: BotGameResult[] | null = null;
  let quickNote: string | null = null;
  let expertNote = `playing its ${EXPERT_GAMES} games…`;
  let expertFailed = false;

  const who = playerWords(index, game.byPlayer ?? true);

  const render = () => {
    const content: Child[] = [h('h2', { id: 'bots-title' }, 'Against the computer')];
    if (!quick) content.push(h('p', { class: 'muted' }, quickNote ?? 'Playing seeded bot games of this scenario…'));
    else {
      const { games, best, mid, place, below } = standing(quick, expert, game.score);
      const expertMedian = expert ? median(expert.map((r) => r.score)) : null;
      const mine = game.score;
      const onMySeed = quick.at(-1)!;
      content.push(
        h(
          'dl',
          { class: 'bot-scores' },
          detail(`${who.Your} score`, String(mine), 'bots-mine'),
          // Which games the figures are of: the quick bots' first, then with the expert's (a newcomer saw 50 become 61 unexplained).
          detail(expert ? `Best of ${games} bot games, the expert’s ${EXPERT_GAMES} among them` : `Best of ${games} quick bot games${expertFailed ? '' : ' (the expert’s to come)'}`, String(best), 'bots-best'),
          detail('Median of those games', String(mid), 'bots-median'),
          detail(`The expert, median of its ${EXPERT_GAMES} games`, expertMedian === null ? expertNote : String(expertMedian), 'bots-expert'),
          detail('A greedy bot on this game’s seed', [`${onMySeed.score} (`, scenarioSpan(index, scenario.endings.find((e) => e.id === onMySeed.ending)?.title ?? onMySeed.ending), ')']),
        ),
        // The place is said once every game is in: said on the quick games alone, it changed under
        // the reader's eyes when the expert's came.
        h(
          'p',
          { attrs: { 'data-testid': 'bots-verdict' } },
          !expert
            ? 'The place among the bot games is said once the expert’s games are in.'
            : [
                mine > best
                  ? `${who.You} beat every bot game.`
                  : below === 0
                    ? `${place === games + 1 ? 'Every bot game scored more' : 'No bot game scored less'} (${who.you} would rank ${place} of ${games + 1}).`
                    : `${who.You} scored more than ${below} of the ${games} bot games${(place - 1) * 2 > games ? ': most scored more' : ''} (${who.you} would rank ${place} of ${games + 1}).`,
                ` ${expertWords(expertMedian!, mine, who.your)}`,
              ],
        ),
        seatsCaveat(game.seatsWords),
        h('p', { class: 'small muted' }, `The bots: “greedy” proposes what adds most to the score per unit of capital; “random” proposes at random; each played 25 games with fixed seeds. The “expert” plays each possible plan of a turn out many times over dice of its own and takes the best (${EXPERT_GAMES} games).`),
      );
    }
    renderInto(panel, content);
    panel.setAttribute('aria-busy', String(!(quick && expert)));
    sayOnceFinal();
  };

  let said = false;
  /**
   * The figures said once they are final, as the panel shows them: the quick games' best and median
   * said first changed under the reader when the expert's came (380 and 268 said, 394 and 284 shown).
   */
  const sayOnceFinal = () => {
    if (said || !quick || !(expert || expertFailed)) return;
    said = true;
    const { games, best, mid, place } = standing(quick, expert, game.score);
    const field = `best ${best}, median ${mid}`;
    announce(
      expert
        ? `All ${games} bot games are in: ${field}, the expert’s median ${median(expert.map((r) => r.score))}; ${who.your} score ${game.score} would rank ${place} of ${games + 1}.`
        : `The expert’s games could not be played; the ${games} quick bot games: ${field}; ${who.your} score ${game.score}.`,
    );
  };

  const request = (games: ReturnType<typeof standardBotGames>) => ({ scenario, hash: index.hash, games });
  const stopQuick = compareWithBots(request(standardBotGames(game.seed, 25, 0)), (m: BotMessage) => {
    if (m.type === 'progress') quickNote = `${m.done} of ${m.total} bot games played…`;
    else if (m.type === 'error') quickNote = `The bot games could not be played: ${m.error}`;
    else quick = m.results;
    render();
  });
  // The expert's games this browser played before for the same scenario and build come at once
  // (keptBotGames.ts); the panel says so for tests. (The quick games always play the player's seed.)
  const stopExpert = compareWithBots(request(expertBotGames()), (m: BotMessage, kept?: boolean) => {
    if (kept) panel.dataset.expertKept = 'true';
    if (m.type === 'progress') expertNote = `${m.done} of ${m.total} games played…`;
    else if (m.type === 'error') {
      expertNote = `could not be played: ${m.error}`;
      expertFailed = true;
    }
    else expert = m.results;
    render();
  });
  render();
  return () => {
    stopQuick();
    stopExpert();
  };
}

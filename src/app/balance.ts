// The balance of a scenario, from two batches of bot games (the random bot's and the greedy bot's):
// the four targets with PASS/FAIL, the endings, the scores, the dead turns, the turn calendar and
// what came into play (inPlay.ts).
// One implementation for `npm run balance` (docs/balance.md), `cli balance FILE` and the editor's
// play-test, which runs it in a Web Worker: pure, no Node, no DOM.
import type { BatchReport } from '../cli/batch/report';
import { plural } from '../scenario/plural';
import type { Scenario } from '../scenario/schema';
import { inPlayOf, type InPlay } from './inPlay';
import { turnCalendar, type TurnCalendar } from './turnCalendar';

/** The targets, as the issue states them. */
export const TARGETS = {
  rarestEnding: 1, // every ending reached in at least 1 % of the random bot's games
  commonestEnding: 60, // no ending in more than 60 % of the games (checked for both bots)
  topOption: 80, // no option proposed by the greedy bot in more than 80 % of its turns
} as const;

export interface TargetCheck {
  target: string;
  /** The figure behind the verdict, in plain words (as the command line, the play-test and --json give it). */
  figure: string;
  /** The same with its ids in `backquotes`, as Markdown code (docs/balance.md). */
  figureMarkdown: string;
  pass: boolean;
  /** What to change in the file when it fails, in plain words (the command line and the play-test). */
  advice: string;
}

const pct = (x: number) => `${x.toFixed(1)} %`;

/** An id in a figure: written as it is in plain words, in backquotes in Markdown. */
const id = (value: string) => ({ id: value });

/** A figure written once, in both forms (`${id(x)}` marks an id). */
function figure(strings: TemplateStringsArray, ...values: (string | number | { id: string })[]): Pick<TargetCheck, 'figure' | 'figureMarkdown'> {
  const write = (quote: string) => strings.reduce((out, s, i) => out + s + (i < values.length ? (typeof values[i] === 'object' ? `${quote}${(values[i] as { id: string }).id}${quote}` : String(values[i])) : ''), '');
  return { figure: write(''), figureMarkdown: write('`') };
}

/** The four targets, each with its figure. */
export function checkTargets(random: BatchReport, greedy: BatchReport): TargetCheck[] {
  const rarest = [...random.endingTable].sort((a, b) => a.count - b.count)[0]!;
  const commonest = (r: BatchReport) => [...r.endingTable].sort((a, b) => b.count - a.count)[0]!;
  const topRandom = commonest(random);
  const topGreedy = commonest(greedy);
  const [topOptionId, topOption] = Object.entries(greedy.optionPicks).sort((a, b) => b[1].proposed - a[1].proposed)[0]!;
  return [
    {
      target: `Every ending is reached in at least ${TARGETS.rarestEnding} % of the random bot's games`,
      ...figure`rarest: ${id(rarest.id)} ${pct(rarest.percent)} (${plural(rarest.count, 'game')})`,
      pass: random.endingTable.every((e) => e.percent >= TARGETS.rarestEnding),
      advice: `make the condition (when:) of the ending ${rarest.id} easier to meet (the tracks at the end show the values the games reached), or the endings listed above it, checked first, harder to meet`,
    },
    {
      target: `No ending takes more than ${TARGETS.commonestEnding} % of the games (either bot)`,
      ...figure`commonest: random ${id(topRandom.id)} ${pct(topRandom.percent)}; greedy ${id(topGreedy.id)} ${pct(topGreedy.percent)}`,
      pass: topRandom.percent <= TARGETS.commonestEnding && topGreedy.percent <= TARGETS.commonestEnding,
      advice: 'make the condition (when:) of the commonest ending harder to meet, or those of the other endings easier; an ending without a condition is the fallback, reached when no other holds',
    },
    {
      target: "The greedy bot's median score beats the random bot's",
      ...figure`greedy ${greedy.score.median} vs random ${random.score.median}`,
      pass: greedy.score.median > random.score.median,
      advice: 'the score should reward the options worth their capital: check the weights under score:, and that the options that move the scored tracks cost what they give',
    },
    {
      target: `No option is proposed by the greedy bot in more than ${TARGETS.topOption} % of its turns`,
      ...figure`most proposed: ${id(topOptionId)} in ${pct(topOption.share)} of ${plural(greedy.turns.total, 'turn')}`,
      pass: topOption.share <= TARGETS.topOption,
      advice: `make the option ${topOptionId} dearer (cost:), less likely to be accepted (base:), smaller in its effects, or limited (maxTimes:, maxTries:), or give the other options more`,
    },
  ];
}

/** Said of a move in `neverMade` that was never open, by the command line and the play-test. */
export const NEVER_OPEN = 'never open: its condition was never met';

export interface BotFigures {
  count: number;
  /** Share of the bot's games, in percent, one decimal. */
  percent: number;
}

export interface BalanceReport {
  scenario: string;
  title: string;
  hash: string;
  engineVersion: string;
  /** Games per bot, and the start of their seeds (game i has the seed `seedBase-i`). */
  games: number;
  seedBase: string;
  pass: boolean;
  targets: TargetCheck[];
  endings: { id: string; title: string; random: BotFigures; greedy: BotFigures }[];
  score: Record<'random' | 'greedy', BatchReport['score']>;
  /** Turns that began with nothing the player could propose, and in how many games of each bot. */
  deadTurns: { turn: number; random: number; greedy: number }[];
  /** The greedy bot's most-proposed options (at most 8), then those it never proposed. */
  /** `alone`: a step the player takes alone (its `target` is the player's own id). */
  greedyPicks: { id: string; target: string; alone?: true; proposed: number; share: number; agreed: number }[];
  neverProposed: string[];
  /** The actors' moves (`actor/move`) that happened in no game of either bot; `open`: whether they were ever open. */
  neverMade: { move: string; open: boolean }[];
  calendar: TurnCalendar;
  /** What came into play in each bot's games (inPlay.ts). */
  inPlay: Record<'random' | 'greedy', InPlay>;
  /** Fingerprints of the two batches: equal batches have equal fingerprints. */
  fingerprints: Record<'random' | 'greedy', string>;
}

export function balanceReport(scenario: Pick<Scenario, 'calendar' | 'events'>, random: BatchReport, greedy: BatchReport): BalanceReport {
  const targets = checkTargets(random, greedy);
  const turns = new Set([...random.deadTurns, ...greedy.deadTurns].map((d) => d.turn));
  const deadIn = (r: BatchReport, turn: number) => r.deadTurns.find((d) => d.turn === turn)?.games ?? 0;
  const picks = Object.entries(greedy.optionPicks);
  return {
    scenario: random.scenario,
    title: random.scenarioTitle,
    hash: random.scenarioHash,
    engineVersion: random.engineVersion,
    games: random.games,
    seedBase: random.seedBase,
    pass: targets.every((t) => t.pass),
    targets,
    endings: random.endingTable.map((e) => {
      const g = greedy.endingTable.find((x) => x.id === e.id)!;
      return { id: e.id, title: e.title, random: { count: e.count, percent: e.percent }, greedy: { count: g.count, percent: g.percent } };
    }),
    score: { random: random.score, greedy: greedy.score },
    deadTurns: [...turns].sort((a, b) => a - b).map((turn) => ({ turn, random: deadIn(random, turn), greedy: deadIn(greedy, turn) })),
    greedyPicks: picks
      .filter(([, o]) => o.proposed > 0)
      .sort((a, b) => b[1].proposed - a[1].proposed)
      .slice(0, 8)
      .map(([id, o]) => ({ id, target: o.target, ...(o.alone && { alone: o.alone }), proposed: o.proposed, share: o.share, agreed: o.agreed })),
    neverProposed: picks.filter(([, o]) => o.proposed === 0).map(([id]) => id),
    neverMade: Object.keys(greedy.moves)
      .filter((key) => random.moves[key]!.happened + greedy.moves[key]!.happened === 0)
      .map((move) => ({ move, open: random.moves[move]!.open + greedy.moves[move]!.open > 0 })),
    calendar: turnCalendar(scenario),
    inPlay: { random: inPlayOf(random), greedy: inPlayOf(greedy) },
    fingerprints: { random: random.fingerprint, greedy: greedy.fingerprint },
  };
}

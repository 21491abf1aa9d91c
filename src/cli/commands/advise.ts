// `advise RECORD.json`: the advisor on the command line. Replays the record, and for the decision
// that comes next (a turn's planning) plays each open choice out (src/app/advice.ts), timed here.
import { performance } from 'node:perf_hooks';
import { adviceSeed, bestAndNext, DEFAULT_ROLLOUTS, sameDice, sameDiceCounts, sameDiceVerdict, type Advice } from '../../app/advice';
import { parseRecord } from '../../app/record';
import { replayRecord } from '../../app/replay';
import { phaseOf } from '../../app/session';
import { planningAt, proposalsAfter } from '../../app/turnPlanning';
import { percentShown, wholePercents } from '../../app/wholePercents';
import { booleanArg, CliFailure, integerArg, stringArg } from '../args';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import { seedArg } from './play';
import { readRecordText } from '../files';
import { findScenarioById, openScenario, whatFailed, type LoadedScenario } from '../scenarios';
import { adviceWorkers, adviseShared } from '../advice/pool';
import { seatsCaveat } from '../../ui/seatsText';

const fail = (file: string, reason: string, details: string[] = []): never => {
  throw new CliFailure(`${file}: cannot advise: ${reason}`, EXIT.usage, details);
};

async function scenarioOf(file: string, id: string, hash: string, given: string | undefined, cwd: string): Promise<LoadedScenario> {
  if (given !== undefined) {
    const opened = await openScenario(given, cwd);
    return opened.ok ? opened.loaded : fail(file, `the scenario ${given} ${whatFailed(opened)}`, opened.errors);
  }
  const { found, searched } = await findScenarioById(id, cwd, hash);
  return found[0] ?? fail(file, `no valid scenario with the id "${id}" in ${searched.join(' or ')}; give its file with --scenario FILE`);
}

/**
 * The advice, its time, with --turn what the game's player proposed in that turn (null: the record
 * stops before the turn's end), and what the playthroughs leave to the rules of a game whose other
 * states were held.
 */
type AdvisedRecord = Advice & { elapsedMs: number; workers: number; played?: string[] | null; seatsCaveat: string | null; titles: Record<string, string> };

/**
 * The advice on the record's next decision, or on turn `turn`'s planning as the record reached it;
 * and the milliseconds the playthroughs took.
 */
export async function adviseRecordFile(file: string, options: { rollouts: number; seed?: string; scenario?: string; workers?: number; turn?: number; cwd: string }): Promise<AdvisedRecord> {
  const text = await readRecordText(file, options.cwd);
  if (!text.ok) return fail(file, text.error);
  const parsed = parseRecord(text.text);
  if (!parsed.ok) return fail(file, parsed.error);
  const { record } = parsed;
  const loaded = await scenarioOf(file, record.scenario.id, record.scenario.hash, options.scenario, options.cwd);
  // The whole record is checked first; the game at a turn's planning is then its events up to there.
  const replayed = replayRecord(record, loaded.index);
  if (!replayed.ok) return fail(file, `the record does not replay${replayed.turn === null ? '' : ` (turn ${replayed.turn})`}: ${replayed.reason}`);
  const lastTurn = replayed.session.game().turn;
  const planning = options.turn === undefined ? undefined : planningAt(loaded.index, record, options.turn);
  const session = options.turn === undefined ? replayed.session : planning?.session;
  if (!session) return fail(file, `the game never reached turn ${options.turn}'s planning; it ${replayed.session.game().ending ? 'ended' : 'stops'} at turn ${lastTurn}`);
  const phase = phaseOf(session.snapshot());
  if (phase !== 'planning') {
    return fail(
      file,
      phase === 'over'
        ? `the game is over; there is no decision left (give --turn N to advise on turn N's planning as this game reached it, 1 to ${lastTurn})`
        : `the next decision is not a turn's planning (the game waits for: ${phase}); the advisor advises plans (give --turn N for a turn's planning)`,
    );
  }
  const state = session.game();
  const workers = options.workers ?? adviceWorkers();
  // Timed from before the workers start: their start is part of the wait.
  const started = performance.now();
  const advice = await adviseShared(state, loaded.index, options.rollouts, options.seed ?? adviceSeed(state), workers);
  const played = planning && { played: proposalsAfter(record, planning.events) };
  // The options' titles beside their ids: a student read "draw-seoul-away" for "Court Seoul with Far East business".
  const titles = Object.fromEntries(advice.options.flatMap((o) => (o.option === null ? [] : [[o.option, loaded.index.options.get(o.option)?.title ?? o.option]])));
  return { ...advice, elapsedMs: Math.round(performance.now() - started), workers, ...played, seatsCaveat: seatsCaveat(loaded.index, record.seats ?? {}, 'this one'), titles };
}

/** What the game's player chose in the advised turn, in the advice's names. */
function playedWords(played: string[] | null): string {
  if (played === null) return 'In this game: the record stops before the end of this turn.';
  if (played.length === 0) return 'In this game: the player ended the turn without proposing.';
  return `In this game: the player proposed ${played.join(', then ')}, then ended the turn.`;
}

function formatAdvice(a: AdvisedRecord): string[] {
  const threads = a.workers === 0 ? 'one thread' : `${a.workers + 1} threads`;
  const lines = [`Turn ${a.turn}: ${a.rollouts} playthroughs per choice with the computer's choices for the rest of the game (advisor seed "${a.seed}"), ${a.elapsedMs} ms on ${threads}.`, 'Not a prediction of this game\'s own dice.'];
  if (a.seatsCaveat !== null) lines.push(a.seatsCaveat);
  const name = (option: string | null) => option ?? '(end the turn now)';
  for (const o of a.options) {
    const percents = wholePercents(o.endings.map((e) => e.count), o.rollouts);
    const endings = o.endings
      .map((e, i) => ({ ...e, percent: percentShown(e.count, percents[i]!) }))
      .filter((e) => e.count > 0)
      .map((e) => `${e.id} ${e.percent} %`)
      .join(', ');
    const titled = o.option === null ? name(null) : `${o.option} (“${a.titles[o.option]}”)`;
    lines.push(`${titled}: median ${o.median} (10–90 %: ${o.low}–${o.high}); ${endings}`);
  }
  const { best, next } = bestAndNext(a.options);
  if (next !== null) {
    const compared = sameDice(best, next);
    // On a tie in medians the higher mean is named first (bestAndNext).
    const which = next.median === best.median ? 'the same median' : 'the next highest';
    lines.push(`Highest median: ${name(best.option)}; on the same dice it scored more than ${name(next.option)} (${which}) ${sameDiceCounts(compared)}. ${sameDiceVerdict(compared, next.median === best.median)}`);
  }
  if (a.played !== undefined) lines.push(playedWords(a.played));
  return lines;
}

export const adviseCommand: Command = {
  name: 'advise',
  summary: 'what if? play each open choice of the next decision out',
  help: `Usage: ${PROGRAM} advise RECORD.json [--turn N] [--rollouts N] [--seed SEED] [--scenario FILE] [--workers K] [--json]

Replays the game record, then for its next decision (a turn's planning), or
with --turn N for turn N's planning as the game reached it (a finished game's
record too: what would the advisor have said at turn 3? The last line then
says what the game's player proposed in that turn), plays each open
choice out: ending the turn now, or proposing one open option first
and letting the computer (the greedy bot) make the rest of the turn's plan and
every choice after. Each choice gets N playthroughs over fresh dice of the
advisor's own (seeded from the game's seed and the turn, or --seed): how often
each ending comes out, the median score and its 10-90 % band. Playthrough i of
every choice is played on the same dice, so the last line compares the highest
median with the next highest playthrough by playthrough: in how many it scored
more, less or the same, and whether that is too close to call (the sign test,
about 5 %). Not a prediction of the game's own dice, which the advisor never
reads.

Options:
  --turn N         advise on turn N's planning (after its news and offers,
                   before its first proposal) instead of the next decision
  --rollouts N     playthroughs per choice (default ${DEFAULT_ROLLOUTS}, 1 to 100000)
  --seed SEED      the advisor's seed (the same seed gives the same advice)
  --scenario FILE  the scenario file the game was played with
  --workers K      worker threads beside the main one (default: one fewer
                   than the cores, at most 3, and none on two cores, where
                   a worker's start costs more than it plays; 0 plays in
                   one thread). The advice is the same for any K; only
                   the time differs
  --json           print { "options": [ { option, plan, rollouts, endings,
                   median, low, high, scores } ], "elapsedMs", "workers",
                   "turn", "seed", "rollouts" } (scores: each playthrough's
                   final score, in playthrough order); with --turn also
                   "played": the options the game's player proposed in
                   that turn, in order (null if the record stops first)

Exit code: 0 advised; 2 the record cannot be read or replayed, its next
decision is not a turn's planning, or the game never reached turn N.

Examples:
  ${PROGRAM} advise game.json --rollouts 500
  ${PROGRAM} advise finished-game.json --turn 3`,
  options: { turn: { type: 'string' }, rollouts: { type: 'string' }, seed: { type: 'string' }, scenario: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const rollouts = integerArg(args, 'rollouts', 'advise', 1, 100_000) ?? DEFAULT_ROLLOUTS;
    const workers = integerArg(args, 'workers', 'advise', 0, 16);
    const turn = integerArg(args, 'turn', 'advise', 1, 1000);
    const seed = stringArg(args, 'seed');
    const advice = await adviseRecordFile(args.positionals[0]!, { rollouts, seed: seed === undefined ? undefined : seedArg(seed, 'advise'), scenario: stringArg(args, 'scenario'), workers, turn, cwd: io.cwd });
    const played = advice.played === undefined ? {} : { played: advice.played };
    if (booleanArg(args, 'json')) printJson(io, { options: advice.options, elapsedMs: advice.elapsedMs, workers: advice.workers, turn: advice.turn, seed: advice.seed, rollouts: advice.rollouts, ...played });
    else formatAdvice(advice).forEach((line) => io.out(line));
    return EXIT.ok;
  },
};

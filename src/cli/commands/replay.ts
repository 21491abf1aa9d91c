// `replay RECORD.json`: re-runs a game record and checks the checksum of every turn, so that a
// tampered, corrupt or outdated record is refused with the turn where it goes wrong.
import { parseRecord, type GameRecord } from '../../app/record';
import { replayRecord, resultChangeNote, scenarioVersionNote, type ScenarioVersionChange } from '../../app/replay';
import { booleanArg, stringArg } from '../args';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import { readRecordText } from '../files';
import { findScenarioById, openScenario, whatFailed, type LoadedScenario } from '../scenarios';
import { formatTurns, listTurns, type ListedTurn } from '../turnListing';

export interface ReplayReport {
  ok: boolean;
  /** 0: every turn matches; 1: the replay differs (or the scenario changed); 2: cannot be checked. */
  exitCode: 0 | 1 | 2;
  record: string;
  /** Turns replayed that match the record. */
  turns: number;
  /** Turns in the record, when it could be read. */
  recordTurns: number | null;
  firstDivergentTurn: number | null;
  reason: string | null;
  scenario: string | null;
  scenarioFile: string | null;
  seed: string | null;
  /** The name the player put on the record when downloading it (text, outside the checksums), or null. */
  playerName: string | null;
  ending: string | null;
  score: number | null;
  /** Set when the record names another version of its scenario and replays the same with this one. */
  scenarioVersionChanged: ScenarioVersionChange | null;
  /** Lines to show before the reason (the scenario file's errors). */
  details: string[];
  /** With --turns, each turn of a record that replays the same (turnListing.ts); else null. */
  turnList: ListedTurn[] | null;
  /** turnList as the text shows it. */
  turnLines: string[];
}

const report = (record: string, fields: Partial<ReplayReport>): ReplayReport => ({
  ok: false,
  exitCode: EXIT.usage,
  record,
  turns: 0,
  recordTurns: null,
  firstDivergentTurn: null,
  reason: null,
  scenario: null,
  scenarioFile: null,
  seed: null,
  playerName: null,
  ending: null,
  score: null,
  scenarioVersionChanged: null,
  details: [],
  turnList: null,
  turnLines: [],
  ...fields,
});

/** Replays a parsed record against a loaded scenario: the heart of the command, without files. */
export function verifyRecord(record: GameRecord, loaded: LoadedScenario, recordName = 'record', turns = false): ReplayReport {
  const base = { scenario: record.scenario.id, scenarioFile: loaded.file, seed: record.seed, playerName: record.playerName ?? null, recordTurns: record.checksums.length };
  const replayed = replayRecord(record, loaded.index);
  if (!replayed.ok) {
    const turn = replayed.turn;
    return report(recordName, { ...base, exitCode: EXIT.failed, turns: turn === null ? 0 : turn - 1, firstDivergentTurn: turn, reason: replayed.reason });
  }
  // Every turn matches, but the file does not say what they give: the record is not as it was written.
  if (replayed.resultChanged) return report(recordName, { ...base, exitCode: EXIT.failed, turns: replayed.turns, reason: resultChangeNote(replayed.resultChanged, loaded.index) });
  const game = replayed.session.game();
  const ending = game.ending ? { ending: game.ending.id, score: game.ending.score, turns: game.turn } : null;
  const turnList = turns ? listTurns(loaded.index, game) : null;
  const turnLines = turnList ? formatTurns(loaded.index, turnList) : [];
  return report(recordName, { ...base, ok: true, exitCode: EXIT.ok, turns: replayed.turns, ending: ending?.ending ?? null, score: ending?.score ?? null, scenarioVersionChanged: replayed.scenarioVersionChanged, turnList, turnLines });
}

/** Reads a record file, finds its scenario (given, or by id in scenarios/) and replays it. */
export async function verifyRecordFile(file: string, options: { scenario?: string; cwd: string; turns?: boolean }): Promise<ReplayReport> {
  const text = await readRecordText(file, options.cwd);
  if (!text.ok) return report(file, { reason: text.error });
  const parsed = parseRecord(text.text);
  if (!parsed.ok) return report(file, { reason: parsed.error });
  const record = parsed.record;
  const known = { scenario: record.scenario.id, seed: record.seed, recordTurns: record.checksums.length };

  let loaded: LoadedScenario;
  if (options.scenario !== undefined) {
    const opened = await openScenario(options.scenario, options.cwd);
    if (!opened.ok) return report(file, { ...known, scenarioFile: options.scenario, reason: `the scenario ${options.scenario} ${whatFailed(opened)}; the record cannot be checked`, details: opened.errors });
    loaded = opened.loaded;
  } else {
    const { found, searched } = await findScenarioById(record.scenario.id, options.cwd, record.scenario.hash);
    if (!found[0]) {
      return report(file, { ...known, reason: `no valid scenario with the id "${record.scenario.id}" in ${searched.join(' or ')}; give its file with --scenario FILE` });
    }
    loaded = found[0];
  }
  return verifyRecord(record, loaded, file, options.turns);
}

export function formatReplay(r: ReplayReport): { out: string[]; err: string[] } {
  if (r.ok) {
    const end = r.ending !== null ? `, ending "${r.ending}" with score ${r.score}` : ', game not finished';
    const matches = `${r.record}: replay matches: ${r.turns} turn${r.turns === 1 ? '' : 's'}, every checksum equal (scenario "${r.scenario}" from ${r.scenarioFile}, seed "${r.seed}"${end})`;
    const note = r.scenarioVersionChanged ? [`${r.record}: note: ${scenarioVersionNote(r.scenarioVersionChanged)}`] : [];
    return { out: [...r.turnLines, ...(r.turnLines.length > 0 ? [''] : []), matches, ...playerLine(r), ...note], err: [] };
  }
  const where = r.firstDivergentTurn !== null ? ` at turn ${r.firstDivergentTurn}` : '';
  // Every turn replayed, only the stated result is not theirs (verifyRecord).
  const resultOnly = r.exitCode === EXIT.failed && r.firstDivergentTurn === null && r.turns === r.recordTurns;
  const what = resultOnly ? `every turn matches, but` : r.exitCode === EXIT.failed ? `replay differs${where}:` : 'cannot replay:';
  return { out: [], err: [...r.details, `${r.record}: ${what} ${r.reason}`] };
}

/** The name on the record, said as the player's words: not vouched for by the checksums. */
const playerLine = (r: ReplayReport) => (r.playerName ? [`${r.record}: the name on the record: ${r.playerName} (typed by the player; not covered by the checksums)`] : []);

export const replayCommand: Command = {
  name: 'replay',
  summary: 'check a game record: replay it and compare every turn',
  help: `Usage: ${PROGRAM} replay RECORD.json [--scenario FILE] [--turns] [--json]

Re-runs a saved game (from "play --out" or the browser) and compares the
checksum after every turn with the record. A changed choice, seed or scenario
is found and the first turn that differs is named; a changed result (ending or
score), which the checksums do not cover, is found too and said with the result
the moves give. A record made with another version of its scenario (its content
hash differs, the id is the same) is accepted with a note when every turn still
replays the same. The name the player put on the record when downloading it is
printed as their words: the checksums do not cover it.

The scenario is found by the record's scenario id among scenarios/*.yaml and
scenarios/*.json, unless --scenario names the file.

Options:
  --scenario FILE   the scenario file the game was played with
  --turns           when every turn matches, first list each turn: the news,
                    the offers and answers, the proposals with each answer's
                    chance and roll, the other states' moves, the crises, the
                    agreements, and the capital and tracks at the turn's end
  --json            print {ok, turns, firstDivergentTurn, reason, playerName,
                    scenarioVersionChanged: {record, current} or null, ...}
                    (with --turns, a "turnList" of {turn, date, entries, end})

Exit code: 0 every turn matches (with another version of the scenario too);
1 the replay differs (or only the stated result does); 2 the file is not a
readable game record (or its scenario cannot be found).

Examples:
  ${PROGRAM} replay game.json
  ${PROGRAM} replay student-3.json --turns`,
  options: { scenario: { type: 'string' }, turns: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const turns = booleanArg(args, 'turns');
    const r = await verifyRecordFile(args.positionals[0]!, { scenario: stringArg(args, 'scenario'), cwd: io.cwd, turns });
    if (booleanArg(args, 'json')) {
      const { details, turnList, turnLines: _text, ...rest } = r;
      printJson(io, { ...rest, ...(details.length > 0 ? { scenarioErrors: details } : {}), ...(turns ? { turnList } : {}) });
    } else {
      const { out, err } = formatReplay(r);
      out.forEach((line) => io.out(line));
      err.forEach((line) => io.err(line));
    }
    return r.exitCode;
  },
};

// A game turn by turn for the command line (`play --turns`, `replay --turns`): what each turn's log
// says, in the words the browser's replay and turn report use (describeEntry), then the capital
// and the tracks at the turn's end. A teacher asked for it: `play` printed only the ending.
import { gameLog, tracksById, type GameState, type LogEntry, type ScenarioIndex } from '../engine';
import { dateOf, describeEntry } from '../ui/text';

export interface ListedTurn {
  turn: number;
  /** The turn's months, as the scenario's calendar names them. */
  date: string;
  /** The log's entries in the order the turn ran them, each as one line. */
  entries: { kind: LogEntry['kind']; text: string }[];
  /** Capital left and the tracks at the turn's end; null for a turn not finished. */
  end: { capital: number; tracks: Record<string, number> } | null;
}

export function listTurns(index: ScenarioIndex, game: GameState): ListedTurn[] {
  const turns = new Map<number, ListedTurn>();
  const turnOf = (turn: number) => {
    let listed = turns.get(turn);
    if (!listed) turns.set(turn, (listed = { turn, date: dateOf(index, turn), entries: [], end: null }));
    return listed;
  };
  for (const entry of gameLog(game)) {
    // A deal's entry repeats the answer's ("Japan accepted “X” (chance 68%, roll 27)"), which also
    // gives the chance and the roll; what followed a counter-offer has entries of its own.
    if (entry.kind === 'deal') continue;
    // An event's line is its title alone, which reads as news only under the browser's heading.
    const text = `${entry.kind === 'event' ? 'News: ' : ''}${describeEntry(index, entry)}`;
    turnOf(entry.turn).entries.push({ kind: entry.kind, text });
  }
  for (const summary of game.history) {
    turnOf(summary.turn).end = { capital: summary.capital, tracks: tracksById(summary.tracks, index) };
  }
  return [...turns.values()].sort((a, b) => a.turn - b.turn);
}

/** The listing as text: a heading per turn, its entries indented, then the turn's end. */
export function formatTurns(index: ScenarioIndex, turns: readonly ListedTurn[]): string[] {
  const lines: string[] = [];
  for (const t of turns) {
    if (lines.length > 0) lines.push('');
    lines.push(`Turn ${t.turn} (${t.date})`);
    if (t.entries.length === 0) lines.push('  Nothing happened.');
    for (const e of t.entries) lines.push(`  ${e.text}`);
    if (t.end) lines.push(`  At the turn's end: capital ${t.end.capital}; ${index.scenario.tracks.map((track) => `${track.name} ${t.end!.tracks[track.id]}`).join(', ')}`);
  }
  return lines;
}

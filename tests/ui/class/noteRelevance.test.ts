// How long the room's note about a turn the computer ended stays on the class screens, in a real
// game (the tutorial, China and Japan students' seats) whose turn the computer ends as the class
// server does when time is up.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/engine';
import { startSession, type GameSession } from '../../../src/app/session';
import { loadScenario } from '../../../src/scenario/load';
import { byComputer, ComputerSeats } from '../../../src/server/computerSeat';
import { noteStillShown, peopleEvents, type ShownNote } from '../../../src/ui/class/noteRelevance';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const loaded = loadScenario(readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8'), 'scenarios/tutorial.yaml');
if (!loaded.ok) throw new Error('the tutorial does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

function game(): GameSession {
  return startSession(index, 'note-1', { seats: { china: 'person', japan: 'person' }, botsAnswer: false });
}

/** The note as the screen keeps it when it comes, and whether it shows with the game as it is now. */
function noteOn(session: GameSession): { note: ShownNote; shown(ended?: boolean): boolean } {
  const now = (ended: boolean) => ({ turn: session.game().turn, people: peopleEvents(session.events), ended });
  const note = { text: `Time was up on turn ${session.game().turn}: the computer decided what the turn still waited for.`, ...now(false) };
  return { note, shown: (ended = false) => noteStillShown(note, now(ended)) };
}

/** The computer decides, as the class server does, until the turn changes; `each` after every event. */
function computerEndsTurn(session: GameSession, each: () => void = () => undefined): void {
  const computer = new ComputerSeats('note-1');
  const turn = session.game().turn;
  for (let step = 0; step < 100 && session.game().turn === turn; step++) {
    const events = computer.decide(session);
    expect(events.length).toBeGreaterThan(0);
    expect(session.send(byComputer(events[0]!, 'greedy'))).toBeNull();
    each();
  }
  expect(session.game().turn).toBe(turn + 1);
}

describe('the note on a turn the computer ended', () => {
  it('shows while the computer ends the turn and as the next begins, and goes once a student does something in it', () => {
    const session = game();
    // Russia's student proposed, then time was up.
    expect(session.send({ type: 'PROPOSE', option: 'summit-with-xi' })).toBeNull();
    const { shown } = noteOn(session);
    expect(shown()).toBe(true);
    computerEndsTurn(session, () => expect(shown()).toBe(true));
    expect(session.game().turn).toBe(2);
    expect(shown()).toBe(true);
    // Turn 2 is under way: Russia's student proposes (the note stayed through the whole of turn 2).
    expect(session.send({ type: 'PROPOSE', option: 'summit-with-xi' })).toBeNull();
    expect(shown()).toBe(false);
  });

  it('goes when the turn after it ends too, and when the game is over', () => {
    const session = game();
    const { shown } = noteOn(session);
    computerEndsTurn(session);
    expect(shown()).toBe(true);
    expect(shown(true)).toBe(false);
    // Nobody did anything in turn 2 either: the computer ended it, and turn 3 is not the note's.
    computerEndsTurn(session);
    expect(shown()).toBe(false);
  });
});

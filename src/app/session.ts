// One game being played: the game actor, the events it accepted (the record), and the per-turn
// checksums. Runs the same in the browser, the command line and a batch worker.
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { ENGINE_VERSION, newGame, type GameState, type ScenarioIndex } from '../engine';
import type { PlayerEvent, Refusal } from '../machines/events';
import { gameMachine } from '../machines/gameMachine';
import type { GameRecord } from './record';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GameActor = ActorRefFrom<typeof gameMachine>;

export interface GameSession {
  readonly index: ScenarioIndex;
  readonly seed: string;
  readonly actor: GameActor;
  /** The accepted events so far, in order. */
  readonly events: readonly PlayerEvent[];
  /** Sends an event; returns the refusal when the game refused it (and changed nothing). */
  send(event: PlayerEvent): Refusal | null;
  snapshot(): GameSnapshot;
  game(): GameState;
  /** The game's record so far: enough to replay it exactly. */
  record(): GameRecord;
}

export function startSession(index: ScenarioIndex, seed: string): GameSession {
  const actor = createActor(gameMachine, { input: { index, game: newGame(index, seed) } });
  actor.start();
  const events: PlayerEvent[] = [];
  return {
    index,
    seed,
    actor,
    events,
    send(event) {
      const before = actor.getSnapshot().context.refusal;
      actor.send(event);
      const after = actor.getSnapshot().context.refusal;
      if (after !== null && after !== before) return after;
      events.push(event);
      return null;
    },
    snapshot: () => actor.getSnapshot(),
    game: () => actor.getSnapshot().context.game,
    record() {
      const game = actor.getSnapshot().context.game;
      return {
        format: 'pivot-east-record/1',
        engineVersion: ENGINE_VERSION,
        scenario: { id: index.scenario.id, hash: index.hash, title: index.scenario.title },
        seed,
        events: [...events],
        checksums: game.history.map((h) => h.checksum),
        result: game.ending ? { ending: game.ending.id, score: game.ending.score, turns: game.turn } : null,
      };
    },
  };
}

/** What the game waits for now. */
export function phaseOf(snapshot: GameSnapshot): 'planning' | 'counter' | 'crisis' | 'over' {
  if (snapshot.matches('over')) return 'over';
  if (snapshot.matches('planning')) return 'planning';
  if (snapshot.matches('crises')) return 'crisis';
  return 'counter';
}

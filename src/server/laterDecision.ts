// The expert's decision for a room, made out of the present tick: in the process's computer thread
// (computerThread.ts) when there is one, otherwise (and when that thread fails) in a later tick of
// the room's own thread. One decision at a time; failures are logged, never thrown out of a
// callback (no message handler is below it to catch them).
import type { PlayerEvent } from '../machines/events';
import type { DecisionJob } from './computerSeat';
import type { Schedule } from './turnTimer';

export type Think = (job: DecisionJob) => Promise<PlayerEvent[]>;

export interface LaterDecisionSetup {
  /** The computer thread's decision, or null to decide in later ticks of this thread. */
  think: Think | null;
  schedule: Schedule;
  /** The decision made here, for the game as it is when the tick comes. */
  decideHere: () => PlayerEvent[];
  /** The game as another thread needs it. */
  job: () => DecisionJob;
  /** Names the room in the server's log. */
  label: string;
}

export class LaterDecision {
  /** A decision is being made. */
  busy = false;
  private cancelTick: (() => void) | null = null;
  private disposed = false;

  constructor(private readonly setup: LaterDecisionSetup) {}

  /** Makes a decision and gives it to `decided` (not after dispose). */
  ask(decided: (events: PlayerEvent[]) => void, here = this.setup.think === null): void {
    if (this.busy) return;
    this.busy = true;
    void this.run(decided, here);
  }

  private async run(decided: (events: PlayerEvent[]) => void, here: boolean): Promise<void> {
    let events: PlayerEvent[];
    try {
      events = await (here ? this.inLaterTick() : this.setup.think!(this.setup.job()));
    } catch (e) {
      this.busy = false;
      if (this.disposed) return;
      console.error(`class game ${this.setup.label}: the computer could not decide${here ? '' : ' in its thread (deciding here instead)'}:`, e);
      if (!here) this.ask(decided, true);
      return;
    }
    this.busy = false;
    if (this.disposed) return;
    try {
      decided(events);
    } catch (e) {
      console.error(`class game ${this.setup.label}: the computer's decision could not be played:`, e);
    }
  }

  private inLaterTick(): Promise<PlayerEvent[]> {
    return new Promise((resolve, reject) => {
      this.cancelTick = this.setup.schedule(0, () => {
        this.cancelTick = null;
        try {
          resolve(this.setup.decideHere());
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTick?.();
    this.cancelTick = null;
  }
}

// The room's turn timer (a rule of the lesson, not of the game): counts down on the server's clock,
// can be paused, and calls back at time-up.
export type Schedule = (ms: number, callback: () => void) => () => void;

export const realSchedule: Schedule = (ms, callback) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

export class TurnTimer {
  private cancel: (() => void) | null = null;
  private deadline: number | null = null;
  /** Time left while paused. */
  private left: number | null = null;

  constructor(private readonly onTimeUp: () => void, private readonly schedule: Schedule = realSchedule, readonly now: () => number = Date.now) {}

  start(ms: number): void {
    this.stop();
    this.run(ms);
  }

  pause(): void {
    if (this.deadline === null) return;
    const left = Math.max(0, this.deadline - this.now());
    this.stop();
    this.left = left;
  }

  /** Paused with `ms` left: a paused turn brought back from the room's log. */
  hold(ms: number): void {
    this.stop();
    this.left = ms;
  }

  /** When the running time ends, on this timer's clock; null when it does not run. */
  endsAt(): number | null {
    return this.deadline;
  }

  resume(): void {
    if (this.left === null) return;
    const left = this.left;
    this.left = null;
    this.run(left);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.deadline = null;
    this.left = null;
  }

  remainingMs(): number | null {
    if (this.left !== null) return this.left;
    return this.deadline === null ? null : Math.max(0, this.deadline - this.now());
  }

  private run(ms: number): void {
    this.deadline = this.now() + ms;
    this.cancel = this.schedule(ms, () => {
      this.cancel = null;
      this.deadline = null;
      this.onTimeUp();
    });
  }
}

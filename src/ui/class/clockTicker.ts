// The turn's countdown in a line of text, ticking once a second while a timer runs. The room's
// clock decides; this only counts down from its last message.
import type { RoomState } from './classRoom';
import { clockWords } from './waitingWords';

export function clockTicker(line: HTMLElement, state: () => RoomState): { update(): void; stop(): void } {
  let timer: ReturnType<typeof setInterval> | null = null;
  const show = () => {
    const { clock, ended } = state();
    // Date.now, as the deadline was set from it when the room's clock message arrived.
    const words = ended ? null : clockWords(clock, Date.now());
    line.textContent = words ?? (clock.turnSeconds === 0 && !ended ? 'No time limit per turn.' : '');
    return words !== null;
  };
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  return {
    update() {
      stop();
      // A paused turn's words stand still: nothing to tick.
      if (show() && !state().clock.paused) timer = setInterval(show, 1000);
    },
    stop,
  };
}

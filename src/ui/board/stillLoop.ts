// The board's game loop sleeps while nothing on it moves, and wakes for whatever may change the
// picture: a new view, a highlight, the pointer over the board, a new size, the board shown again.
// Awake and idle it drew 60 frames a second of a still picture: in headless Chromium with software
// WebGL the page and its GPU process then used about 0.8 of a core (ps, over 10 s); on a laptop it
// is battery and fan for nothing, and on a class's small machines time taken from the page.
import type * as Phaser from 'phaser';

/** How long the loop keeps running after its last tween or pointer event (a hover's last frames, a late redraw). */
const STILL_AFTER_MS = 600;

const POINTER_EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel'] as const;

export interface StillLoop {
  /** Runs the loop again (if asleep) and keeps it running for at least STILL_AFTER_MS. */
  wake(): void;
  /** Lets the loop sleep from now on: call once the first view is on screen (before, it must run to draw it). */
  arm(): void;
  stop(): void;
}

/** `area`: the element whose pointer events may change the picture (the board's parent). */
export function sleepWhenStill(game: Phaser.Game, scene: Phaser.Scene, area: HTMLElement): StillLoop {
  let busyAt = performance.now();
  let armed = false;
  const wake = () => {
    busyAt = performance.now();
    // Not while paused (another screen shows; boardHost.ts): the check that puts it back to sleep
    // runs after a drawn frame, and a paused game draws none, so a wake then (the canvas's size
    // observed as it left the page) ran the loop at 60 frames a second on the start screen and the
    // debrief until the next game. Resuming wakes it.
    // Seamless: the tweens go on from where they were, not jump by the time asleep.
    if (!game.loop.running && !game.isPaused) game.loop.wake(true);
  };
  // After each drawn frame: a tween still running keeps it awake; a quiet spell puts it to sleep.
  const check = () => {
    if (!armed || scene.tweens.tweens.length > 0) busyAt = performance.now();
    else if (performance.now() - busyAt > STILL_AFTER_MS) game.loop.sleep();
  };
  game.events.on('postrender', check);
  // Shown again after a pause (another screen, a dialog over it): it may need a frame at a new size.
  game.events.on('resume', wake);
  for (const type of POINTER_EVENTS) area.addEventListener(type, wake, { passive: true });
  return {
    wake,
    arm() {
      armed = true;
      wake();
    },
    stop() {
      game.events.off('postrender', check);
      game.events.off('resume', wake);
      for (const type of POINTER_EVENTS) area.removeEventListener(type, wake);
    },
  };
}

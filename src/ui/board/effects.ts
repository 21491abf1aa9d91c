// Short-lived animations that draw the eye to a change: a ring that spreads from a marker and
// the size of the change floating up from it, or, for a reader who asked for less motion, the
// size of the change standing still by the marker. Each removes itself when done.
import * as Phaser from 'phaser';
import { FONT, css } from './palette';

export function pulseRing(scene: Phaser.Scene, x: number, y: number, radius: number, color: number, u: number, depth: number): void {
  const ring = scene.add.circle(x, y, radius);
  ring.setStrokeStyle(2.5 * u, color, 1);
  ring.setDepth(depth);
  scene.tweens.add({
    targets: ring,
    scale: 2.4,
    alpha: 0,
    duration: 900,
    ease: 'Cubic.easeOut',
    onComplete: () => ring.destroy(),
  });
}

/** The size of a change, signed ("+3", "−5"), its bottom centre at (x, y). */
function deltaText(scene: Phaser.Scene, x: number, y: number, delta: number, color: number, u: number, depth: number): Phaser.GameObjects.Text {
  const text = scene.add.text(x, y, `${delta > 0 ? '+' : '−'}${Math.abs(Math.round(delta))}`, {
    fontFamily: FONT,
    fontStyle: 'bold',
    fontSize: `${Math.round(13 * u)}px`,
    color: css(color),
    stroke: '#0a1420',
    strokeThickness: Math.max(2, Math.round(3 * u)),
  });
  text.setOrigin(0.5, 1);
  text.setDepth(depth);
  return text;
}

export function floatingDelta(scene: Phaser.Scene, x: number, y: number, delta: number, color: number, u: number, depth: number): void {
  const text = deltaText(scene, x, y, delta, color, u, depth);
  scene.tweens.add({
    targets: text,
    y: y - 26 * u,
    // Readable first, then gone.
    alpha: { value: 0, delay: 900, duration: 700 },
    duration: 1600,
    ease: 'Sine.easeOut',
    onComplete: () => text.destroy(),
  });
}

/** The size of a change standing still by its actor, long enough to be read, then fading (nothing moves). */
export function steadyDelta(scene: Phaser.Scene, x: number, y: number, delta: number, color: number, u: number, depth: number): void {
  const text = deltaText(scene, x, y, delta, color, u, depth);
  scene.tweens.add({
    targets: text,
    alpha: 0,
    delay: 2400,
    duration: 700,
    onComplete: () => text.destroy(),
  });
}

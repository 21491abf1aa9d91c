// Puts the board into a page: one Phaser game filling `parent`, resized with it.
import * as Phaser from 'phaser';
import { BoardScene } from './BoardScene';
import type { BoardCallbacks, BoardView } from './boardView';
import { boardPixelRatio, isSoftwareWebGL, takeProbeContext } from './renderer';
import { sleepWhenStill } from './stillLoop';
import { readTextScale, textProbe } from './textScale';

export interface BoardHandle {
  /** Draws a new view; changes from the previous one animate. Safe to call before `ready`. */
  setView(view: BoardView): void;
  /** Highlights an actor as if hovered (for keyboard focus in HTML controls), or clears it. */
  setHighlight(id: string | null): void;
  /** Resolves once the first view has been drawn on screen. */
  readonly ready: Promise<void>;
  /** Stops the game and removes the board's canvases from `parent`. */
  destroy(): void;
  /** The Phaser game, for tests and measurements only. */
  readonly game: Phaser.Game;
}

export interface BoardOptions {
  /** Multisampled WebGL; by default on, except where WebGL runs in software. */
  antialias?: boolean;
  /** Canvas pixels per CSS pixel; by default the screen's (at most 2), 1 with software WebGL. */
  pixelRatio?: number;
  /**
   * Where the board's own buttons go (its key's, legendLayer.ts), positioned over it: outside
   * `parent` when that is a picture to assistive technology (role "img", which may hold no
   * control); by default `parent`.
   */
  controls?: HTMLElement;
}

/**
 * Mounts the board in `parent`, which must have a size: the board follows it (CSS decides).
 * The board adds absolutely positioned canvases (map, game, legend) and makes a static parent relative.
 * Callbacks report hover and clicks on actors; the page decides what selection means and
 * sends a new view with `selected` set.
 */
export function mountBoard(parent: HTMLElement, callbacks: BoardCallbacks = {}, options: BoardOptions = {}): BoardHandle {
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const scene = new BoardScene(
    {
      ...callbacks,
      onReady: () => {
        game.canvas.style.visibility = 'visible';
        still.arm();
        resolveReady();
        callbacks.onReady?.();
      },
    },
    options.controls,
  );
  // The reader's text size, read now and followed (the observer below): the board's names grow with it.
  const probe = textProbe(parent);
  // Out of the page (the board between screens) it has no size to tell: the last one stands.
  const readText = () => {
    if (probe.isConnected) scene.setTextScale(readTextScale(probe));
  };
  readText();
  // The canvas is sized in device pixels and shown at CSS size through the Scale Manager's
  // zoom; Phaser 4 has no resolution setting, and RESIZE mode would size it in CSS pixels.
  const pickRatio = () => options.pixelRatio ?? boardPixelRatio();
  let ratio = pickRatio();
  const size = () => ({ w: Math.max(1, parent.clientWidth), h: Math.max(1, parent.clientHeight) });
  const initial = size();
  const antialias = options.antialias ?? !isSoftwareWebGL();
  const own = antialias ? null : takeProbeContext();
  const game = new Phaser.Game({
    // Phaser takes a WebGL context here too; its typings only list the 2D one.
    ...(own ? { type: Phaser.WEBGL, canvas: own.canvas, context: own.gl as unknown as CanvasRenderingContext2D } : { type: Phaser.AUTO }),
    parent,
    // Transparent: the map is a 2D canvas underneath (see geographyLayer.ts).
    transparent: true,
    banner: false,
    // The board plays no sound; without this Phaser opens an AudioContext on boot.
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round(initial.w * ratio),
      height: Math.round(initial.h * ratio),
      zoom: 1 / ratio,
      expandParent: false,
    },
    // One texture per batch: one shader program for all text (see shaderWarmup.ts). Batches of
    // 2,048 quads, not 16,384: the board draws a few hundred, and the buffers Phaser fills and
    // uploads up front shrink eightfold.
    render: { antialias: true, antialiasGL: antialias, roundPixels: false, maxTextures: 1, batchSize: 2048 },
    input: { keyboard: false, gamepad: false },
    disableContextMenu: true,
    scene,
  });

  // Hidden until its first frame with a view: the browser would otherwise composite the empty
  // canvas, which with software WebGL means reading it back (about 8 ms before that frame).
  game.canvas.style.visibility = 'hidden';
  const still = sleepWhenStill(game, scene, parent);

  const observer = new ResizeObserver(() => {
    still.wake();
    readText();
    const { w, h } = size();
    const next = pickRatio();
    if (next !== ratio) {
      ratio = next;
      game.scale.setZoom(1 / ratio);
    }
    if (Math.round(w * ratio) !== game.scale.width || Math.round(h * ratio) !== game.scale.height) {
      game.scale.resize(Math.round(w * ratio), Math.round(h * ratio));
    }
    // A new text size with the board's size unchanged (no resize to lay it out again).
    scene.layoutIfStale();
  });
  observer.observe(parent);
  // Its width is 1 em of the reader's size: it changes when they change the browser's font size.
  observer.observe(probe);

  let destroyed = false;
  return {
    setView: (view) => {
      still.wake();
      scene.setView(view);
    },
    setHighlight: (id) => {
      still.wake();
      scene.setHighlight(id);
    },
    ready,
    game,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      still.stop();
      game.destroy(true);
      probe.remove();
    },
  };
}

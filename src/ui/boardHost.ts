// The one map board of the page. Phaser is big: it is loaded once, on first use, in its own chunk,
// and the same board moves between the play and replay screens (paused while no screen shows it).
import type { Scenario } from '../scenario/schema';
import type { BoardCallbacks, BoardView } from './board/boardView';
import { boardPoints } from './boardPoints';
import { h } from './dom';
import { namesList } from '../app/namesList';
import { isModuleLoadFailure } from '../app/browser/moduleLoads';
import { showLoadFailureNotice } from './loadFailureNotice';

export interface BoardHost {
  /** Places the board inside `slot` (moving it from wherever it was) and wakes it. */
  attach(slot: HTMLElement): void;
  /** Pauses the board when the screen that showed it goes away. */
  detach(): void;
  /**
   * Pauses the board while a dialog covers it and other work needs the processor (the advisor's
   * workers: with software WebGL a drawn frame costs them a tenth of their time). Returns the
   * release; the last hold released wakes the board if it is still on the page.
   */
  hold(): () => void;
  setView(view: BoardView): void;
  /** Highlights an actor as if hovered (keyboard focus on its button), or clears it. */
  setHighlight(id: string | null): void;
  setCallbacks(callbacks: BoardCallbacks): void;
  /** Resolves once the board has rendered its first frame with a view (the actors drawn). */
  readonly drawn: Promise<void>;
}

type Mounted = import('./board').BoardHandle;

/**
 * Pauses the board and stops its frames: a paused Phaser game still asks for every frame, and the
 * page then drew 60 a second for nothing (a first "What if?" shared the cores with them). Resumed,
 * its loop wakes (stillLoop.ts).
 */
function rest(board: Mounted): void {
  board.game.pause();
  board.game.loop.sleep();
}

let instance: BoardHost | null = null;

export function board(): BoardHost {
  instance ??= createBoard();
  return instance;
}

/** Starts fetching the board's code (Phaser) early, e.g. while the start screen shows. */
export function preloadBoard(): void {
  void import('./board').catch(() => {});
}

/** Starts computing a loaded scenario's own map and geography, if the shipped map cannot hold it. */
export function prefetchBoardFor(scenario: Scenario): void {
  const points = boardPoints(scenario);
  void import('./board/prefetchMap').then(({ prefetchBoardMap }) => prefetchBoardMap(points)).catch(() => {});
}

/** The map's text alternative: what the lists beside it hold, and the places, which no list names. */
function mapLabel(places: readonly string[]): string {
  const named = places.length === 0 ? '' : ` Its places: ${namesList(places)}.`;
  return `Map of the scenario’s region with the actors, their relations and the agreements, which are also in the lists beside it.${named}`;
}

function createBoard(): BoardHost {
  // The map is a picture to assistive technology; its key's button sits beside it, over the same box.
  const picture = h('div', {
    class: 'board-picture',
    attrs: { role: 'img', 'aria-label': mapLabel([]) },
  });
  const container = h('div', { class: 'board-canvas' }, picture);
  let view: BoardView | null = null;
  let highlight: string | null = null;
  let callbacks: BoardCallbacks = {};
  let mounted: Mounted | null = null;
  let loading = false;
  /** Holds not yet released (the click's, then the dialog's own). */
  let holds = 0;
  let markDrawn: () => void = () => {};
  const drawn = new Promise<void>((resolve) => (markDrawn = resolve));
  const note = h('div', { class: 'board-placeholder' }, 'Loading the map…');
  container.append(note);

  const mount = () => {
    if (loading || mounted) return;
    loading = true;
    void import('./board')
      .then(({ mountBoard, BoardScene }) => {
        const handle = mountBoard(
          picture,
          {
            onActorHover: (id) => callbacks.onActorHover?.(id),
            onActorSelect: (id) => callbacks.onActorSelect?.(id),
          },
          { controls: container },
        );
        mounted = handle;
        // For the browser tests (where the markers are, to click them as a person would) and the
        // bench (the Phaser game, to time its frames).
        (window as unknown as { __pivotEastBoard?: unknown }).__pivotEastBoard = {
          ready: handle.ready,
          game: handle.game,
          markerCenters: () => (handle.game.scene.getScene(BoardScene.KEY) as InstanceType<typeof BoardScene>).markerCenters(),
          anchorPositions: () => (handle.game.scene.getScene(BoardScene.KEY) as InstanceType<typeof BoardScene>).anchorPositions(),
          canvasBox: () => {
            const r = handle.game.canvas.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          },
        };
        void mounted.ready.then(() => {
          note.remove();
          markDrawn();
        });
        if (view) mounted.setView(view);
        if (highlight) mounted.setHighlight(highlight);
        if (!container.isConnected) rest(mounted);
      })
      .catch((e: unknown) => {
        if (isModuleLoadFailure(e)) {
          showLoadFailureNotice();
          note.textContent = 'The map could not be loaded from the server. The game can be played with the lists; reload the page to try again.';
        } else note.textContent = `The map could not be shown (${(e as Error).message}). The game can be played with the lists.`;
      });
  };

  return {
    attach(slot) {
      if (container.parentElement !== slot) slot.append(container);
      mount();
      if (mounted) {
        mounted.game.resume();
        mounted.game.scale.refresh();
      }
    },
    detach() {
      if (mounted) rest(mounted);
    },
    hold() {
      holds++;
      if (mounted) rest(mounted);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds === 0 && mounted && container.isConnected) mounted.game.resume();
      };
    },
    setView(v) {
      view = v;
      mounted?.setView(v);
      // Its places by name: a crowded map (a phone, large text) leaves some names off the picture.
      const label = mapLabel(v.places.map((p) => p.name));
      if (picture.getAttribute('aria-label') !== label) picture.setAttribute('aria-label', label);
    },
    setHighlight(id) {
      highlight = id;
      mounted?.setHighlight(id);
    },
    setCallbacks(cb) {
      callbacks = cb;
    },
    drawn,
  };
}

// The board as a picture for the printed debrief: the same SVG as the CLI's `map --svg`, made
// in the browser from the game's last view and shown as an <img> from a blob: URL (no markup of
// the scenario's text is ever parsed as HTML; in the SVG it is escaped). Loaded lazily by the
// ending screen.
import { geometryOf } from './boardGeography';
import type { BoardView } from './boardView';
import { boardMapOf } from './computeMap';
import { standingRoutes } from './standingRoutes';
import { boardSvg, playerAcross, type SvgBoardInput } from './svgBoard';

async function boardInput(view: BoardView, title: string): Promise<SvgBoardInput> {
  const map = boardMapOf(view);
  return {
    map,
    geometry: await geometryOf(map),
    title,
    player: view.player,
    actors: view.actors,
    places: view.places,
    // Agreements still standing at the end, along their routes.
    routes: standingRoutes(view).map((a) => ({ label: a.label, ids: a.route })),
  };
}

export async function boardSvgOf(view: BoardView, title: string): Promise<string> {
  return boardSvg(await boardInput(view, title));
}

/**
 * An image of the board; `release` frees its blob: URL when the screen goes; `playerAcross`: how far
 * across it the player's badge is (a fraction of its width), for a view of part of it.
 */
export async function boardImage(view: BoardView, title: string, alt: string): Promise<{ img: HTMLImageElement; release: () => void; playerAcross: number }> {
  const input = await boardInput(view, title);
  const url = URL.createObjectURL(new Blob([boardSvg(input)], { type: 'image/svg+xml' }));
  const img = document.createElement('img');
  img.alt = alt;
  img.width = 1200;
  img.height = 800;
  img.dataset.testid = 'debrief-board';
  img.src = url;
  return { img, release: () => URL.revokeObjectURL(url), playerAcross: playerAcross(input) };
}

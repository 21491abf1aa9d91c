// The board as a picture for the debrief and its printout: the same SVG as the CLI's `map --svg`,
// made in the browser from the game's last view and shown as an <img> from a blob: URL (no markup
// of the scenario's text is ever parsed as HTML; in the SVG it is escaped), drawn for the width it
// is shown at and the page's text (debriefPicture.ts). Loaded lazily by the ending screen.
import type { Child } from '../dom';
import { geometryOf } from './boardGeography';
import type { BoardView } from './boardView';
import { boardMapOf } from './computeMap';
import { livePicture, type LivePicture } from './debriefPicture';
import { standingRoutes } from './standingRoutes';
import { boardPicture, SVG_FONT, type SvgBoardInput } from './svgBoard';
import type { MeasureText } from './svgNames';

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

/** Text widths in the picture's font, as the page draws it. */
function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text, size, bold) => text.length * size * (bold ? 0.8 : 0.62);
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${SVG_FONT}`;
    return ctx.measureText(text).width;
  };
}

/**
 * The map at the end as an image that follows the page, with the line naming what it had no room
 * for; `nameNode` marks a scenario's name in its language. `release` when the screen goes.
 */
export async function boardImage(view: BoardView, title: string, alt: string, nameNode: (name: string) => Child): Promise<LivePicture> {
  const input = await boardInput(view, title);
  const measure = canvasMeasure();
  return livePicture((width, height, text) => boardPicture({ ...input, width, height, text, measure }), alt, nameNode);
}

// The agreements the map at the end draws along their routes: those with a route, not broken off.
// One list for the picture (printBoard.ts) and the words under the debrief's map (endingScreen.ts).
import type { BoardAgreement, BoardView } from './boardView';

export const standingRoutes = (view: Pick<BoardView, 'agreements'>): (BoardAgreement & { route: string[] })[] =>
  view.agreements.filter((a): a is BoardAgreement & { route: string[] } => a.route !== undefined && a.status !== 'disrupted');

// A game with people in other seats on one device (hot-seat): whenever the game waits for another
// person than the one whose screen is shown, a hand-over screen hides it first. Russia's player
// gets the play screen; another state's player gets that state's seat screen. A game without
// people in other seats is the play screen alone.
import type { BrowserGame } from '../../app/browser/game';
import { askingOf } from '../../app/session';
import { mountPlayScreen, type PlayNav } from '../playScreen';
import { mountHandOver } from './handOver';
import { mountSeatScreen, seatName } from './seatScreen';

export function hasPeopleSeats(game: BrowserGame): boolean {
  return Object.values(game.session.seats).includes('person');
}

export function mountSeatedGame(root: HTMLElement, game: BrowserGame, nav: PlayNav): () => void {
  if (!hasPeopleSeats(game)) return mountPlayScreen(root, game, nav);
  const index = game.index;
  const player = index.scenario.player.id;
  let shown: string | null = null;
  let handingTo: string | null = null;
  let disposeView: () => void = () => undefined;

  /** The seat whose person the game waits for now, or null when it is over. */
  const seatNow = (): string | null => {
    const phase = game.phase();
    if (phase === 'over') return null;
    if (phase === 'seat') return askingOf(game.session.snapshot())!.actor;
    return player;
  };

  const update = () => {
    const seat = seatNow();
    if (seat === null) {
      disposeView();
      disposeView = () => undefined;
      unsubscribe();
      nav.ended(game);
      return;
    }
    if (seat === shown || seat === handingTo) return;
    const last = shown ?? handingTo;
    disposeView();
    shown = null;
    handingTo = seat;
    disposeView = mountHandOver(root, seatName(index, seat), last === null ? null : seatName(index, last), () => {
      handingTo = null;
      shown = seat;
      disposeView = seat === player ? mountPlayScreen(root, game, nav) : mountSeatScreen(root, game, seat);
    });
  };
  const unsubscribe = game.subscribe(update);
  update();
  return () => {
    unsubscribe();
    disposeView();
  };
}

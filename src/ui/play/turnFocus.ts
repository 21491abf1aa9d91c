// Where a turn is read from: its report ("What happened in …") once a turn has been played, else the
// first turn's news, its briefing. The play screen gives it the focus as it opens (a new game after
// its opening offers, a resumed or taken-over one: the focus was left on End turn, one Enter from
// ending the turn unread, or on the page's body) and when a turn ended here begins.
import type { BrowserGame } from '../../app/browser/game';
import { announce } from '../announce';
import { focusAfterDialogs } from '../dialog';
import { byKeys } from '../focusInView';
import { dateOf } from '../text';

/** The heading the turn is read from, in the play screen's left column. */
function turnHeading(column: HTMLElement): HTMLElement | null {
  return column.querySelector<HTMLElement>('#report-title') ?? column.querySelector<HTMLElement>('#news-title');
}

/** Focuses the turn's heading, in view, once the dialogs over it (the turn's offers) are answered. */
export function focusTurn(column: HTMLElement): void {
  focusAfterDialogs(() => turnHeading(column));
}

/** The note of a take-over made just now (the game's last, at its last event), or null. */
function justTakenOver(game: BrowserGame): string | null {
  const last = game.notes.at(-1);
  return last !== undefined && last.text === game.takenOverNote() && last.atEvent === game.session.record().events.length ? last.text : null;
}

/**
 * The play screen opened on a game: where it stands is said, and its turn's heading focused, once
 * its offers are answered, or now when it was opened by a key (Start, Resume, a take-over). Opened
 * by a pointer or by a link, its focus stays where a fresh page has it: a redraw brings a focused
 * heading back into view (dom.ts's render), and a class game's, as its room changed, pulled a
 * phone's page back to it, away from its top.
 */
export function openTurn(game: BrowserGame, column: HTMLElement): void {
  const { index } = game;
  const turn = game.session.game().turn;
  const takenOver = justTakenOver(game);
  announce(`${index.scenario.title}: turn ${turn} of ${index.scenario.calendar.turns}, ${dateOf(index, turn)}.${takenOver === null ? '' : ` ${takenOver}`}`);
  if (byKeys() || document.querySelector('dialog[open]')) focusTurn(column);
}

/**
 * A new turn is read from its top, not from where the last one was left; on a phone's one column,
 * from the page's top (the new date, the map, what happened under it): the turn is often ended from
 * the strip far below, where nothing seemed to change. What scrolls is the page (the document's
 * element) or a box the screen is mounted in (a class game's, at some widths). `endedHere`: the
 * turn was ended on this screen (not by another seat while the player read): its heading takes
 * the focus, brought into view for a keyboard's user.
 */
export function readNewTurn(root: HTMLElement, column: HTMLElement, endedHere: boolean): void {
  column.scrollTop = 0;
  for (let box: HTMLElement | null = root; box !== null; box = box.parentElement) box.scrollTop = 0;
  if (endedHere) focusTurn(column);
}

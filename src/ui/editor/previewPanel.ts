// The board preview: the page's one map board, showing the draft's actors, places and the player
// at the start of a game, redrawn whenever a new version of the draft is valid. While the draft
// has errors the last valid picture stays, and the panel says so.
import type { BoardView } from '../board/boardView';
import { board } from '../boardHost';
import { h } from '../dom';

export interface PreviewPanel {
  element: HTMLElement;
  show(view: BoardView | null, title?: string): void;
  /** The panel became visible: the board moves into it and wakes. */
  attach(): void;
  detach(): void;
}

export function previewPanel(): PreviewPanel {
  const slot = h('div', { class: 'editor-board-slot' });
  const note = h('p', { class: 'small muted', attrs: { 'data-testid': 'preview-note', 'aria-live': 'polite' } }, 'The map appears once the draft has no errors.');
  const legend = h('p', { class: 'small muted' }, 'Actors at their start relations, the places of the draft, and the player. Agreements appear on the map once made in a game.');
  let shown = false;
  let last: BoardView | null = null;
  let lastTitle = 'The draft';
  return {
    element: h('div', { class: 'editor-preview' }, note, slot, legend),
    show(view, title) {
      if (view) {
        last = view;
        lastTitle = title ?? 'The draft';
        board().setView(view);
        note.textContent = `${lastTitle}: ${view.actors.length} actor${view.actors.length === 1 ? '' : 's'}, ${view.places.length} place${view.places.length === 1 ? '' : 's'}.`;
        // Named: after a paste or a file with errors, the last valid version may be another scenario (the template).
      } else if (last) note.textContent = `The draft has errors: the map shows its last valid version, “${lastTitle}”.`;
    },
    attach() {
      if (shown) return;
      shown = true;
      board().setCallbacks({});
      board().attach(slot);
      if (last) board().setView(last);
    },
    detach() {
      if (!shown) return;
      shown = false;
      board().detach();
    },
  };
}

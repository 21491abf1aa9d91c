// One dialog per pending item: the counter-offer, an actor's offer and a crisis step each open a
// dialog when the game starts waiting on a new item, keep it while the item is the same, and close
// it when the game no longer waits on one. What the item is, and what the dialog shows, is theirs.
export interface PendingDialog {
  /** Opens, keeps or closes the dialog to match what the game waits on now. */
  update(): void;
  close(): void;
}

/**
 * `pending()` names the item the game waits on (compared with ===), or null; `open(item)` opens its
 * dialog and returns how to close it.
 */
export function pendingDialog<T>(pending: () => T | null, open: (item: T) => { close: () => void }): PendingDialog {
  let shown: { item: T; close: () => void } | null = null;
  const close = () => {
    const s = shown;
    shown = null;
    s?.close();
  };
  return {
    close,
    update() {
      const item = pending();
      if (item === null) return close();
      if (shown?.item === item) return;
      close();
      shown = { item, close: open(item).close };
    },
  };
}

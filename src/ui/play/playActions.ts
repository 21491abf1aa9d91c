// What the play screen's panels may ask of the screen: the player's events, and which actor's
// options to show. The panels draw; the screen sends and redraws (playScreen.ts).
export interface PlayActions {
  propose(option: string): void;
  withdraw(option: string): void;
  /** Shows an actor's options. */
  select(actor: string): void;
  /** Shows an option's card and moves the focus to its button. */
  goToOption(option: string): void;
}

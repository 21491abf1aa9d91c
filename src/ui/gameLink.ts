// How a screen sends the events of its seat and learns of the game's changes, whoever answers: a
// game on this device answers at once; a class game's room answers over the network, and the
// other seats' events change the game in between. The play and seat screens go through this, so
// neither needs to know which kind of game it shows.
import type { BrowserGame, SendAnswer } from '../app/browser/game';
import type { PlayerEvent, Refusal } from '../machines/events';

export interface GameLink {
  /** Sends `event`; `answered` gets the refusal, or null once it was accepted. */
  send(event: PlayerEvent, answered: (refusal: Refusal | null) => void): void;
  dispose(): void;
}

/** `changedByOthers` runs when the game changes other than by this screen's own synchronous send. */
export function linkTo(game: BrowserGame, changedByOthers: () => void): GameLink {
  let sending = false;
  const unsubscribe = game.subscribe(() => {
    if (!sending) changedByOthers();
  });
  return {
    send(event, answered) {
      let answer: SendAnswer;
      sending = true;
      try {
        answer = game.send(event);
      } finally {
        sending = false;
      }
      whenAnswered(event, answer, answered);
    },
    dispose: unsubscribe,
  };
}

function whenAnswered(event: PlayerEvent, answer: SendAnswer, answered: (refusal: Refusal | null) => void): void {
  if (!(answer instanceof Promise)) return answered(answer);
  answer.then(answered, (e: unknown) => answered({ event, reason: `it could not be sent (${e instanceof Error ? e.message : String(e)})` }));
}

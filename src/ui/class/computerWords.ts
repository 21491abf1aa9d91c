// How the computer plays a class game's seats, in words: the host form's choices and the sentence
// the teacher's and the students' screens show. Small: the start page's class panel uses it.
import type { ComputerPlayer } from '../../net/protocol';

/** The host form's labels. */
export const COMPUTER_CHOICES: readonly { value: ComputerPlayer; label: string }[] = [
  { value: 'greedy', label: 'quick (greedy)' },
  { value: 'expert', label: 'expert (plays the future out; slower)' },
];

/** The game's setting, for the lobby and the teacher's screen. */
export function computerSentence(computer: ComputerPlayer): string {
  return computer === 'expert'
    ? 'The computer plays its seats as the expert: before each decision it plays the future out, so its turns take a moment (Russia’s plan up to a second or two).'
    : 'The computer plays its seats quickly, with the greedy bot.';
}

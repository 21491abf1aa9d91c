// The two decisions a seat takes in answer to the player: its reply in a crisis (when it is the
// other side) and a round of bargaining (when the player offers the middle). What the seat may say;
// the rules' weighing and the log are in crisis.ts and rounds.ts beside the rules' own die.
import type { BargainOutcome, CrisisStep } from './state';

export const CRISIS_REPLIES = ['back-down', 'hold', 'escalate'] as const satisfies readonly CrisisStep[];
/** Take the middle, keep the counter-offer on the table, or walk away. */
export const ROUND_ANSWERS = ['accept', 'hold', 'walk-away'] as const satisfies readonly BargainOutcome[];

/** Why a seat cannot reply this in a crisis, or null: every reply is open on every rung. */
export function crisisReplyRefusal(reply: string): string | null {
  return (CRISIS_REPLIES as readonly string[]).includes(reply) ? null : `"${reply}" is not a reply to a crisis; reply ${CRISIS_REPLIES.join(', ')}`;
}

/** Why a seat cannot answer a round of bargaining this way, or null: every answer is open each round. */
export function roundAnswerRefusal(answer: string): string | null {
  return (ROUND_ANSWERS as readonly string[]).includes(answer) ? null : `"${answer}" is not an answer to the middle; answer ${ROUND_ANSWERS.join(', ')}`;
}

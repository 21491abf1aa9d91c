// Plays a student's seat with the computer's choices until the game waits for something else.
import { phaseOf } from '../../../src/app/session';
import type { StudentLink } from '../../../src/net/classClient';
import { ComputerSeats, waitingSeat } from '../../../src/server/computerSeat';

/** The seat's decisions (the greedy bot's) while the game waits for this student's seat and `until` does not hold. */
export async function playSeatUntil(link: StudentLink, stop: () => boolean, ms = 10_000): Promise<void> {
  const bot = new ComputerSeats(link.session().seed);
  const end = Date.now() + ms;
  while (!stop()) {
    if (Date.now() > end) throw new Error('the seat never got to the point waited for');
    const session = link.session();
    if (waitingSeat(session.snapshot(), link.view().player) === link.view().seat && phaseOf(session.snapshot()) !== 'over') {
      for (const event of bot.decide(session)) {
        const answer = await link.send(event);
        if (!answer.ok || stop()) break;
      }
    } else await new Promise((r) => setTimeout(r, 20));
  }
}

// What the start page's list of hosted games says of each: where it stood when the teacher's
// screen last showed it. Only the teacher starts, resumes or reopens a game, so that holds for
// all but one left running: the class may have played on, and its words say when they held.
import type { Standing } from '../../app/browser/teacherStanding';

export function standingWords({ state, turn, turns }: Standing): string {
  const at = `turn ${turn} of ${turns}`;
  switch (state) {
    case 'closed':
      return `Closed for now at ${at} — open it again to go on (it comes back paused)`;
    case 'over':
      return `Over: it ended at ${at}`;
    case 'ended':
      return `Ended by you at ${at}`;
    case 'paused':
      return `Paused at ${at} — open it again to resume`;
    case 'running':
      return `Being played at ${at} when you left its screen (the class may have played on)`;
    case 'waiting':
      return 'Not started yet — open it again to start it';
  }
}

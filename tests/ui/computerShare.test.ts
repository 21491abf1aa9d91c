// The debrief's word on how much of the player's game the computer decided (a class game's time-ups,
// turns the teacher ended, a seat given to the computer).
import { describe, expect, it } from 'vitest';
import type { PlayerEvent } from '../../src/machines/events';
import { computerShareWords } from '../../src/ui/computerShare';

describe('the computer’s share of the player’s decisions', () => {
  const student: PlayerEvent[] = [{ type: 'PROPOSE', option: 'a' }, { type: 'WITHDRAW', option: 'a' }, { type: 'PROPOSE', option: 'b' }, { type: 'END_TURN' }];
  const seats: PlayerEvent[] = [{ type: 'SEAT_ANSWER', actor: 'china', answer: 'accept', by: 'greedy' }, { type: 'SEAT_MOVE', actor: 'japan', move: null, by: 'greedy' }];

  it('says nothing when the player decided everything, whatever the computer did for other seats', () => {
    expect(computerShareWords('russia', { events: [...student, ...seats] }, 'your')).toBeNull();
  });

  it('counts the player’s decisions the computer made, a withdrawal and other seats’ left out', () => {
    const computer: PlayerEvent[] = [{ type: 'ANSWER_OFFER', take: false, by: 'greedy' }, { type: 'END_TURN', by: 'greedy' }];
    expect(computerShareWords('russia', { events: [...student, ...seats, ...computer] }, 'your')).toBe('The computer (the greedy bot) made 2 of your 5 decisions in this game: when time was up, when the teacher ended a turn, or while it held the seat.');
    // Without one bot to name, the computer alone.
    const mixed: PlayerEvent[] = [{ type: 'END_TURN', by: 'greedy' }, { type: 'ANSWER_CRISIS', answer: 'x', by: 'expert' }];
    expect(computerShareWords('russia', { events: mixed }, 'Russia’s')).toBe('The computer made 2 of Russia’s 2 decisions in this game: when time was up, when the teacher ended a turn, or while it held the seat.');
  });
});

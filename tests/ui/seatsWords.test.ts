// Who held a record's other seats, in words: a class game records every other state's seat as a
// person's, and the computer decides for the seats nobody took (their events say `"by": "greedy"`).
// The class view said "Japan: a player" of seats only the greedy bot had decided for; the words now
// say who decided, from the events.
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/app/record';
import { playerDecisions, seatDecisions } from '../../src/app/seatDecisions';
import { recordSeatsWords } from '../../src/ui/seatsText';
import { seatWeighingWords } from '../../src/ui/text';
import { classGameRecord } from '../app/classRecords';
import { fixtureIndex } from '../engine/fixture';
import { shippedIndex } from '../scenario/helpers';

type Events = GameRecord['events'];
const move = (actor: string, by?: 'greedy' | 'expert', times = 1): Events => Array.from({ length: times }, () => ({ type: 'SEAT_MOVE' as const, actor, move: null, ...(by ? { by } : {}) }));

describe('the words for a record’s seats', () => {
  const index = shippedIndex('other-asia-2019.yaml');
  const record = {
    seats: { china: 'person', japan: 'person', 'south-korea': 'person', 'united-states': 'person', asean: 'person', vietnam: 'expert', indonesia: 'person' } as const,
    events: [
      { type: 'PROPOSE', option: 'gazprom-gas-deal' },
      { type: 'END_TURN' },
      ...move('china', undefined, 7),
      { type: 'SEAT_ANSWER', actor: 'china', answer: 'accept', by: 'greedy' },
      ...move('china', 'greedy'),
      ...move('japan', 'greedy', 3),
      { type: 'SEAT_OFFER', actor: 'south-korea', offer: null, by: 'greedy' },
      ...move('united-states', 'expert'),
      ...move('united-states', 'greedy', 2),
      ...move('vietnam', undefined, 2),
      ...move('indonesia', undefined, 1),
    ] as Events,
  };

  it('says who decided for each seat, from its events; seats said alike together', () => {
    expect(recordSeatsWords(index, record)).toBe(
      'China: a player (the computer decided 2 of 9 times); Japan and South Korea: the computer (the greedy bot); United States: the computer (the expert once and the greedy bot twice); ASEAN: a seat for a person, never asked anything; Vietnam: the expert; Indonesia: a player',
    );
  });

  it('counts each seat’s decisions by who made them', () => {
    const seats = seatDecisions(record);
    expect(seats.map((s) => s.actor)).toEqual(['china', 'japan', 'south-korea', 'united-states', 'asean', 'vietnam', 'indonesia']);
    expect(seats[0]).toEqual({ actor: 'china', holder: 'person', decisions: 9, by: { person: 7, greedy: 2 } });
    expect(seats[5]).toEqual({ actor: 'vietnam', holder: 'expert', decisions: 2, by: { expert: 2 } });
    expect(seats[4]).toEqual({ actor: 'asean', holder: 'person', decisions: 0, by: {} });
  });

  it('a class game’s record: the student’s seat and the computer’s', () => {
    const fixture = fixtureIndex();
    const game = classGameRecord(fixture, 'class-7b', { students: { big: { computer: 1 } }, nobody: ['small'] });
    const big = game.events.filter((e) => 'actor' in e && e.actor === 'big').length;
    expect(big).toBeGreaterThan(1);
    expect(recordSeatsWords(fixture, game)).toBe(`Big: a player (the computer decided 1 of ${big} times); Small: the computer (the greedy bot)`);
  });

  it('the player’s own choices come first once the computer decided some of them (a class game’s time-up)', () => {
    const fixture = fixtureIndex();
    const game = classGameRecord(fixture, 'class-7b', { students: {}, nobody: ['small'], playerComputer: 2 });
    const own = game.events.filter((e) => !('actor' in e)).length;
    expect(own).toBeGreaterThan(2);
    const player = fixture.scenario.player.name;
    expect(recordSeatsWords(fixture, game)).toBe(`${player}: a player (the computer decided 2 of ${own} times); Small: the computer (the greedy bot)`);
    expect(playerDecisions(fixture.scenario.player.id, game)).toEqual({ actor: fixture.scenario.player.id, holder: 'person', decisions: own, by: { person: own - 2, greedy: 2 } });
    // Decided by the class alone, the player's choices are not said: a seat of the others' is.
    expect(recordSeatsWords(fixture, classGameRecord(fixture, 'class-7b', { students: {}, nobody: ['small'] }))).toBe('Small: the computer (the greedy bot)');
  });

  it('bots in the seats of a game on the device are named as before', () => {
    expect(recordSeatsWords(index, { seats: { china: 'greedy', japan: 'random' }, events: [] })).toBe('China: the greedy bot; Japan: the random bot');
  });
});

describe('the rules’ weighing beside a seat’s decision', () => {
  it('is the advisor’s view only for a person, who was shown it; for a bot, the rules’ view to compare', () => {
    expect(seatWeighingWords('person', ' above')).toBe("The rules' weighing above is the advisor's view the player was shown.");
    for (const bot of ['expert', 'greedy'] as const) {
      const words = seatWeighingWords(bot, ' above');
      // A hot-seat player read "what the advisor showed" of the expert's seat, which no one was shown.
      expect(words).not.toContain('advisor');
      expect(words).toBe(`The rules' weighing above is the scenario's rules' view, to compare: ${bot === 'expert' ? 'the expert' : 'the greedy bot'} decided by its own reckoning.`);
    }
  });
});

// A team member's suggestion reaches the seat's submitter as words ("propose “…”"): the server
// passes on only suggestions for the suggester's own seat, decided by a student, that name what
// the scenario has.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioIndex } from '../../src/engine';
import { suggestionProblem } from '../../src/server/suggestionProblem';
import { scenarioIndex } from '../scenarios/claimHelpers';

let index: ScenarioIndex;
beforeAll(async () => {
  index = await scenarioIndex('tutorial.yaml');
});

const names: Record<string, string> = { russia: 'Russia', japan: 'Japan', china: 'China' };
const problem = (event: Parameters<typeof suggestionProblem>[1], seat: string, openCrisis: string | null = null) => suggestionProblem(index, event, seat, 'russia', (actor) => names[actor] ?? actor, openCrisis);

describe('suggestionProblem', () => {
  it("passes on what the scenario has, for the suggester's seat", () => {
    expect(problem({ type: 'PROPOSE', option: 'japan-card' }, 'russia')).toBeNull();
    expect(problem({ type: 'ANSWER_CRISIS', answer: 'hold-position' }, 'russia', 'islands-question')).toBeNull();
    expect(problem({ type: 'SEAT_MOVE', actor: 'china', move: 'xi-offers-railway' }, 'china')).toBeNull();
    expect(problem({ type: 'SEAT_MOVE', actor: 'china', move: null }, 'china')).toBeNull();
    expect(problem({ type: 'SEAT_ANSWER', actor: 'japan', answer: 'reject' }, 'japan')).toBeNull();
  });

  it('refuses names the scenario lacks, saying which', () => {
    expect(problem({ type: 'PROPOSE', option: 'launch-missiles' }, 'russia')).toBe('this scenario has no option "launch-missiles"');
    expect(problem({ type: 'WITHDRAW', option: '<b>x</b>' }, 'russia')).toBe('this scenario has no option "<b>x</b>"');
    expect(problem({ type: 'ANSWER_CRISIS', answer: 'nuke' }, 'russia', 'islands-question')).toBe('the open crisis has no answer "nuke"');
    // An answer is the open crisis's, or none when no crisis waits.
    expect(problem({ type: 'ANSWER_CRISIS', answer: 'hold-position' }, 'russia')).toBe('no crisis waits for an answer now');
    // A move of another actor is not this actor's, though the scenario has it.
    expect(problem({ type: 'SEAT_MOVE', actor: 'japan', move: 'xi-offers-railway' }, 'japan')).toBe('this scenario has no move "xi-offers-railway" of japan');
    expect(problem({ type: 'SEAT_OFFER', actor: 'china', offer: 'gift' }, 'china')).toBe('this scenario has no offer "gift" of china');
  });

  it("refuses a suggestion for another seat or one that names a bot", () => {
    expect(problem({ type: 'PROPOSE', option: 'japan-card' }, 'japan')).toBe("you hold Japan's seat: you cannot suggest for Russia");
    expect(problem({ type: 'SEAT_MOVE', actor: 'china', move: null }, 'japan')).toBe("you hold Japan's seat: you cannot suggest for China");
    expect(problem({ type: 'END_TURN', by: 'greedy' }, 'russia')).toBe('a student suggests as a student: the suggestion names no bot');
  });
});

// Invariants of crises over many seeds and random answers: every crisis ends within its turn and
// within as many rounds as its ladder has rungs; rungs only climb; every reply follows its roll.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession } from '../../src/app/session';
import { availableCrisisAnswers, availableOptions, gameLog, type LogEntry } from '../../src/engine';
import { crisisIndex } from './crisisFixture';

const index = crisisIndex();
const ladder = index.scenario.crises[0]!.ladder.length;

describe('crises, over random games', () => {
  it('end within the turn and the ladder, climb only, and follow the die', () => {
    // What the runs met, so that the checks below are known to have run (a game may open no crisis).
    const seen = { crises: 0, replies: 0, climbed: 0 };
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(fc.nat(99), { minLength: 1, maxLength: 30 }), (seed, picks) => {
        const session = startSession(index, `p${seed}`);
        let i = 0;
        const next = () => picks[i++ % picks.length]!;
        for (let steps = 0; steps < 500 && phaseOf(session.snapshot()) !== 'over'; steps++) {
          const phase = phaseOf(session.snapshot());
          if (phase === 'crisis') {
            const answers = availableCrisisAnswers(session.game(), index);
            expect(session.send({ type: 'ANSWER_CRISIS', answer: answers[next() % answers.length]! })).toBeNull();
          } else if (phase === 'counter') {
            session.send({ type: 'DECLINE_COUNTER' });
          } else {
            // No crisis is left open while the player plans.
            expect(session.game().crises.every((c) => c.outcome !== null)).toBe(true);
            const open = availableOptions(session.game(), index);
            const pick = next() % (open.length + 1);
            session.send(pick === open.length ? { type: 'END_TURN' } : { type: 'PROPOSE', option: open[pick]! });
          }
        }
        const game = session.game();
        expect(phaseOf(session.snapshot())).toBe('over');
        for (const c of game.crises) {
          seen.crises++;
          if (c.rung > 0) seen.climbed++;
          expect(c.outcome).not.toBeNull();
          expect(c.rung).toBeGreaterThanOrEqual(0);
          expect(c.rung).toBeLessThan(ladder);
          if (c.outcome === 'top-rung') expect(c.rung).toBe(ladder - 1);
          const steps = gameLog(game).filter((e): e is Extract<LogEntry, { kind: 'crisis-answer' }> => e.kind === 'crisis-answer' && e.turn === c.openedTurn && e.crisis === c.crisis);
          expect(steps.length).toBeGreaterThan(0);
          expect(steps.length).toBeLessThanOrEqual(ladder);
          const rungs = gameLog(game).filter((e) => (e.kind === 'crisis-answer' || e.kind === 'crisis-reply') && e.turn === c.openedTurn).map((e) => (e as { rung: number }).rung);
          expect([...rungs].sort((a, b) => a - b)).toEqual(rungs);
        }
        for (const e of gameLog(game)) {
          if (e.kind !== 'crisis-reply') continue;
          seen.replies++;
          const r = e.reply;
          expect(r.reply).toBe(r.roll! < r.chance ? 'back-down' : r.roll! < r.holdBelow ? 'hold' : 'escalate');
          expect(Number.isInteger(r.score) && Number.isInteger(r.chance)).toBe(true);
        }
        expect(Object.values(game.tracks).every(Number.isInteger)).toBe(true);
        expect(Number.isInteger(game.capital) && game.capital >= 0).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(seen.crises).toBeGreaterThan(50);
    expect(seen.replies).toBeGreaterThan(50);
    expect(seen.climbed).toBeGreaterThan(0);
  });
});

// The seats a class game's teacher reads a panel for in the debrief: every seat a person decided
// something for, whoever holds it at the end (a student who moved from China to Japan decided for
// both), never one the computer or the rules alone decided for.
import { describe, expect, it } from 'vitest';
import { gameLog, indexScenario, type LogEntry } from '../../src/engine';
import { playWithBot } from '../../src/app/playBot';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { seatsPeopleDecided } from '../../src/ui/seatDebrief';

const loaded = await readScenarioFile(new URL('../../scenarios/mother-russia-2016.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2016 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const others = index.actorIds.filter((a) => a !== index.scenario.player.id);

/** The entry as if a person (a student) had decided it rather than the bot. */
function byPerson(e: LogEntry): LogEntry {
  if (e.kind === 'decision') return { ...e, decision: { ...e.decision, decidedBy: 'person' } };
  if (e.kind === 'move' || e.kind === 'offer') return { ...e, decidedBy: 'person' };
  if (e.kind === 'crisis-reply') return { ...e, reply: { ...e.reply, decidedBy: 'person' } };
  return e;
}

describe('the seats people decided for', () => {
  const log = gameLog(playWithBot(index, 'people-1', 'greedy', {}, { china: 'greedy', japan: 'greedy' }).game());
  const seatOf = (e: LogEntry) => (e.kind === 'decision' ? e.decision.actor : e.kind === 'crisis-reply' ? e.reply.actor : e.kind === 'move' || e.kind === 'offer' ? e.actor : null);

  it('are none when bots and the rules decided everything', () => {
    expect(log.some((e) => seatOf(e) === 'china')).toBe(true);
    expect(seatsPeopleDecided(log, others)).toEqual([]);
  });

  it('are those with one decision of a person, in the order asked', () => {
    // China's first decision by a student, who then left the seat (the rest the greedy bot's).
    const first = log.findIndex((e) => seatOf(e) === 'china' && (e.kind !== 'move' || e.roll === null));
    expect(first).toBeGreaterThanOrEqual(0);
    const mixed = log.map((e, i) => (i === first ? byPerson(e) : e));
    expect(seatsPeopleDecided(mixed, others)).toEqual(['china']);
    const both = mixed.map((e) => (seatOf(e) === 'japan' ? byPerson(e) : e));
    expect(seatsPeopleDecided(both, ['japan', 'china'])).toEqual(['japan', 'china']);
  });
});

// Records of games with crisis answers replay and verify exactly, and a changed answer is caught.
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord, type GameRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { crisisIndex } from '../engine/crisisFixture';

const index = crisisIndex();

describe('a record with crisis answers', () => {
  it.each(['random', 'greedy'] as const)('replays to the same game (%s bot)', (bot) => {
    const played = playWithBot(index, `crisis-${bot}`, bot);
    const record = played.record();
    expect(record.events.some((e) => e.type === 'ANSWER_CRISIS')).toBe(true);
    const parsed = parseRecord(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    const result = replayRecord(parsed.ok ? parsed.record : record, index);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.session.game()).toEqual(played.game());
  });

  it('refuses a record whose crisis answer does not exist, naming the event', () => {
    const record = playWithBot(index, 'crisis-random', 'random').record();
    const at = record.events.findIndex((e) => e.type === 'ANSWER_CRISIS');
    const forged: GameRecord = { ...record, events: record.events.map((e, i) => (i === at ? { type: 'ANSWER_CRISIS', answer: 'surrender' } : e)) };
    const result = replayRecord(forged, index);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(new RegExp(`^event ${at + 1} \\(ANSWER_CRISIS\\) was refused: "Standoff over the islands" has no answer "surrender"`));
  });

  it('refuses an answer event without its answer as not a game record', () => {
    const record = playWithBot(index, 'crisis-random', 'random').record();
    const text = JSON.stringify({ ...record, events: [...record.events.slice(0, 3), { type: 'ANSWER_CRISIS' }] });
    expect(parseRecord(text).ok).toBe(false);
  });
});

// The engine played directly (the bench's engine-only runs, the claim tests) must take the very
// turn the game statechart takes: offers, negotiations, moves, resolution, crises, end check. When
// the statechart gained offers and crises, the direct runs silently played another game.
import { describe, expect, it } from 'vitest';
import { playEngineOnly, replayEngineOnly } from '../../bench/engine';
import { playWithBot } from '../../src/app/playBot';
import { BOT_NAMES } from '../../src/engine';
import { scenarioIndex } from '../scenarios/claimHelpers';

const checksums = (history: readonly { checksum: string }[]) => history.map((h) => h.checksum);

describe.each(['tutorial.yaml', 'mother-russia-2016.yaml', 'other-asia-2019.yaml'])('%s played by engine calls alone', (file) => {
  it.each(BOT_NAMES)('reaches the statechart\'s checksums, turn by turn, with the %s bot', async (bot) => {
    const index = await scenarioIndex(file);
    for (const seed of ['direct-1', 'direct-2', 'direct-3']) {
      const session = playWithBot(index, seed, bot);
      const want = checksums(session.game().history);
      expect(checksums(playEngineOnly(index, seed, bot).history)).toEqual(want);
      expect(checksums(replayEngineOnly(index, session.record()).history)).toEqual(want);
    }
  });
});

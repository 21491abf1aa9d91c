// A seed as a person types it on the start screen (for a game alone or a class game) is trimmed:
// "class-7b " read the same as the class's seed on screen and made another game. Spaces inside
// stay, and a seed given exactly (a share link, a record) is never changed: records must replay.
import { describe, expect, it } from 'vitest';
import { cleanSeed, readShareHash } from '../../src/app/browser/url';
import { playWithBot } from '../../src/app/playBot';
import { replayRecord } from '../../src/app/replay';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

describe('a typed seed', () => {
  it('is trimmed where a person types it, its spaces inside kept', () => {
    expect(cleanSeed('class-7b ')).toBe('class-7b');
    expect(cleanSeed('\u00a0 class-7b\t')).toBe('class-7b');
    expect(cleanSeed(' class 7b ')).toBe('class 7b');
    expect(cleanSeed('   ')).toBeNull();
  });

  it('is kept exactly where it is given: a link, a record (whose game the spaces change)', () => {
    expect(readShareHash('#scenario=tutorial&seed=class-7b%20')).toEqual({ ok: true, game: { scenario: 'tutorial', seed: 'class-7b ' } });
    const spaced = playWithBot(index, 'class-7b ', 'greedy').record();
    expect(spaced.checksums).not.toEqual(playWithBot(index, 'class-7b', 'greedy').record().checksums);
    expect(replayRecord(spaced, index)).toMatchObject({ ok: true });
  });
});

// What opening a share link does to the saved game: nothing without asking.
import { describe, expect, it } from 'vitest';
import { planLink, type LinkChoice } from '../../src/app/browser/linkOverSave';
import type { SharedGame } from '../../src/app/browser/url';
import type { ReadSave } from '../../src/app/browser/storage';

const shared = { scenario: 'tutorial', seed: 'linked' };
const saveOf = (id: string, seed: string, seats?: Record<string, string>): ReadSave => ({ kind: 'ok', save: { source: { kind: 'shipped', id }, record: { seed, ...(seats ? { seats } : {}) }, where: 'turn 2 of 4', savedAt: '' } });

/** Plans the link, answering `answer` when asked; records whether it asked. */
async function plan(save: ReadSave, answer: LinkChoice, link: SharedGame = shared) {
  let asked = false;
  const result = await planLink(link, save, async () => {
    asked = true;
    return answer;
  });
  return { result, asked };
}

describe('a share link and the saved game', () => {
  it('starts the linked game when nothing is saved', async () => {
    expect(await plan({ kind: 'none' }, 'keep')).toEqual({ result: 'start', asked: false });
  });

  it('asks before replacing another saved game, and keeps it unless told to replace it', async () => {
    expect(await plan(saveOf('tutorial', 'mine'), 'keep')).toEqual({ result: 'keep', asked: true });
    expect(await plan(saveOf('tutorial', 'mine'), 'replace')).toEqual({ result: 'start', asked: true });
    expect(await plan(saveOf('other-asia-2019', 'linked'), 'keep')).toEqual({ result: 'keep', asked: true });
    expect(await plan({ kind: 'broken', reason: 'not JSON' }, 'keep')).toEqual({ result: 'keep', asked: true });
  });

  it('resumes the saved game when the link names that very game', async () => {
    expect(await plan(saveOf('tutorial', 'linked'), 'replace')).toEqual({ result: 'resume', asked: false });
  });

  it('takes the seats as part of the game: other seats are another game, the same seats in any order the same', async () => {
    const seated: SharedGame = { ...shared, seats: { china: 'person', japan: 'expert' } };
    expect(await plan(saveOf('tutorial', 'linked'), 'keep', seated)).toEqual({ result: 'keep', asked: true });
    expect(await plan(saveOf('tutorial', 'linked', { china: 'person' }), 'keep', seated)).toEqual({ result: 'keep', asked: true });
    expect(await plan(saveOf('tutorial', 'linked', { japan: 'expert', china: 'person' }), 'keep', seated)).toEqual({ result: 'resume', asked: false });
    expect(await plan(saveOf('tutorial', 'linked', { china: 'person' }), 'keep')).toEqual({ result: 'keep', asked: true });
  });
});

// What opening a share link does to the saved game: nothing without asking.
import { describe, expect, it } from 'vitest';
import { planLink, type LinkChoice } from '../../src/app/browser/linkOverSave';
import type { ReadSave } from '../../src/app/browser/storage';

const shared = { scenario: 'tutorial', seed: 'linked' };
const saveOf = (id: string, seed: string): ReadSave => ({ kind: 'ok', save: { source: { kind: 'shipped', id }, record: { seed }, where: 'turn 2 of 4', savedAt: '' } });

/** Plans the link, answering `answer` when asked; records whether it asked. */
async function plan(save: ReadSave, answer: LinkChoice) {
  let asked = false;
  const result = await planLink(shared, save, async () => {
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
});

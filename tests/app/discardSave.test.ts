// Discarding the saved game keeps a way back while the start screen shows: Undo puts it back as it
// was, unless another game was saved meanwhile (it would be lost in its turn).
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeStorage } from './fakeStorage';
import { discardSave } from '../../src/app/browser/discardSave';
import { SAVE_KEY, readSave, writeSave } from '../../src/app/browser/storage';

const items = useFakeStorage();
beforeEach(() => {
  // The shared fake has no removeItem, which discarding uses.
  (window.localStorage as Storage).removeItem = (key: string) => void items().delete(key);
});

const save = (seed: string) => writeSave({ source: { kind: 'shipped', id: 'tutorial' }, record: { seed } as never, where: 'Jun–Aug 2016, turn 2 of 4', savedAt: '2016-06-01T00:00:00.000Z' });

describe('discarding the saved game', () => {
  it('removes it, and Undo puts it back exactly as it was', () => {
    save('amur-1');
    const before = items().get(SAVE_KEY);
    const undo = discardSave();
    expect(readSave()).toEqual({ kind: 'none' });
    expect(undo()).toBe(true);
    expect(items().get(SAVE_KEY)).toBe(before);
    expect(readSave()).toMatchObject({ kind: 'ok', save: { record: { seed: 'amur-1' } } });
  });

  it('puts back a save that could not be resumed too', () => {
    items().set(SAVE_KEY, '{not json');
    const undo = discardSave();
    expect(items().has(SAVE_KEY)).toBe(false);
    expect(undo()).toBe(true);
    expect(items().get(SAVE_KEY)).toBe('{not json');
  });

  it('does not write over a game saved since, nor bring back what was not there', () => {
    save('amur-1');
    const undo = discardSave();
    save('amur-2');
    expect(undo()).toBe(false);
    expect(readSave()).toMatchObject({ kind: 'ok', save: { record: { seed: 'amur-2' } } });
    items().clear();
    expect(discardSave()()).toBe(false);
    expect(items().has(SAVE_KEY)).toBe(false);
  });
});

// Which rooms the server brings back when it starts: those that were open when it stopped. A game
// closed for now waits for its teacher; an ended game is never brought back, even when its teacher
// had opened it again to show how it ended (its log then ends with "opened" after "ended").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RoomStore } from '../../src/server/roomLog';
import { headerOf } from './support/classGameHarness';

const dir = mkdtempSync(join(tmpdir(), 'pivot-open-rooms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A room's log: its header, then the lifecycle lines given. */
function logOf(code: string, lifecycle: object[]): void {
  const lines = [{ ...headerOf('tutorial.yaml', `seed-${code}`, 'greedy'), code }, ...lifecycle];
  writeFileSync(join(dir, `${code}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

describe('the rooms brought back at start', () => {
  it('are those left open, and those closed for now and opened again; never an ended game', () => {
    logOf('HHHHHHH2', []);
    logOf('CCCCCCC2', [{ t: 'closed' }]);
    logOf('CCCCCCC3', [{ t: 'closed' }, { t: 'opened' }]);
    logOf('EEEEEEE2', [{ t: 'ended', reason: 'over' }]);
    logOf('EEEEEEE3', [{ t: 'ended', reason: 'teacher' }, { t: 'opened' }]);
    logOf('EEEEEEE4', [{ t: 'ended', reason: 'over' }, { t: 'opened' }, { t: 'closed' }, { t: 'opened' }]);
    expect(new RoomStore(dir).openRooms().sort()).toEqual(['CCCCCCC3', 'HHHHHHH2']);
  });
});

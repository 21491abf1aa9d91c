import { describe, expect, it } from 'vitest';
import type { Lobby } from '../../../src/net/protocol';
import { classRecordFileName, recordOwner } from '../../../src/ui/class/recordDownload';

const lobby: Lobby = {
  seats: [
    { actor: 'russia', name: 'Russia', members: [{ id: 'm1', name: 'Anna', connected: true }], submitter: 'm1', computer: false, playedByComputer: false },
    { actor: 'china', name: 'China', members: [{ id: 'm2', name: 'Boris', connected: true }, { id: 'm3', name: 'Chén Lì', connected: true }], submitter: 'm2', computer: false, playedByComputer: false },
  ],
  watchers: 1,
};
const nameFor = (state: Parameters<typeof recordOwner>[0]) => classRecordFileName('tutorial', 'ABCD2345', 8, recordOwner(state));

describe("a class game's record file name", () => {
  it("says whose copy it is, so that a class's files are told apart", () => {
    const names = [
      nameFor({ role: 'student', seat: 'russia', memberId: 'm1', lobby }),
      nameFor({ role: 'student', seat: 'china', memberId: 'm2', lobby }),
      nameFor({ role: 'student', seat: 'china', memberId: 'm3', lobby }),
      nameFor({ role: 'student', seat: null, memberId: 'm4', lobby }),
      nameFor({ role: 'teacher', seat: null, memberId: 't', lobby }),
    ];
    expect(names).toEqual([
      'pivot-east-class-tutorial-abcd2345-russia-anna-turn-8.json',
      'pivot-east-class-tutorial-abcd2345-china-boris-turn-8.json',
      // Only what a file name keeps on every system: a–z, the accents taken off.
      'pivot-east-class-tutorial-abcd2345-china-chen-li-turn-8.json',
      'pivot-east-class-tutorial-abcd2345-no-seat-turn-8.json',
      'pivot-east-class-tutorial-abcd2345-teacher-turn-8.json',
    ]);
  });

  it('keeps the owner and the turn when the scenario id is long', () => {
    const name = classRecordFileName('x'.repeat(64), 'ABCD2345', 12, { role: 'student', seat: 'south-korea', name: 'A very long student name indeed' });
    expect(name).toMatch(/-abcd2345-south-korea-a-very-long-student-name-turn-12\.json$/);
    expect(name.length).toBeLessThanOrEqual(100 + ".json".length);
  });
});

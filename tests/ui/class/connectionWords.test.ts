// The connection line of a class game's pages: the device's own word that it is offline first
// (the link learns of a drop only when its socket closes), then the link's state.
import { describe, expect, it } from 'vitest';
import { connectionWords } from '../../../src/ui/class/connectionWords';

describe("a class page's connection line", () => {
  it('says an offline device first, to a student and to the teacher', () => {
    expect(connectionWords('connected', false, 'student')).toBe('This device is offline: your seat waits for you, and what you do now is sent when it is back online (a suggestion to your team is not: make it again then).');
    expect(connectionWords('reconnecting', false, 'teacher')).toBe('This device is offline: the game goes on on the class server, and what you do now is sent when it is back online.');
  });

  it("then the link's state, and nothing when connected or left", () => {
    expect(connectionWords('reconnecting', true, 'student')).toBe('Connection lost: reconnecting…');
    expect(connectionWords('lost', true, 'teacher')).toBe('The class server cannot be reached.');
    expect(connectionWords('connected', true, 'student')).toBe('');
    expect(connectionWords('left', false, 'student')).toBe('');
  });
});

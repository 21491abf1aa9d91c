// Why a class game could not be joined, in words a student can act on: the class server's
// matchmaker answers a code of no open game with "no rooms found with provided criteria".
import { describe, expect, it } from 'vitest';
import { connectProblem } from '../../src/app/browser/classRooms';

const URL = 'http://192.168.1.20:2567';

describe('connectProblem', () => {
  it('says a code of no open game in plain words: mistyped, ended or closed for now', () => {
    const said = connectProblem(Object.assign(new Error('no rooms found with provided criteria'), { name: 'ServerError', code: 4212 }), URL);
    expect(said).toBe('There is no open class game with this code: check it with your teacher. A game that has ended cannot be joined again (its record is downloaded from its end screen); one closed for now opens again when the teacher opens it.');
  });

  it('tells a server that cannot be reached from one that refused', () => {
    expect(connectProblem(new TypeError('Failed to fetch'), URL)).toMatch(/^The class server at http:\/\/192\.168\.1\.20:2567 cannot be reached\./);
    expect(connectProblem(new Error('the room is full'), URL)).toBe('The class server refused: the room is full.');
  });
});

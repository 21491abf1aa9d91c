// Broken game records, each with the plain words its error must hold, and zod's own wording that
// must never reach a player. Shared by the record, CLI and browser tests.
import { playWithBot } from '../../src/app/playBot';
import { fixtureIndex } from '../engine/fixture';

export const record = playWithBot(fixtureIndex(), 'plain-words', 'greedy').record();
const events = record.events;

/** Broken records, each with the words its error must hold. */
export const BROKEN: [string, unknown, string][] = [
  ['wrong format', { ...record, format: 'pivot-east-save/1' }, 'format: "pivot-east-save/1" is not one of: pivot-east-record/1, pivot-east-record/2'],
  ['missing seed', { ...record, seed: undefined }, 'seed: required field is missing'],
  ['seed of the wrong type', { ...record, seed: 7 }, 'seed: expected text, got the number 7'],
  ['unknown event type', { ...record, events: [...events.slice(0, 4), { type: 'frobnicate' }] }, 'events[4].type (event 5\'s type): "frobnicate" is not one of: PROPOSE, WITHDRAW, END_TURN, TAKE_COUNTER, DECLINE_COUNTER, COUNTER_BACK'],
  ['misspelt event type', { ...record, events: [{ type: 'END_TUNR' }] }, '(did you mean "END_TURN"?)'],
  ['event without a type', { ...record, events: [{ option: 'x' }] }, 'events[0] (event 1): has no "type"'],
  ['proposal without an option', { ...record, events: [{ type: 'PROPOSE' }] }, 'events[0].option (event 1\'s option): required field is missing'],
  ['extra field in an event', { ...record, events: [{ type: 'END_TURN', code: 'alert(1)' }] }, 'events[0] (event 1): unknown field "code"; the fields here are: type'],
  ['extra field in the record', { ...record, cheat: true }, '(file): unknown field "cheat"'],
  ['bad checksum', { ...record, checksums: record.checksums.map((c, i) => (i === 2 ? 'XYZ' : c)) }, 'checksums[2] (turn 3\'s checksum): should be 16 hexadecimal digits (0–9 and a–f); got "XYZ"'],
  ['bad scenario hash', { ...record, scenario: { ...record.scenario, hash: 'nope' } }, "scenario.hash (the scenario's content hash): should be 16 hexadecimal digits"],
  ['events not a list', { ...record, events: {} }, 'events: expected a list ([ … ]), got an object'],
  ['fractional score', { ...record, result: { ...record.result!, score: 1.5 } }, 'result.score: expected a whole number, got the number 1.5'],
  ['a list, not a record', [record], '(file): expected an object ({ … }), got a list'],
  ['null', null, '(file): expected an object ({ … }), got an empty value'],
  // A class game's notes (docs/class-server.md).
  ['note after the last event', { ...record, notes: [{ atEvent: events.length + 1, text: 'The teacher ended turn 1 now' }] }, "notes[0].atEvent: a note placed after the record's last event"],
  ['note without text', { ...record, notes: [{ atEvent: 0 }] }, 'notes[0].text'],
  // The computer named on the class's own choices: format 2 only, and only a bot that stands in.
  ['a bot named in a record of format 1', { ...record, events: [{ type: 'END_TURN', by: 'greedy' }] }, `events[0].by (event 1's by): an event decided by the computer for a class game's player is kept in records of format "pivot-east-record/2"`],
  ['a bot that does not stand in', { ...record, format: 'pivot-east-record/2', events: [{ type: 'END_TURN', by: 'random' }] }, `events[0].by (event 1's by): "random" is not one of: greedy, expert`],
];

/** zod's words, which a player must never see. */
export const RAW_ZOD = /Invalid|Expected|received|discriminator|Unrecognized|Too big|Too small|must match pattern/;

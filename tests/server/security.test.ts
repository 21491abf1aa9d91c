// What a client may not do, against a real server process: act for another seat, replay a message,
// send malformed or oversized ones, act as the teacher without the token, flood the room, join by
// a wrong code. Each refusal reaches the sender alone, with its reason, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL } from '../../src/net/protocol';
import { hostClassGame, joinClassGame, type StudentLink, type TeacherLink } from '../../src/net/classClient';
import { rawJoin, type RawClient } from './support/rawClient';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, type ServerProcess, until } from './support/classServerProcess';

let server: ServerProcess;
let teacher: TeacherLink;
let anna: StudentLink; // Russia
let ben: StudentLink; // Japan
let carl: StudentLink; // Japan too: suggests
let eve: RawClient; // holds China, sends anything

beforeAll(async () => {
  server = await startServer();
  teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'security' });
  anna = await joinClassGame(server.url, teacher.code, { name: 'Anna' });
  ben = await joinClassGame(server.url, teacher.code, { name: 'Ben' });
  carl = await joinClassGame(server.url, teacher.code, { name: 'Carl' });
  eve = await rawJoin(server.url, { code: teacher.code, name: 'Eve' });
  await eve.next('welcome');
  expect(await anna.takeSeat(teacher.view().player)).toEqual({ ok: true });
  expect(await ben.takeSeat('japan')).toEqual({ ok: true });
  expect(await carl.takeSeat('japan')).toEqual({ ok: true });
  eve.room.send('takeSeat', { id: 'seat', actor: 'china' });
  await eve.next('done', (m) => m.id === 'seat');
  expect(await teacher.start()).toEqual({ ok: true });
}, SERVER_TEST_TIMEOUT);

afterAll(stopAll);

const eventCount = () => teacher.view().events;

describe('the class server refuses what a client may not do', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('refuses an event forged for another seat, to its sender only, changing nothing', async () => {
    const before = eventCount();
    const forged = await ben.send({ type: 'PROPOSE', option: 'japan-card' });
    expect(forged).toEqual({ ok: false, reason: "you hold Japan's seat: you cannot act for Russia" });
    const forSeat = await ben.send({ type: 'SEAT_MOVE', actor: 'china', move: null });
    expect(forSeat).toEqual({ ok: false, reason: "you hold Japan's seat: you cannot act for China" });
    // Nor may a student's event say a bot decided it (the record would tell the class so).
    expect(await ben.send({ type: 'SEAT_MOVE', actor: 'japan', move: null, by: 'greedy' })).toEqual({ ok: false, reason: 'a student decides as a student: the event names no bot' });
    expect(await anna.send({ type: 'PROPOSE', option: 'japan-card', by: 'expert' })).toEqual({ ok: false, reason: 'a student decides as a student: the event names no bot' });
    eve.room.send('event', { id: 'forge-1', event: { type: 'END_TURN' } });
    expect(await eve.next('refused', (m) => m.id === 'forge-1')).toEqual({ id: 'forge-1', reason: "you hold China's seat: you cannot act for Russia" });
    expect(eventCount()).toBe(before);
    expect(anna.view().lastRefusal).toBeNull();
    expect(anna.session().events).toHaveLength(before);
  });

  it('lets only the first holder of a seat submit; the others suggest, to that seat alone', async () => {
    const refused = await carl.send({ type: 'SEAT_ANSWER', actor: 'japan', answer: 'accept' });
    expect(refused).toEqual({ ok: false, reason: 'Ben submits for Japan: send your idea as a suggestion' });
    carl.suggest({ type: 'SEAT_ANSWER', actor: 'japan', answer: 'reject' });
    await until(() => ben.view().suggestions.length === 1, 'Ben to see the suggestion');
    expect(ben.view().suggestions[0]).toEqual({ from: 'Carl', seat: 'japan', event: { type: 'SEAT_ANSWER', actor: 'japan', answer: 'reject' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(anna.view().suggestions).toEqual([]);
    expect(eve.received.filter((r) => r.type === 'suggestion')).toEqual([]);
    // Nor to the teacher, who holds no seat.
    expect(teacher.view().suggestions).toEqual([]);
  });

  it('refuses a suggestion for another seat or naming what the scenario lacks, passing nothing on', async () => {
    const heard = () => eve.received.filter((r) => r.type === 'suggestion').length;
    const before = heard();
    eve.room.send('suggest', { event: { type: 'SEAT_MOVE', actor: 'china', move: '<img src=x>' } });
    expect((await eve.next('refused', (m) => m.id === null && m.reason.includes('<img'))).reason).toBe('this scenario has no move "<img src=x>" of china');
    eve.room.send('suggest', { event: { type: 'PROPOSE', option: 'japan-card' } });
    expect((await eve.next('refused', (m) => m.id === null && m.reason.includes('suggest for'))).reason).toBe("you hold China's seat: you cannot suggest for Russia");
    await new Promise((r) => setTimeout(r, 200));
    expect(heard()).toBe(before);
    expect(anna.view().suggestions).toEqual([]);
  });

  it('accepts a message once: the same message sent again is refused', async () => {
    const before = eventCount();
    const plan = { id: 'plan-1', event: { type: 'PROPOSE', option: 'japan-card' } };
    const raw = await rawJoin(server.url, { code: teacher.code, name: 'Anna', memberToken: anna.memberToken });
    await raw.next('welcome');
    raw.room.send('event', plan);
    const accepted = await raw.next('accepted', (m) => m.id === 'plan-1');
    expect(accepted.seq).toBe(before);
    raw.room.send('event', plan);
    expect((await raw.next('refused', (m) => m.id === 'plan-1')).reason).toBe(`this message was already accepted (event ${before}); it is not applied twice`);
    await until(() => anna.view().events === before + 1, 'Anna to replay the event');
    // The same event as a new message: the game itself refuses a second proposal of the option.
    raw.room.send('event', { ...plan, id: 'plan-2' });
    expect((await raw.next('refused', (m) => m.id === 'plan-2')).reason).toMatch(/already/);
    expect(eventCount()).toBe(before + 1);
    await raw.room.leave(true);
  });

  it('refuses malformed, unknown and oversized messages and a teacher action without the token', async () => {
    const before = eventCount();
    const cases: [string, unknown, RegExp][] = [
      ['event', { id: 'm1', event: { type: 'PROPOSE' } }, /^malformed event message: event\.option/],
      ['event', { id: 'm2', event: { type: 'LAUNCH_MISSILES' } }, /^malformed event message/],
      ['event', { id: 'm3', event: { type: 'END_TURN' }, extra: 1 }, /^malformed event message/],
      ['event', 'END_TURN', /^malformed event message/],
      ['takeSeat', { id: 'm4', actor: 'x'.repeat(5000) }, /larger than 4096 bytes/],
      ['teacher', { id: 'm5', token: '0'.repeat(32), action: 'endGame' }, /only the teacher may do that/],
      ['teacher', { id: 'm6', token: teacher.teacherToken, action: 'explode' }, /^malformed teacher message/],
    ];
    for (const [type, message, reason] of cases) {
      eve.room.send(type, message);
      const id = (message as { id?: string }).id ?? null;
      expect((await eve.next('refused', (m) => m.id === id)).reason).toMatch(reason);
    }
    eve.room.send('hello', { id: 'm7' });
    expect((await eve.next('refused', (m) => m.reason.includes('unknown message type'))).reason).toBe('unknown message type "hello"');
    expect(eventCount()).toBe(before);
    expect(teacher.view().ended).toBeNull();
  });

  it('refuses joining with a wrong code or forged options', async () => {
    await expect(joinClassGame(server.url, 'ZZZZZZZZ', { name: 'Mallory' })).rejects.toThrow(/no rooms found/);
    await expect(rawJoin(server.url, { code: teacher.code, name: 'Mallory', role: 'teacher' })).rejects.toThrow(/cannot join/);
    // A page of another version is refused in words before it meets messages it cannot read.
    await expect(rawJoin(server.url, { code: teacher.code, name: 'Olga', protocol: undefined })).rejects.toThrow('this page is an older version of Pivot East than the class server: reload the page (or open the link again) to get the new one');
    await expect(rawJoin(server.url, { code: teacher.code, name: 'Nina', protocol: PROTOCOL + 1 })).rejects.toThrow('the class server runs an older version of Pivot East than this page: ask the teacher to update the server');
    await expect(rawJoin(server.url, { code: teacher.code, teacherToken: 'f'.repeat(32) })).rejects.toThrow(/not the teacher's token/);
  });

  it('refuses a flood of messages beyond the rate limit', async () => {
    for (let i = 0; i < 120; i++) eve.room.send('leaveSeat', { id: `flood-${i}` });
    const limited = await eve.next('refused', (m) => m.reason === 'too many messages: wait a moment');
    expect(limited.id).toMatch(/^flood-/);
    await until(() => eve.received.filter((r) => r.message?.id?.startsWith?.('flood-')).length === 120, 'an answer to every message');
    expect(eve.received.filter((r) => r.type === 'done' && r.message.id.startsWith('flood-')).length).toBeLessThan(120);
  });
});

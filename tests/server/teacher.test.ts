// The teacher's controls against a real server process: pause, "end the turn now" (a note in the
// record, which still replays offline), the turn timer, and a seat given to the computer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { askingOf, phaseOf } from '../../src/app/session';
import { hostClassGame, joinClassGame, type StudentLink, type TeacherLink } from '../../src/net/classClient';
import { indexFromSource } from '../../src/net/classScenario';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, type ServerProcess, until } from './support/classServerProcess';
import { rawJoin } from './support/rawClient';

let server: ServerProcess;
let teacher: TeacherLink;
let anna: StudentLink;

beforeAll(async () => {
  server = await startServer();
  teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'teacher-1' });
  anna = await joinClassGame(server.url, teacher.code, { name: 'Anna' });
  await anna.takeSeat(teacher.view().player);
  await teacher.start();
}, SERVER_TEST_TIMEOUT);

afterAll(stopAll);

const tutorial = () => {
  const built = indexFromSource({ fileName: 'tutorial.yaml', text: readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8') });
  if (!built.ok) throw new Error(built.error);
  return built.index;
};

describe("the teacher's controls", { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('pauses the game: events are refused until it resumes', async () => {
    expect(await teacher.pause()).toEqual({ ok: true });
    await until(() => anna.view().clock.paused, 'Anna to see the pause');
    expect(await anna.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: false, reason: 'the game is paused by the teacher' });
    expect(await teacher.resume()).toEqual({ ok: true });
    expect(await anna.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: true });
  });

  it('ends the turn now: the computer decides what the turn waits for, a note says so, and the record replays', async () => {
    const turn = anna.session().game().turn;
    expect(await teacher.endTurnNow()).toEqual({ ok: true });
    await until(() => anna.session().game().turn > turn || anna.view().ended !== null, 'the next turn');
    expect(anna.view().notes[0]).toEqual({ atEvent: expect.any(Number), text: `The teacher ended turn ${turn} now: the computer decided what the turn still waited for.` });
    const record = anna.record();
    expect(record.notes).toEqual(anna.view().notes);
    // Russia's planning ended by the room, not by Anna, whose own proposal names no bot.
    expect(record.events[record.notes![0]!.atEvent]).toEqual({ type: 'END_TURN', by: 'greedy' });
    expect(record.events.filter((e) => e.type === 'PROPOSE')).toEqual([{ type: 'PROPOSE', option: 'japan-card' }]);
    const parsed = parseRecord(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    const replayed = replayRecord(parsed.ok ? parsed.record : record, tutorial());
    expect(replayed.ok).toBe(true);
  });

  it('ends the turn now while it waits for a student in another seat: the computer answers for that seat', async () => {
    const other = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'teacher-2' });
    const russia = await joinClassGame(server.url, other.code, { name: 'Rita' });
    const japan = await joinClassGame(server.url, other.code, { name: 'Jun' });
    await russia.takeSeat(other.view().player);
    expect(await japan.takeSeat('japan')).toEqual({ ok: true });
    await other.start();
    const turn = russia.session().game().turn;
    // Japan is asked to answer a proposal, and Jun does not answer.
    await until(() => phaseOf(russia.session().snapshot()) === 'planning', 'the planning');
    expect(await russia.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: true });
    expect(await russia.send({ type: 'END_TURN' })).toEqual({ ok: true });
    await until(() => askingOf(russia.session().snapshot())?.actor === 'japan', 'Japan to be asked');
    expect(await other.endTurnNow()).toEqual({ ok: true });
    await until(() => russia.session().game().turn > turn || russia.view().ended !== null, 'the next turn');
    expect(russia.record().events.some((e) => e.type === 'SEAT_ANSWER' && e.actor === 'japan')).toBe(true);
    await Promise.all([other.leave(), russia.leave(), japan.leave()]);
  });

  it('refuses a student the seat the teacher gave to the computer, which goes on playing it', async () => {
    const other = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'teacher-3' });
    const rita = await joinClassGame(server.url, other.code, { name: 'Rita' });
    const jun = await joinClassGame(server.url, other.code, { name: 'Jun' });
    expect(await rita.takeSeat(other.view().player)).toEqual({ ok: true });
    // Jun stays in Japan's seat: the computer plays it by the teacher's word, not because it is empty.
    expect(await jun.takeSeat('japan')).toEqual({ ok: true });
    expect(await other.giveToComputer('japan')).toEqual({ ok: true });
    // Carl asks for the seat on the wire, to see the server's words and who plays what.
    const carl = await rawJoin(server.url, { code: other.code, name: 'Carl' });
    await carl.next('welcome');
    carl.room.send('takeSeat', { id: 'japan-please', actor: 'japan' });
    expect(await carl.next('refused', (m) => m.id === 'japan-please')).toEqual({ id: 'japan-please', reason: "the teacher gave Japan's seat to the computer" });
    const japan = () => other.view().lobby.seats.find((s) => s.actor === 'japan')!;
    await until(() => japan().computer, 'the teacher to see Japan given to the computer');
    expect(japan()).toMatchObject({ playedByComputer: true, members: [{ name: 'Jun' }] });

    // Japan is asked to answer Russia's proposal: the computer answers for it, Jun seated or not.
    await other.start();
    expect(await rita.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: true });
    expect(await rita.send({ type: 'END_TURN' })).toEqual({ ok: true });
    const answer = await carl.next('accepted', (m) => m.seat === 'japan');
    expect(answer).toMatchObject({ event: { type: 'SEAT_ANSWER', actor: 'japan', by: 'greedy' }, by: 'computer' });

    // Nor does a student who leaves the seat get it back.
    expect(await jun.leaveSeat()).toEqual({ ok: true });
    expect(await jun.takeSeat('japan')).toEqual({ ok: false, reason: "the teacher gave Japan's seat to the computer" });
    expect(carl.received.some((r) => r.type === 'done' && r.message.id === 'japan-please')).toBe(false);
    await Promise.all([other.leave(), rita.leave(), jun.leave(), carl.room.leave(true)]);
  });

  it('ends a turn when its time is up', async () => {
    const turn = anna.session().game().turn;
    const notes = anna.view().notes.length;
    expect(await teacher.setTurnSeconds(1)).toEqual({ ok: true });
    await until(() => anna.view().notes.length > notes && (anna.session().game().turn > turn || anna.view().ended !== null), 'the time to be up and the turn to end', 15_000);
    expect(anna.view().notes[notes]!.text).toMatch(/^Time was up on turn \d+/);
    expect(await teacher.setTurnSeconds(0)).toEqual({ ok: true });
  });

  it('gives a seat to the computer, which then plays it (here to the end of the game)', async () => {
    await anna.send({ type: 'END_TURN' });
    // Whatever Anna's seat is asked, the computer now decides it.
    expect(await teacher.giveToComputer(teacher.view().player)).toEqual({ ok: true });
    await until(() => anna.view().ended === 'over', 'the computer to finish the game', 20_000);
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: false, reason: 'the game is over' });
    const record = anna.record();
    expect(record.result).not.toBeNull();
    const replayed = replayRecord(record, tutorial());
    expect(replayed.ok).toBe(true);
    expect(teacher.session().record().checksums).toEqual(record.checksums);
  });
});

// A phone whose Wi-Fi goes quiet closes nothing: its socket stays open on the server, and the
// teacher's table would show the student connected, and the team's choices would wait for her as
// its submitter, for as long as the socket lived. The server's pings, unanswered, end it: here a
// proxy carries nothing any more (no close, no reset), and the room must soon show her away and
// hand the team's choices to the member still there. It pins what the transport's pings (its
// defaults, named in classServer.ts) already did: with them switched off it fails.
import { afterAll, describe, expect, it } from 'vitest';
import { hostClassGame, joinClassGame, type StudentLink, type TeacherLink } from '../../src/net/classClient';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { freezingProxy, type FreezingProxy } from './support/freezingProxy';

afterAll(stopAll);

describe('a student whose network goes quiet', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('is shown away to the teacher, and the team submits without her, within the pings’ reach', async () => {
    const server = await startServer();
    const proxy = await freezingProxy(server.port);
    const teacher = await hostClassGame(server.url, { scenario: { id: 'other-asia-2019' }, seed: 'quiet-1' });
    const anna = await joinClassGame(proxy.url.replace('http', 'ws'), teacher.code, { name: 'Anna', reconnectForMs: 1000 });
    const ben = await joinClassGame(server.url, teacher.code, { name: 'Ben' });
    try {
      await quietStudent(teacher, anna, ben, proxy);
    } finally {
      await proxy.close();
      await Promise.all([teacher.leave(), ben.leave(), anna.leave()]);
      await server.stop();
    }
  });
});

/** Anna (through the proxy) and Ben share China's seat; the proxy goes quiet. */
async function quietStudent(teacher: TeacherLink, anna: StudentLink, ben: StudentLink, proxy: FreezingProxy): Promise<void> {
  await anna.takeSeat('china');
  await ben.takeSeat('china');
  const china = () => teacher.view().lobby.seats.find((s) => s.actor === 'china')!;
  const annaOnTable = () => china().members.find((m) => m.name === 'Anna')!;
  await until(() => china().members.length === 2, 'both on China’s seat');
  expect(annaOnTable().connected).toBe(true);
  expect(china().submitter).toBe(anna.view().memberId);

  proxy.freeze();
  // Three ping intervals of the transport's (3 s each) at most: two unanswered, then the end.
  await until(() => !annaOnTable().connected, 'the teacher to see Anna away', 12_000);
  expect(china().submitter).toBe(ben.view().memberId);
  expect(ben.view().lobby.seats.find((s) => s.actor === 'china')!.submitter).toBe(ben.view().memberId);
}

// A tutorial class game under way on a real server: hosted, Anna in Russia's seat, started, and
// turn 1 ended by her (the start several server tests share).
import { hostClassGame, joinClassGame, type HostOptions, type StudentLink, type TeacherLink } from '../../../src/net/classClient';

export async function tutorialUnderWay(url: string, seed: string, host: Partial<HostOptions> = {}): Promise<{ teacher: TeacherLink; anna: StudentLink }> {
  const teacher = await hostClassGame(url, { scenario: { id: 'tutorial' }, seed, ...host });
  const anna = await joinClassGame(url, teacher.code, { name: 'Anna' });
  await anna.takeSeat(teacher.view().player);
  await teacher.start();
  const ended = await anna.send({ type: 'END_TURN' });
  if (!ended.ok) throw new Error(`Anna's END_TURN was refused: ${JSON.stringify(ended)}`);
  return { teacher, anna };
}

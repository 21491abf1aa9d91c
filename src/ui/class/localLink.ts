// A join link that names the teacher's own computer (the page opened at localhost) cannot be opened
// by the students' devices: the teacher is told so, and where the students go instead.
const THIS_COMPUTER = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** The warning for a join link that only this computer can open, or null. */
export function localLinkWarning(link: string): string | null {
  const url = new URL(link);
  if (!THIS_COMPUTER.test(url.hostname)) return null;
  const port = url.port ? `:${url.port}` : '';
  return `This link names this computer itself (${url.hostname}): students’ devices cannot open it. They open the game at this computer’s address on the school network (npm run serve prints it, as http://192.168.…${port}/) and type the code.`;
}

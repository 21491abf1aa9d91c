// The page's class-game screens and the way between them: host (the teacher's screen), join by
// code or by a `?class=CODE` link (the student's screen), and the debrief at the end. The class
// chunk (network client and screens) is imported only here, when one of them opens.
import type { BrowserGame } from './game';
import type { ScenarioSource } from './storage';
import type { TeacherRoom } from '../../ui/class/classRoom';
import type { StartOptions } from '../../ui/startScreen';

export interface ClassPageHost {
  root: HTMLElement;
  /** Replaces the page's screen (the last one is disposed). */
  mount(next: () => () => void): void;
  showStart(extra?: Partial<StartOptions>): void;
  /** The debrief of a finished game (the ending screen, with the record to download). */
  showEnding(game: BrowserGame): void;
}

const classApp = () => import('../../ui/class/classApp');

/** The code of a join link (`?class=CODE`), or null. */
export function classCodeOf(search: string): string | null {
  const code = new URLSearchParams(search).get('class');
  return code === null ? null : code.slice(0, 16);
}

export function classPages(page: ClassPageHost) {
  async function host(source: ScenarioSource, key: string, seed: string, turnSeconds: number): Promise<void> {
    const app = await classApp();
    const scenario = source.kind === 'shipped' ? { id: source.id } : { yaml: source.text, fileName: source.fileName };
    const opened = await app.hostRoom({ scenario, seed, turnSeconds });
    if (!opened.ok) return page.showStart({ message: { text: opened.problem }, selected: key, seed });
    showTeacher(app, opened.room);
  }

  /** A game this browser hosted, opened again (the next lesson, or after leaving its screen). */
  async function reopen(code: string, teacherToken: string): Promise<void> {
    const app = await classApp();
    const opened = await app.reopenRoom(code, teacherToken);
    if (!opened.ok) return page.showStart({ message: { text: `The class game ${code} could not be opened again. ${opened.problem}` } });
    showTeacher(app, opened.room);
  }

  function showTeacher(app: Awaited<ReturnType<typeof classApp>>, room: TeacherRoom): void {
    const code = room.state().code;
    document.title = `Class game ${code} — Pivot East`;
    page.mount(() => {
      const dispose = app.mountTeacherScreen(page.root, room, app.classJoinLink(code), { leave: () => page.showStart() });
      return () => {
        dispose();
        room.leave();
      };
    });
  }

  async function join(code = ''): Promise<void> {
    const app = await classApp();
    document.title = 'Join a class game — Pivot East';
    page.mount(() =>
      app.mountJoinScreen(page.root, code, app.keptMember(code)?.name ?? '', {
        back: leaveToStart,
        join: async (typed, name) => {
          const opened = await app.joinRoom(typed, name);
          if (!opened.ok) return opened.problem;
          const room = opened.room;
          // A reload (or the link opened again) comes back to this game.
          history.replaceState(null, '', `${location.pathname}?class=${encodeURIComponent(typed)}`);
          document.title = `Class game ${typed} — Pivot East`;
          page.mount(() => {
            const ended = (game: BrowserGame) => {
              // The debrief's share link is the scenario and seed, not this class game.
              history.replaceState(null, '', location.pathname);
              page.showEnding(game);
            };
            const dispose = app.mountStudentScreen(page.root, room, { ended, leave: leaveToStart });
            return () => {
              dispose();
              room.leave();
            };
          });
          return null;
        },
      }),
    );
  }

  /** The start screen, without the join link's code in the address (a reload stays there). */
  function leaveToStart(): void {
    history.replaceState(null, '', location.pathname + location.hash);
    page.showStart();
  }

  return { host, reopen, join };
}

// The page's class-game screens and the way between them: host (the teacher's screen), join by
// code or by a `?class=CODE` link (the student's screen), and the debrief at the end. Part of the
// class chunk (src/ui/class/classApp.ts): the page loads it only when one of them opens.
import { mountJoinScreen } from '../../ui/class/joinScreen';
import { mountStudentScreen } from '../../ui/class/studentScreen';
import { mountTeacherScreen } from '../../ui/class/teacherScreen';
import { askingBack, replaceAddress } from './backButton';
import { normaliseCode, spacedCode } from '../../ui/class/joinCode';
import { askToLeaveClass, type Leaver } from '../../ui/class/leaveQuestion';
import { classJoinLink, hostRoom, joinRoom, openKeptDebrief, reopenRoom } from './classRooms';
import { keptDebrief, keptMember, keptTeacherGames } from './classStore';
import type { BrowserGame } from './game';
import type { ScenarioSource } from './storage';
import type { ComputerPlayer } from '../../net/protocol';
import type { ClassRoom, TeacherRoom } from '../../ui/class/classRoom';
import type { StartOptions } from '../../ui/startScreen';
import type { DebriefReader } from '../../ui/endingScreen';

export interface ClassPageHost {
  root: HTMLElement;
  /** Replaces the page's screen (the last one is disposed); `back`: where the browser's Back goes from it. */
  mount(next: () => () => void, back?: () => void): void;
  showStart(extra?: Partial<StartOptions>): void;
  /**
   * The debrief of a finished game (the ending screen, with the record to download); `reader`: the
   * student's seat, for its words and its own decisions; `back`: the screen it goes back to.
   */
  showEnding(game: BrowserGame, reader?: DebriefReader, back?: { label: string; go(): void }): void;
}

/**
 * The browser's Back on a class game's screen: while the game goes on, it asks first (`who`'s
 * question); once the game has ended or is closed, it leaves. `dispose` (with the screen) closes a
 * question still open, as does the game's end or closing meanwhile: it no longer holds.
 */
function askedBack(room: ClassRoom, who: Leaver, leave: () => void): { back: () => void; ask: () => void; dispose: () => void } {
  let closeQuestion = () => {};
  const unwatch = room.onChange(() => room.state().ended !== null && closeQuestion());
  const ask = () => {
    if (room.state().ended === null) closeQuestion = askToLeaveClass(who, spacedCode(room.state().code), leave);
    else leave();
  };
  return {
    back: askingBack(ask),
    /** The same question for the screen's own way out (the play screen's "Quit to start"). */
    ask,
    dispose: () => {
      closeQuestion();
      unwatch();
    },
  };
}

export function classPages(page: ClassPageHost) {
  async function host(source: ScenarioSource, key: string, seed: string, turnSeconds: number, computer: ComputerPlayer): Promise<void> {
    const scenario = source.kind === 'shipped' ? { id: source.id } : { yaml: source.text, fileName: source.fileName };
    const opened = await hostRoom({ scenario, seed, turnSeconds, computer });
    if (!opened.ok) return page.showStart({ message: { text: opened.problem }, selected: key, seed });
    showTeacher(opened.room);
  }

  /** A game this browser hosted, opened again (the next lesson, or after leaving its screen). */
  async function reopen(code: string, teacherToken: string): Promise<void> {
    const opened = await reopenRoom(code, teacherToken);
    if (!opened.ok) return startWithout(`The class game ${code} could not be opened again. ${opened.problem}`);
    showTeacher(opened.room);
  }

  /** The teacher's screen's address (`?teach=CODE`): a reload opens it again with the token this browser keeps. */
  async function reopenKept(code: string): Promise<void> {
    const kept = keptTeacherGames().find((g) => g.code === code.trim().toUpperCase());
    if (kept) return reopen(kept.code, kept.token);
    startWithout(`The class game ${code.slice(0, 16)} cannot be opened again here: it is not among the games this browser hosted (“Class games you hosted in this browser”). Its downloaded records replay it (“Replay a game record”).`);
  }

  function showTeacher(room: TeacherRoom): void {
    const code = room.state().code;
    document.title = `Class game ${code} — Pivot East`;
    // A reload comes back to this screen (reopenKept).
    replaceAddress(`${location.pathname}?teach=${encodeURIComponent(code)}`);
    const leave = leaveToStart;
    const asked = askedBack(room, 'teacher', leave);
    page.mount(() => {
      const debrief = (game: BrowserGame) => {
        // The address keeps `?teach=CODE`: a reload of the debrief comes back to this screen, one
        // click from it; its Back button opens this screen again with the teacher's key.
        const seats = room.state().lobby.seats.map((s) => ({ actor: s.actor, students: s.members.map((m) => m.name) }));
        page.showEnding(game, { role: 'teacher', seats }, { label: 'Back to the class game', go: () => void reopen(code, room.teacherToken) });
      };
      const dispose = mountTeacherScreen(page.root, room, classJoinLink(code), { leave, debrief });
      return () => {
        asked.dispose();
        dispose();
        room.leave();
      };
    }, asked.back);
  }

  function join(code = ''): void {
    // A game of this code that ended in this browser: its debrief again (a reload of it), not a
    // join screen for a room that is gone.
    const ended = code === '' ? null : keptDebrief(normaliseCode(code));
    if (ended === null) return showJoin(code);
    void openKeptDebrief(ended).then((kept) => (kept ? page.showEnding(kept.game, { role: 'student', classSeat: kept.seat }) : showJoin(code)));
  }

  function showJoin(code: string): void {
    document.title = 'Join a class game — Pivot East';
    // This browser's seat in the game, if it has one: the link opened again goes straight back to it.
    const kept = keptMember(code);
    page.mount(
      () =>
        mountJoinScreen(page.root, code.slice(0, 16), kept?.name ?? '', {
          back: leaveToStart,
          join: async (typed, name) => {
            const opened = await joinRoom(typed, name);
            if (!opened.ok) return opened.problem;
            const room = opened.room;
            // A reload (or the link opened again) comes back to this game.
            replaceAddress(`${location.pathname}?class=${encodeURIComponent(typed)}`);
            document.title = `Class game ${typed} — Pivot East`;
            const asked = askedBack(room, 'student', leaveToStart);
            page.mount(() => {
              // The address keeps the code: a reload shows this debrief again, from the record
              // this browser kept (classRooms.ts). The debrief's share link leaves the code out.
              const ended = (game: BrowserGame) => page.showEnding(game, { role: 'student', classSeat: room.state().seat });
              const dispose = mountStudentScreen(page.root, room, { ended, leave: leaveToStart, quit: asked.ask });
              return () => {
                asked.dispose();
                dispose();
                room.leave();
              };
            }, asked.back);
            return null;
          },
        }, kept !== null),
      leaveToStart,
    );
  }

  /** The start screen, without the class game's code in the address (a reload stays there). */
  function leaveToStart(): void {
    startWithout();
  }

  /** The start screen, the class game's code taken out of the address; `message` says why, if the teacher did not ask for it. */
  function startWithout(message?: string): void {
    replaceAddress(location.pathname + location.hash);
    page.showStart(message === undefined ? undefined : { message: { text: message } });
  }

  return { host, reopen, reopenKept, join };
}

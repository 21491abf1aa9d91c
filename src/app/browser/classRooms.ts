// The class screens' rooms (src/ui/class/classRoom.ts) made from the network client's links
// (src/net/classClient.ts): the replica wrapped as a RoomGame, a student's events sent by the
// team's submitter (the others' become suggestions), and the teacher's actions. Loaded with the
// class chunk only: it brings colyseus.js.
import type { PlayerEvent, Refusal } from '../../machines/events';
import { hostClassGame, joinClassGame, openClassGame, type Answer, type HostOptions, type StudentLink, type TeacherLink } from '../../net/classClient';
import type { ClassView } from '../../net/classLink';
import type { ClassRoom, RoomState, StudentRoom, TeacherRoom, Unanswered } from '../../ui/class/classRoom';
import { classRecordFileName, recordOwner } from '../../ui/class/recordDownload';
import { RoomGame } from './classGame';
import { clockHold } from '../../net/clockHold';
import { keepDebrief, keepMember, keepTeacherGame, keepTeacherGameStanding, keptMember, type KeptDebrief } from './classStore';
import { hasEnded, standingOf } from './teacherStanding';
import { findClassScenario } from './findClassScenario';
import type { LoadedScenario } from './game';
import { SHIPPED, shippedById } from './scenarios';
import { parseRecord } from '../record';
import { replayRecord } from '../replay';

/** The class server of this page: the same origin (`npm run serve` serves both). */
export function classServerUrl(where: Location = location): string {
  return where.origin;
}

/** The link a student opens: this page's own address with the code. */
export function classJoinLink(code: string, where: Location = location): string {
  return `${where.origin}${where.pathname}?class=${encodeURIComponent(code)}`;
}

/** Why the class server could not be reached or refused, in words. */
export function connectProblem(e: unknown, serverUrl: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const { name, code } = (e ?? {}) as { name?: string; code?: unknown };
  // Nothing answers (a failed fetch), or a web server without the class server (404 / 405 to the matchmaker).
  const noServer = e instanceof TypeError || /fetch|ECONNREFUSED|NetworkError|Load failed/i.test(message) || (name === 'ServerError' && (code === 404 || code === 405));
  if (noServer) return `The class server at ${serverUrl} cannot be reached. A class game needs it running beside the game (npm run serve); games on this device work without it.`;
  // The matchmaker's words for a code of no open game: mistyped, or a game that has ended (or is closed for now).
  if (/no rooms found/i.test(message)) return 'There is no open class game with this code: check it with your teacher. A game that has ended cannot be joined again (its record is downloaded from its end screen); one closed for now opens again when the teacher opens it.';
  return `The class server refused: ${message || 'no reason given'}.`;
}

const refusalOf = (event: PlayerEvent, answer: Answer): Refusal | null => (answer.ok ? null : { event, reason: answer.reason });

function loadedScenarioOf(game: { index: LoadedScenario['index'] }): LoadedScenario {
  const { scenario } = game.index;
  // A shipped scenario keeps its share link (same scenario and seed, played alone).
  if (shippedById(scenario.id)) return { index: game.index, source: { kind: 'shipped', id: scenario.id }, fileName: shippedById(scenario.id)!.fileName };
  return { index: game.index, source: { kind: 'file', fileName: `${scenario.id}.yaml`, text: '' }, fileName: `${scenario.id}.yaml` };
}

/**
 * What both roles share: the state, the replica, the changes. `relay` sends this screen's events;
 * `unanswered` what it sent that the room has not answered yet; `notify()` says the room changed
 * without a message of the room (an event sent, or answered).
 */
function baseRoom(link: StudentLink | TeacherLink, relay: (event: PlayerEvent) => Promise<Refusal | null>, unanswered: () => readonly Unanswered[] = () => []): ClassRoom & { notify(): void } {
  const session = link.session();
  // A seat nobody holds, or given to the computer, is decided by the computer's player (the greedy bot or the expert).
  const roster = () => {
    const view = link.view();
    return Object.fromEntries(view.lobby.seats.filter((s) => s.actor !== view.player).map((s) => [s.actor, s.playedByComputer ? view.computer : 'person']));
  };
  const fileName = () => {
    const view = link.view();
    return classRecordFileName(session.index.scenario.id, view.code, session.game().turn, recordOwner(view));
  };
  // The room refuses every event before the teacher starts the game and while it is paused: the
  // screens show their buttons unavailable then (a student's End turn looked ready in the lobby).
  const game = new RoomGame(loadedScenarioOf(session), session, relay, () => link.record(), roster, fileName, () => clockHold(link.view().clock));
  // A suggestion counts for the decision it was made in: it goes once another event is accepted.
  const known = new WeakSet<object>();
  const made: { from: string; seat: string; event: PlayerEvent; atEvents: number }[] = [];
  const state = (): RoomState => {
    const view = link.view();
    return { ...view, suggestions: made.filter((s) => s.atEvents === view.events && s.seat === view.seat), unanswered: unanswered() };
  };
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const unsubscribe = link.onChange((view) => {
    for (const s of view.suggestions) {
      if (known.has(s)) continue;
      known.add(s);
      made.push({ ...s, atEvents: view.events });
    }
    if (made.length > 50) made.splice(0, made.length - 50);
    game.refresh();
    notify();
  });
  return {
    notify,
    state,
    game: () => game,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    record: () => link.record(),
    leave() {
      unsubscribe();
      void link.leave();
    },
  };
}

function studentRoom(link: StudentLink): StudentRoom {
  const submitsHere = () => {
    const view = link.view();
    const seat = view.lobby.seats.find((s) => s.actor === view.seat);
    return !seat || seat.submitter === null || seat.submitter === view.memberId;
  };
  // Sent and not yet answered: what the class strip says waits to be sent while the device is offline.
  const unanswered: Unanswered[] = [];
  const relay = async (event: PlayerEvent): Promise<Refusal | null> => {
    if (submitsHere()) return refusalOf(event, await awaitingAnswer(unanswered, { event, since: Date.now() }, base.notify, () => link.send(event)));
    const view = link.view();
    const seat = view.lobby.seats.find((s) => s.actor === view.seat);
    const submitter = seat?.members.find((m) => m.id === seat.submitter)?.name ?? 'another member';
    // A suggestion is not kept to be sent again (it counts for the decision it was made in): one
    // made without a connection is said to be lost, not passed on.
    if (view.connection !== 'connected' || !navigator.onLine) return { event, reason: `this device is not connected to the class server now, so ${submitter} did not get your suggestion: suggest it again once the connection is back` };
    link.suggest(event);
    return { event, reason: `Suggested to ${submitter}, who submits your team’s choices`, suggested: true };
  };
  const base = baseRoom(link, relay, () => unanswered.slice());
  return {
    ...base,
    takeSeat: async (actor) => {
      const answer = await link.takeSeat(actor);
      return answer.ok ? null : answer.reason;
    },
    leaveSeat: async () => {
      const answer = await link.leaveSeat();
      return answer.ok ? null : answer.reason;
    },
  };
}

function teacherRoom(link: TeacherLink): TeacherRoom {
  const unanswered: Unanswered[] = [];
  const base = baseRoom(link, async (event) => ({ event, reason: 'the teacher watches the game; the students play it' }), () => unanswered.slice());
  return {
    ...base,
    teacherToken: link.teacherToken,
    act: async (action) => {
      const answer = await awaitingAnswer(unanswered, { action, since: Date.now() }, base.notify, () => link.act(action));
      return answer.ok ? null : answer.reason;
    },
  };
}

/** Sends by `send`, `sent` counted among the unanswered (and the room told) until its answer comes. */
async function awaitingAnswer<T>(unanswered: Unanswered[], sent: Unanswered, notify: () => void, send: () => Promise<T>): Promise<T> {
  unanswered.push(sent);
  notify();
  try {
    return await send();
  } finally {
    unanswered.splice(unanswered.indexOf(sent), 1);
    notify();
  }
}

export type Opened<R> = { ok: true; room: R } | { ok: false; problem: string };

export async function hostRoom(options: HostOptions, serverUrl = classServerUrl()): Promise<Opened<TeacherRoom>> {
  try {
    return { ok: true, room: keptTeacher(await hostClassGame(serverUrl, { ...options, findScenario: findClassScenario })) };
  } catch (e) {
    return { ok: false, problem: connectProblem(e, serverUrl) };
  }
}

/** The teacher comes back to a game: open, or closed for now (the next lesson). */
export async function reopenRoom(code: string, teacherToken: string, serverUrl = classServerUrl()): Promise<Opened<TeacherRoom>> {
  try {
    return { ok: true, room: keptTeacher(await openClassGame(serverUrl, code, teacherToken, { findScenario: findClassScenario })) };
  } catch (e) {
    return { ok: false, problem: connectProblem(e, serverUrl) };
  }
}

/**
 * Listed on the start screen, to be opened again: the next lesson, or once it has ended, to discuss
 * how. The list says where it stood (closed for now at turn 4, over…) as this screen last saw it.
 */
function keptTeacher(link: TeacherLink): TeacherRoom {
  const standing = (view: ClassView) => standingOf(view, link.session().game(), link.session().index.scenario.calendar.turns);
  let kept = standing(link.view());
  keepTeacherGame({ code: link.code, token: link.teacherToken, title: link.session().index.scenario.title, at: new Date().toISOString(), ...(hasEnded(kept) ? { ended: true as const } : {}), standing: kept });
  link.onChange((view) => {
    const now = standing(view);
    // Written when it changes, not at every event.
    if (now.state === kept.state && now.turn === kept.turn) return;
    kept = now;
    keepTeacherGameStanding(view.code, now);
  });
  return teacherRoom(link);
}

/** A student joins; this browser's earlier member token for the code brings their seat back. */
export async function joinRoom(code: string, name: string, serverUrl = classServerUrl()): Promise<Opened<StudentRoom>> {
  try {
    const link = await joinClassGame(serverUrl, code, { name, findScenario: findClassScenario, ...(keptMember(code) ? { memberToken: keptMember(code)!.token } : {}) });
    keepMember(code, { name, token: link.memberToken });
    const room = studentRoom(link);
    keepWhenOver(link, room);
    return { ok: true, room };
  } catch (e) {
    return { ok: false, problem: connectProblem(e, serverUrl) };
  }
}

/** Once the student's game is over (or the teacher ended it), its record is kept in this browser: a reload of the debrief shows it again. */
function keepWhenOver(link: StudentLink, room: StudentRoom): void {
  let kept = false;
  const keep = () => {
    if (kept || (link.session().game().ending === null && link.view().ended !== 'teacher')) return;
    kept = true;
    const source = link.scenarioSource();
    const shipped = SHIPPED.some((s) => s.hash === source.hash);
    const view = link.view();
    keepDebrief({ code: view.code, seat: view.seat, fileName: room.game().recordFileName(), scenario: { ...source, text: shipped ? '' : source.text }, record: JSON.stringify(link.record()) });
  };
  link.onChange(keep);
  keep();
}

/** The debrief of a game that ended in this browser (the room is gone by then), or null when it cannot be rebuilt. */
export async function openKeptDebrief(kept: KeptDebrief): Promise<{ game: RoomGame; seat: string | null } | null> {
  const parsed = parseRecord(kept.record, false);
  if (!parsed.ok) return null;
  const record = parsed.record;
  const built = await findClassScenario(kept.scenario).catch(() => null);
  if (!built?.ok) return null;
  const replayed = replayRecord(record, built.index);
  if (!replayed.ok) return null;
  const session = replayed.session;
  const over = async (event: PlayerEvent): Promise<Refusal | null> => ({ event, reason: 'the game is over' });
  const game = new RoomGame(loadedScenarioOf({ index: built.index }), session, over, () => record, () => record.seats ?? {}, () => kept.fileName);
  return { game, seat: kept.seat };
}

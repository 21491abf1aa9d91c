// One room of `class-load`: a teacher hosts, N bot students join and share the seats (several on
// a seat when there are more students than seats), and each seat's submitter plays the greedy
// bot's choices for T turns. Every round trip is timed, from sending an event to its answer.
import { performance } from 'node:perf_hooks';
import { phaseOf } from '../../app/session';
import { hostClassGame, joinClassGame, type StudentLink, type TeacherLink } from '../../net/classClient';
import { ComputerSeats, waitingSeat } from '../../server/computerSeat';

export interface RoomLoad {
  server: string;
  scenario: string;
  seed: string;
  clients: number;
  turns: number;
  /** An answer later than this counts the event as lost. */
  answerTimeoutMs: number;
}

export interface RoomOutcome {
  roundTrips: number[];
  lost: number;
  refused: number;
  events: number;
  checksumsAgree: boolean;
  problems: string[];
}

/** A room where no event is accepted for this long is stuck: reported, not waited on forever. */
const STALL_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries what the server refused for its join rate limit (a load joins faster than a class). */
async function patiently<T>(join: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await join();
    } catch (e) {
      if (attempt > 300 || !/too many attempts/.test((e as Error).message)) throw e;
      await sleep(1000);
    }
  }
}

export async function loadRoom(options: RoomLoad): Promise<RoomOutcome> {
  const teacher = await patiently(() => hostClassGame(options.server, { scenario: { id: options.scenario }, seed: options.seed }));
  const students: StudentLink[] = [];
  try {
    const index = teacher.session().index;
    const seats = [teacher.view().player, ...Object.keys(teacher.session().seats).filter((a) => index.actors.has(a))];
    for (let i = 0; i < options.clients; i++) {
      const link = await patiently(() => joinClassGame(options.server, teacher.code, { name: `Bot ${i + 1}` }));
      students.push(link);
      const taken = await link.takeSeat(seats[i % seats.length]!);
      if (!taken.ok) throw new Error(`a bot could not take a seat: ${taken.reason}`);
    }
    const outcome: RoomOutcome = { roundTrips: [], lost: 0, refused: 0, events: 0, checksumsAgree: false, problems: [] };
    const started = await teacher.start();
    if (!started.ok) throw new Error(`the game did not start: ${started.reason}`);
    await Promise.all(students.map((s) => playSeat(s, options, outcome)));
    outcome.events = await settle([teacher, ...students]);
    outcome.problems.push(...[teacher, ...students].map((l) => l.view().problem).filter((p): p is string => p !== null));
    outcome.checksumsAgree = outcome.problems.length === 0 && agree([teacher, ...students]);
    return outcome;
  } finally {
    await Promise.all([teacher, ...students].map((l) => l.leave()));
  }
}

const finished = (link: StudentLink, turns: number) => link.view().ended !== null || phaseOf(link.session().snapshot()) === 'over' || link.session().game().turn > turns;

/** The seat's submitter plays the bot's choices whenever the game waits for the seat. */
async function playSeat(link: StudentLink, options: RoomLoad, outcome: RoomOutcome): Promise<void> {
  const bot = new ComputerSeats(link.session().seed);
  let changed: () => void = () => undefined;
  const stop = link.onChange(() => changed());
  let refusedInARow = 0;
  let seen = link.view().events;
  let lastChange = performance.now();
  try {
    while (!finished(link, options.turns) && link.view().problem === null) {
      if (link.view().events !== seen) [seen, lastChange] = [link.view().events, performance.now()];
      if (performance.now() - lastChange > STALL_MS) {
        const snapshot = link.session().snapshot();
        outcome.problems.push(`room ${link.view().code}: nothing happened for ${STALL_MS / 1000} s; the game waits for ${waitingSeat(snapshot, link.view().player)} (${phaseOf(snapshot)}), as seen by ${link.view().seat}'s ${link.view().memberId}`);
        return;
      }
      const seat = link.view().lobby.seats.find((s) => s.actor === link.view().seat);
      const mine = seat?.submitter === link.view().memberId && waitingSeat(link.session().snapshot(), link.view().player) === link.view().seat;
      if (!mine) {
        await new Promise<void>((resolve) => {
          changed = resolve;
          setTimeout(resolve, 200);
        });
        continue;
      }
      for (const event of bot.decide(link.session())) {
        const start = performance.now();
        const answer = await Promise.race([link.send(event), sleep(options.answerTimeoutMs).then(() => null)]);
        if (answer === null) {
          outcome.lost++;
          return;
        }
        outcome.roundTrips.push(performance.now() - start);
        if (!answer.ok) {
          outcome.refused++;
          // A plan the game no longer takes: the planning ends as it stands.
          if (phaseOf(link.session().snapshot()) === 'planning') await link.send({ type: 'END_TURN' });
          if (++refusedInARow > 5) throw new Error(`the bot's events for ${link.view().seat} were refused again and again: ${answer.reason}`);
          break;
        }
        refusedInARow = 0;
        if (waitingSeat(link.session().snapshot(), link.view().player) !== link.view().seat) break;
      }
    }
  } finally {
    stop();
  }
}

/** Waits until every link has every event; their number. */
async function settle(links: (StudentLink | TeacherLink)[]): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const counts = links.map((l) => l.view().events);
    if (counts.every((c) => c === counts[0])) return counts[0]!;
    await sleep(50);
  }
  return Math.max(...links.map((l) => l.view().events));
}

/** Every replica has the same events and the same checksum after every turn. */
function agree(links: (StudentLink | TeacherLink)[]): boolean {
  const of = (l: StudentLink | TeacherLink) => JSON.stringify([l.session().events.length, l.session().game().history.map((h) => h.checksum)]);
  return links.every((l) => of(l) === of(links[0]!));
}

// `class-load`: plays R rooms of N bot students each for T turns against a running class server
// and reports the round trips, lost events and whether every replica agrees with the server.
import { booleanArg, CliFailure, integerArg, requiredString, stringArg } from '../args';
import { EXIT, printJson, PROGRAM, type Command } from '../command';

export const classLoadCommand: Command = {
  name: 'class-load',
  summary: 'play bot class games against a running class server and time them',
  help: `Usage: ${PROGRAM} class-load --server URL --rooms R --clients N --turns T [--scenario ID] [--seed S] [--json]

Hosts R class games on the server at URL (started with npm run serve), each
with N bot students who share the seats (several on a seat when N is larger
than the seats), starts them and plays T turns with the greedy bot's choices.
It prints the rooms, clients and turns, the events accepted, the 95th
percentile of the round trips (from sending an event to its answer, in ms),
the events lost (sent, but neither accepted nor refused) and whether every
client ended with the server's per-turn checksums.

Options:
  --server URL    the class server, e.g. ws://localhost:2567
  --rooms R       games at once (1-500)
  --clients N     bot students in each game (1-60)
  --turns T       turns to play (1-100)
  --scenario ID   a scenario shipped with the server (default tutorial)
  --seed S        the games' seeds are S-1, S-2, ... (default load)
  --json          print { rooms, clients, turns, events, p95Ms, lost, checksumsAgree }

Exit code: 0 nothing lost and the checksums agree; 1 otherwise; 2 the server
cannot be reached or refused a game.

Example:
  ${PROGRAM} class-load --server ws://localhost:2567 --rooms 10 --clients 6 --turns 5 --json`,
  options: { server: { type: 'string' }, rooms: { type: 'string' }, clients: { type: 'string' }, turns: { type: 'string' }, scenario: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const server = requiredString(args, 'server', 'class-load');
    const need = (name: string, max: number) => {
      const n = integerArg(args, name, 'class-load', 1, max);
      if (n === undefined) throw new CliFailure(`"class-load" needs --${name} (a whole number from 1 to ${max})`, EXIT.usage);
      return n;
    };
    const options = { server, rooms: need('rooms', 500), clients: need('clients', 60), turns: need('turns', 100), scenario: stringArg(args, 'scenario') ?? 'tutorial', seed: stringArg(args, 'seed') ?? 'load' };
    let result;
    try {
      // Loaded here, not with the CLI: the multiplayer client adds about 0.1 s to every other command's start.
      const { runLoad } = await import('../classLoad/runLoad');
      result = await runLoad(options);
    } catch (e) {
      throw new CliFailure(`the class games could not be played: ${(e as Error).message}`, EXIT.usage);
    }
    const { report, problems } = result;
    if (booleanArg(args, 'json')) printJson(io, report);
    else {
      io.out(`${report.rooms} rooms × ${report.clients} clients, ${report.turns} turns: ${report.events} events accepted`);
      io.out(`round trip p95 ${report.p95Ms} ms; lost ${report.lost}; checksums ${report.checksumsAgree ? 'agree' : 'DO NOT agree'}`);
    }
    for (const problem of problems) io.err(problem);
    return report.lost === 0 && report.checksumsAgree ? EXIT.ok : EXIT.failed;
  },
};

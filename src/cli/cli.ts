// The command-line twin of the game: reads the command, runs it, turns every failure into one
// readable line and an exit code. Never prints a stack trace.
import { CliFailure, readArgs, UsageError } from './args';
import { EXIT, PROGRAM, type Command } from './command';
import { adviseCommand } from './commands/advise';
import { balanceCommand } from './commands/balance';
import { batchCommand } from './commands/batch';
import { classLoadCommand } from './commands/classLoad';
import { compareCommand } from './commands/compare';
import { mapCommand } from './commands/map';
import { playCommand } from './commands/play';
import { replayCommand } from './commands/replay';
import { schemaCommand } from './commands/schema';
import { validateCommand } from './commands/validate';
import type { CliIo } from './io';

export const COMMANDS: readonly Command[] = [validateCommand, playCommand, replayCommand, compareCommand, batchCommand, balanceCommand, mapCommand, schemaCommand, adviseCommand, classLoadCommand];

/** The list of commands: what a mistake in the command line is followed by. */
export function shortUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Usage: ${PROGRAM} COMMAND [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  explain a command: help COMMAND`,
  ].join('\n');
}

export function generalUsage(): string {
  return [
    `Pivot East on the command line: check scenarios, play, replay and compare games, run batches.`,
    '',
    shortUsage(),
    '',
    'Examples:',
    `  ${PROGRAM} validate scenarios/tutorial.yaml`,
    `  ${PROGRAM} play --scenario scenarios/tutorial.yaml --seed class-3b --bot greedy --out game.json`,
    `  ${PROGRAM} replay game.json`,
    `  ${PROGRAM} advise game.json --rollouts 200`,
    `  ${PROGRAM} compare class-7b/*.json`,
    `  ${PROGRAM} batch --scenario scenarios/tutorial.yaml --games 2000 --bot greedy`,
    `  ${PROGRAM} balance scenarios/mine.yaml --games 500`,
    `  ${PROGRAM} map my-scenario.yaml --svg board.svg`,
    `  ${PROGRAM} class-load --server ws://localhost:2567 --rooms 10 --clients 6 --turns 5 --json`,
    '',
    'Exit codes: 0 done; 1 a check failed (invalid scenario, replay differs, record refused);',
    '2 a mistake in the command line or a file that cannot be read; 3 a bug in the program',
    '(please report it). balance differs: 1 a target missed, 2 a scenario that is not valid.',
  ].join('\n');
}

function find(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** After a mistake: the command's synopsis (its help's first line), or the list of commands. */
function usageOf(command: string | null): string {
  const found = command === null ? undefined : find(command);
  if (!found) return shortUsage();
  return `${found.help.split('\n')[0]}\nMore: ${PROGRAM} help ${found.name}`;
}

/** Runs the CLI on `argv` (the arguments after the script name) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}`);
      io.err('');
      io.errLines(usageOf(e.command));
      return EXIT.usage;
    }
    if (e instanceof CliFailure) {
      e.details.forEach((line) => io.err(line));
      io.err(e.message);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`internal error: ${message.split('\n')[0]} (this is a bug; please report it with the command you ran)`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given');
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (rest.length > (name === 'help' ? 1 : 0)) throw new UsageError(`unexpected argument "${rest[name === 'help' ? 1 : 0]}"`);
    if (topic === undefined) io.outLines(generalUsage());
    else if (find(topic)) io.outLines(find(topic)!.help);
    else throw new UsageError(`there is no command "${topic}"`);
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) throw new UsageError(name.startsWith('-') ? `unknown option ${name}; give a command first` : `unknown command "${name}"`);
  const args = readArgs(command.name, rest, command.options, command.positionals);
  if (args.values.help) {
    io.outLines(command.help);
    return EXIT.ok;
  }
  return command.run(args, io);
}

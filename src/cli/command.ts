// The shape of one command of the CLI: its help text, its options, and what it does.
import type { OptionSpecs, ParsedArgs } from './args';
import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The full help text: synopsis, options, examples, exit codes. */
  help: string;
  options: OptionSpecs;
  positionals: { min: number; max: number };
  /** Runs the command and returns the exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** How the CLI is started from the project folder, for usage lines and examples. */
export const PROGRAM = 'npm run --silent cli --';

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The check failed: an invalid scenario, a replay that differs. */
  failed: 1,
  /** The command line is wrong, or the input cannot be read at all. */
  usage: 2,
  /** A bug in the program (a bot made an illegal move, an internal error). */
  internal: 3,
} as const;

/** Writes a value as one JSON document (indented) on standard output. */
export function printJson(io: CliIo, value: unknown): void {
  io.outLines(JSON.stringify(value, null, 2));
}

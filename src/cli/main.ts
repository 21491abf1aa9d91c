// `npm run cli -- COMMAND …`: the command-line twin of the game. All the work is in cli.ts and
// commands/; this file only connects them to the process.
import { runCli } from './cli';
import { EXIT } from './command';
import { printable, processIo } from './io';

// Output piped into a program that stops reading (`… | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
// The last guard against a stack trace: anything that escapes the commands becomes one line.
const lastResort = (e: unknown) => {
  process.stderr.write(`${printable(`internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (this is a bug; please report it with the command you ran)`)}\n`);
  process.exit(EXIT.internal);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

process.exitCode = await runCli(process.argv.slice(2), processIo());

// Where a command writes. The real CLI writes to the process's streams; tests collect the text.

export interface CliIo {
  /** Writes one line (a newline is added) to standard output; every control character is escaped. */
  out(line: string): void;
  /** Writes one line to standard error, escaped like `out`. */
  err(line: string): void;
  /**
   * Writes the program's own text of several lines (help, usage, JSON) to standard output: the
   * line breaks are kept, and each line is escaped like `out`.
   */
  outLines(text: string): void;
  /** The same, to standard error. */
  errLines(text: string): void;
  /** Progress output (no newline added) to standard error; drawn only when `interactive`. */
  progress(text: string): void;
  /** True when standard error is a terminal, so that a progress bar may be drawn. */
  readonly interactive: boolean;
  /** The folder relative paths are read from. */
  readonly cwd: string;
}

/**
 * What is never printed as is: every C0 control character (line breaks and tabs too), DEL and the C1
 * controls, the Unicode line and paragraph separators, and the bidirectional controls. Scenario and
 * record files and seeds are untrusted: a newline in a seed must not start a forged line ("replay
 * matches"), an escape sequence must not move the cursor or recolour the terminal, and U+202E must
 * not reverse the text after it.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every unprintable character written as an escape: `\n`, `\r`, `\t`, else `\u202e`.
 * The same escapes are valid inside JSON strings, so JSON output stays JSON with the same values.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Several lines of the program's own text, each escaped, the line breaks kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

export function processIo(): CliIo {
  return {
    out: (line) => void process.stdout.write(`${printable(line)}\n`),
    err: (line) => void process.stderr.write(`${printable(line)}\n`),
    outLines: (text) => void process.stdout.write(`${printableLines(text)}\n`),
    errLines: (text) => void process.stderr.write(`${printableLines(text)}\n`),
    progress: (text) => void process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    cwd: callersFolder(process.env, process.cwd()),
  };
}

/**
 * The folder the user typed the command in. `npm run cli` runs the program from the project's
 * root, and a file named from a subfolder ("validate mine.yaml" in my-scenarios/) was not found;
 * npm gives the folder it was run from as INIT_CWD, to the script it runs (`npm_lifecycle_event`
 * "cli") and to everything that script starts, so a program a test starts otherwise keeps its own.
 */
export function callersFolder(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === 'cli' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/** An io that keeps everything, for tests and for calling commands from other code. */
export interface MemoryIo extends CliIo {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function memoryIo(cwd = process.cwd()): MemoryIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    // Escaped as the real streams are, so that tests see what a teacher would see.
    out: (line) => void stdout.push(printable(line)),
    err: (line) => void stderr.push(printable(line)),
    outLines: (text) => void stdout.push(printableLines(text)),
    errLines: (text) => void stderr.push(printableLines(text)),
    progress: () => undefined,
    interactive: false,
    cwd,
  };
}

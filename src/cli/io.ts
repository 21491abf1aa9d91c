// Where a command writes. The real CLI writes to the process's streams; tests collect the text.

export interface CliIo {
  /** Writes one line (a newline is added) to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Progress output (no newline added) to standard error; drawn only when `interactive`. */
  progress(text: string): void;
  /** True when standard error is a terminal, so that a progress bar may be drawn. */
  readonly interactive: boolean;
  /** The folder relative paths are read from. */
  readonly cwd: string;
}

/**
 * Control characters other than newline and tab, shown as `\u001b`: a record or scenario file is
 * untrusted, and text quoted from it must not move the cursor or recolour the teacher's terminal.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function processIo(): CliIo {
  return {
    out: (line) => void process.stdout.write(`${printable(line)}\n`),
    err: (line) => void process.stderr.write(`${printable(line)}\n`),
    progress: (text) => void process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
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
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    progress: () => undefined,
    interactive: false,
    cwd,
  };
}

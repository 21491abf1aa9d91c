// Reading a command's arguments with node's own util.parseArgs, with messages in plain words.
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once (e.g. --seat china=greedy --seat japan=random). */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** A mistake in the command line: reported in one line, followed by the usage; exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show, or null for the general usage. */
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/** A problem with the input that stops the command, reported in one line with the given exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Further lines (e.g. one per scenario error) printed before the message. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

const flag = (name: string) => `--${name}`;

/**
 * Parses `argv` against a command's options. Unknown options, missing values and too many or too
 * few file names become a UsageError naming the mistake.
 */
export function readArgs(command: string, argv: readonly string[], options: OptionSpecs, positionals: { min: number; max: number }): ParsedArgs {
  const config = { ...options, help: { type: 'boolean' as const, short: 'h' } };
  const { values, positionals: rest, tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const known = Object.keys(options).map(flag).join(', ');
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (config as OptionSpecs)[token.name];
    const written = token.rawName;
    if (!spec) throw new UsageError(`unknown option ${written} for "${command}"${known ? ` (it takes ${known})` : ''}`, command);
    // `--seed --bot greedy`: the next option is not a value (write `--seed=--odd` for such a seed).
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('--'));
    if (spec.type === 'string' && missing) throw new UsageError(`${written} needs a value, e.g. ${written} ${valueExample(token.name)}`, command);
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${written} takes no value`, command);
    // An option given twice: keep the mistake visible rather than silently taking one of them.
    if (seen.has(token.name) && !spec.multiple) throw new UsageError(`${written} is given more than once`, command);
    seen.add(token.name);
  }
  if (values.help) return { values: { help: true }, positionals: [] };
  if (rest.length < positionals.min) throw new UsageError(`"${command}" needs ${positionals.min === 1 ? 'a file name' : `${positionals.min} file names`}`, command);
  if (rest.length > positionals.max) {
    const extra = rest[positionals.max]!;
    throw new UsageError(positionals.max === 0 ? `"${command}" takes no file name (got "${extra}")` : `unexpected argument "${extra}"`, command);
  }
  return { values: values as ParsedArgs['values'], positionals: rest };
}

function valueExample(name: string): string {
  switch (name) {
    case 'scenario':
      return 'scenarios/tutorial.yaml';
    case 'seed':
      return 'class-3b';
    case 'bot':
      // Not "needs --bot greedy": the choice, and that a person plays in the browser.
      return 'random, greedy or expert (the command line plays bots; a person plays in the browser)';
    case 'games':
      return '1000';
    case 'workers':
      return '4';
    case 'seat':
      return 'china=greedy';
    default:
      return 'FILE';
  }
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredString(args: ParsedArgs, name: string, command: string): string {
  const v = stringArg(args, name);
  if (v === undefined || v === '') throw new UsageError(`"${command}" needs --${name} ${valueExample(name)}`, command);
  return v;
}

/** Every value of an option that may be repeated, in order. */
export function stringsArg(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function booleanArg(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A whole number within bounds, written in plain digits. */
export function integerArg(args: ParsedArgs, name: string, command: string, min: number, max: number): number | undefined {
  const v = stringArg(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${v}"`, command);
  }
  return Number(v);
}

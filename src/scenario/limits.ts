// The limits that keep a hostile or broken file from crashing or hanging the loader. Real
// scenarios stay far below each of them (the shipped ones are under 100 KiB and 12 levels deep).

/** Largest file accepted, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const TOO_BIG = 'the file is larger than 1 MiB; a scenario is a short text file';

/** Deepest nesting of mappings and lists accepted. */
export const MAX_DEPTH = 64;
export const TOO_DEEP = `the file is nested too deeply (more than ${MAX_DEPTH} levels)`;

/** How many alias expansions YAML may make (the `yaml` library's guard against alias bombs). */
export const MAX_ALIAS_COUNT = 100;

/** Errors reported at most; the rest are summed up in one last line. */
export const MAX_ERRORS = 50;

/** Keys that could reach an object's prototype in JavaScript; never meaningful in a scenario. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

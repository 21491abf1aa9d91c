// The limits that keep a hostile or broken file from crashing or hanging the loader. Real
// scenarios stay far below each of them (the shipped ones are under 100 KiB and 12 levels deep).

/** Largest file accepted, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const TOO_BIG = 'the file is larger than 1 MiB; a scenario is a short text file';

/** Deepest nesting of mappings and lists accepted. */
export const MAX_DEPTH = 64;
export const TOO_DEEP = `the file is nested too deeply (more than ${MAX_DEPTH} levels)`;

/**
 * Values (texts, numbers, lists, mappings) in the file once YAML aliases (`*name`) are expanded.
 * An alias repeats what its anchor (`&name`) holds, so a few hundred bytes can stand for millions
 * of values. About what a 1 MiB file can hold written out (every list at its longest comes to
 * 120,000); the shipped scenarios hold under 3,000.
 */
export const MAX_VALUES = 250_000;

/**
 * Conditions: the parts of one condition (each test, and each all, any, not and count), how deeply
 * they nest, and the parts of all conditions of a scenario together. The engine tests them every
 * turn; these bounds keep a whole game under a second. The shipped scenarios have at most 21
 * parts in one condition, 3 levels, and under 100 parts in all.
 */
export const MAX_CONDITION_PARTS = 200;
export const MAX_CONDITION_DEPTH = 8;
// 2,000 in all, not 5,000: with 5,000 on 120 options, a random-bot game of the slowest accepted file
// took 1.7 s on this project's 2-core machine (bench/worstScenario.ts).
export const MAX_SCENARIO_CONDITION_PARTS = 2_000;

/** Errors reported at most; the rest are summed up in one last line. */
export const MAX_ERRORS = 50;

/** Keys that could reach an object's prototype in JavaScript; never meaningful in a scenario. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

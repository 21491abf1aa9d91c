/** Bumped whenever a rule changes the outcome of a recorded game: records name the engine they need. */
export const ENGINE_VERSION = '1.2.0';

// What an id in a scenario looks like, in a module of its own with no imports: the schema checks
// ids with it, and share links and the command line read ids with it without the schema's code.
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,47}$/;

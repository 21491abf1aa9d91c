// How every scenario or record text is read as YAML: 1.2 core types only (no custom tags, so
// `!!js/function` and the like are refused, never honoured), no merge keys, and a parser that
// never prints. Shared by the parser of files, of JSON records and the check of a mend.
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core', // YAML 1.2: `yes`, `on` and `2016-09` stay text, nothing is a date
  customTags: [],
  merge: false, // `<<` is an ordinary (and so unknown) key
  uniqueKeys: false, // checked by checkTree, in linear time
  prettyErrors: false,
  logLevel: 'silent', // the library must never print
  strict: true,
};

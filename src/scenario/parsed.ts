// What a parser hands to the loader: plain data, and the document tree that locates paths in it.
import type { Problem } from './errors';
import type { Tree } from './locate';

export interface Parsed {
  /** Plain data (only when there are no problems). */
  value?: unknown;
  /** The tree of the text, for line numbers; may be missing or partial when the text is broken. */
  doc?: Tree;
  problems: Problem[];
}

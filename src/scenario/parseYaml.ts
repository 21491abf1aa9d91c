// YAML text to plain data, safely: one document only, YAML 1.2 core types only (no custom tags, so
// `!!js/function` and the like are refused, never honoured), unique keys, a cap on what aliases
// expand to.
// Only the first syntax error is reported.
import { parseAllDocuments } from 'yaml';
import { checkTree } from './checkTree';
import { colonWithoutSpace } from './colonSpace';
import { colonInBraces } from './colonInBraces';
import { colonInText } from './colonInText';
import { commentBreak } from './commentBreak';
import { dashWithoutSpace } from './dashSpace';
import { fieldInList } from './fieldInList';
import { flowComma } from './flowCommas';
import type { Problem } from './errors';
import { checkExpandedSize } from './expansion';
import { indentationMessage } from './indentation';
import { itemOnFieldLine } from './itemOnFieldLine';
import { TOO_DEEP } from './limits';
import { wrongListMark } from './listMarker';
import { lineWithoutColon } from './missingColon';
import { mixedBlock } from './mixedBlock';
import { missingDash } from './missingDash';
import type { Parsed } from './parsed';
import { tabIndentation, tabInIndentation, tabInText } from './tabIndent';
import { signAtTextStart } from './signAtTextStart';
import { textAfterBlockHeader } from './textAfterBlockHeader';
import { textAfterQuote } from './textAfterQuote';
import { typographicQuote } from './typographicQuote';
import { unclosedBracket } from './unclosedBracket';
import { missingQuote, unclosedQuote } from './unclosedQuote';
import { UnknownAnchor, yamlToData } from './yamlToData';
import { YAML_OPTIONS } from './yamlOptions';

const ONLY_COMMENTS = 'the file has no content, only comments';
const UNKNOWN_ANCHOR = 'a YAML alias (*name) refers to no anchor (&name) above it';

/** The parser's errors that a line indented one space too many or too few most often causes. */
const INDENTATION_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_DEDENT']);

/** The parser's words for a mapping or list in brackets that does not end where it should, or a bracket that closes nothing. */
const FLOW_END = /^Flow (map|sequence) (in block collection )?must|^Unexpected flow-(map|seq)-end token/;

/**
 * What most often lies behind a structural error, each read from the text around it, in this
 * order (the first found is said): a # that broke a line, a dash without its space, a list item
 * marked with a bullet or Markdown's *, a list item on its field's line, a colon without its space, a field without its colon, a
 * list item without its dash, a line of "field: value" among a list's items, a text in
 * typographic quotes (“…”) holding a colon, a field's text holding one, a tab before a line of a
 * multi-line text, a tab after the spaces of an indentation, fields and list items at one column,
 * a line indented to no column.
 */
const STRUCTURAL_CAUSES: readonly ((text: string, offset: number) => Omit<Problem, 'path'> | undefined)[] = [
  commentBreak,
  dashWithoutSpace,
  wrongListMark,
  itemOnFieldLine,
  colonWithoutSpace,
  lineWithoutColon,
  missingDash,
  fieldInList,
  typographicQuote,
  colonInText,
  tabInText,
  tabInIndentation,
  mixedBlock,
  indentationMessage,
];

/** Messages for the syntax errors teachers meet most, in their words rather than the parser's. */
function syntaxMessage(code: string, message: string): string {
  switch (code) {
    case 'RESOURCE_EXHAUSTION':
      return TOO_DEEP;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'YAML syntax: a value contains ": " or is indented too far; put text with a colon in quotes, e.g. title: "Abe: a visit"';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'YAML syntax: this line is not "field: value" (is the space after the colon missing, or the indentation wrong?)';
    case 'BAD_SCALAR_START':
      return 'YAML syntax: a value cannot start with @, ` or %; put it in quotes';
    case 'BLOCK_IN_FLOW':
      return 'YAML syntax: inside { … } a value holds ": ", or the mapping goes on over lines; put a text with a colon in quotes, and keep a mapping in braces on one line (or write it as one "field: value" a line)';
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected (block-seq-ind|seq-item-ind)/.test(message)) return 'YAML syntax: a "- " follows other words on this line; each list item starts a line of its own (were two lines joined into one?)';
      if (/^Unexpected [a-z-]*scalar (at node end|token)/.test(message)) return `YAML syntax: this line goes on after its value has ended (after a closing quote, bracket or brace): were two lines joined into one (each field and each list item has a line of its own), or is a quote or bracket unbalanced? (Inside 'single quotes' write a quote twice: 'it''s')`;
      return `YAML syntax: ${message.split('\n')[0]} (is a quote or bracket unbalanced? Inside 'single quotes' write a quote twice: 'it''s')`;
    case 'BAD_INDENT':
      if (/^All mapping items must start at the same column/.test(message)) return 'YAML syntax: this line does not line up with the lines above it: the fields of one part start at one column, and the items of a list (each starting with "- ") at one column of their own; check its indentation, and whether it should start with "- "';
      return `YAML syntax: ${message.split('\n')[0]}`;
    case 'MISSING_CHAR':
      if (missingQuote(message)) return `YAML syntax: a text opened with ${missingQuote(message)} is never closed: find the quote that opens it, on this line or above, and end the text with the same quote`;
      if (/^Implicit map keys need to be followed by map values/.test(message)) return 'YAML syntax: this line is neither "field: value" nor a list item ("- …"): is its colon missing, or does it go on with the text of the line above (then indent it more than that text\'s field)?';
      if (/^Tags and anchors must be separated/.test(message)) return 'YAML syntax: a value that starts with & or ! (read as a YAML anchor or tag) needs quotes: put the whole text in quotes';
      return `YAML syntax: ${message.split('\n')[0]}`;
    default:
      return `YAML syntax: ${message.split('\n')[0]}`;
  }
}

export function parseYaml(text: string): Parsed {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (doc === undefined) return { problems: [{ path: [], message: ONLY_COMMENTS }] };
  const fail = (problems: Problem[]): Parsed => ({ doc, problems });
  const second = Array.isArray(docs) ? docs[1] : undefined;
  if (second) {
    return fail([{ path: [], offset: second.range[0], message: 'the file holds more than one YAML document (a line "---" starts another); a scenario is one document' }]);
  }
  const [first] = doc.errors;
  if (first) {
    // After the first syntax error the parser's view of the file is off, and what it reports next
    // is mostly an echo of that one mistake.
    // A bracket never closed (or closing nothing), a comma too many or missing in brackets, and text
    // after a text in quotes are named at their place (unclosedBracket.ts, flowCommas.ts,
    // textAfterQuote.ts); a quote never closed is named where it opened; a structural error by its cause (a # that
    // broke a line, a dash or a colon without its space, a colon missing, a typographic quote, a
    // tab after spaces, indentation); a tab the parser names is said with the spaces beside it; an
    // @ keeps its own message.
    const mark = missingQuote(first.message);
    const unclosed = mark ? unclosedQuote(text, first.pos[0], mark) : undefined;
    if (unclosed) return fail([{ path: [], ...unclosed }]);
    // The parser names a bracket never closed a line after it, in its own words.
    const bracket = FLOW_END.test(first.message) && !commentBreak(text, first.pos[0]) ? unclosedBracket(text) : undefined;
    if (bracket) return fail([{ path: [], ...bracket }]);
    const comma = flowComma(text, first.pos[0], first.message);
    if (comma) return fail([{ path: [], ...comma }]);
    const afterHeader = textAfterBlockHeader(text, first.pos[0], first.message) ?? signAtTextStart(text, first.pos[0], first.message);
    if (afterHeader) return fail([{ path: [], ...afterHeader }]);
    // Markdown's `* item` is read as an alias without a name.
    const marked = first.code === 'BAD_ALIAS' ? wrongListMark(text, first.pos[0]) : undefined;
    if (marked) return fail([{ path: [], ...marked }]);
    const afterQuote = /^Unexpected scalar at node end/.test(first.message) ? textAfterQuote(text, first.pos[0]) : undefined;
    if (afterQuote) return fail([{ path: [], ...afterQuote }]);
    if (INDENTATION_CODES.has(first.code)) {
      for (const cause of STRUCTURAL_CAUSES) {
        const found = cause(text, first.pos[0]);
        if (found) return fail([{ path: [], ...found }]);
      }
    }
    if (first.code === 'TAB_AS_INDENT') return fail([{ path: [], ...tabIndentation(text, first.pos[0]) }]);
    const braced = first.code === 'BLOCK_IN_FLOW' ? colonInBraces(text, first.pos[0]) : undefined;
    if (braced) return fail([{ path: [], ...braced }]);
    return fail([{ path: [], offset: first.pos[0], message: syntaxMessage(first.code, first.message) }]);
  }
  if (doc.contents === null) return fail([{ path: [], message: ONLY_COMMENTS }]);
  const unwanted = checkTree(doc, text);
  if (unwanted.length > 0) return fail(unwanted);
  try {
    // Not the library's toJS: its alias guard (maxAliasCount) limits how often an anchor is used,
    // not what the aliases expand to, and both take time quadratic in the number of aliases.
    const value = yamlToData(doc);
    const expanded = checkExpandedSize(value);
    return expanded ? fail([expanded]) : { doc, value, problems: [] };
  } catch (e) {
    if (e instanceof RangeError) return fail([{ path: [], message: TOO_DEEP }]);
    if (e instanceof UnknownAnchor) return fail([{ path: [], message: UNKNOWN_ANCHOR }]);
    throw e;
  }
}

// The player's name on a downloaded record ("Your name (for your teacher)"): every student on a
// class's seed downloaded the same file name, and a record said nothing of whose game it was. The
// name is text a person typed, outside the checksums like the notes: the replay reads none of it.
// The same rule for the page that writes it, the record schema and the class view that shows it.
import { codeOf } from '../scenario/quote';
import { invisibleCharacter, withoutInvisible } from './invisibleCharacters';

/** As long as a class game's names (src/net/protocol.ts): a name, not a message. */
export const PLAYER_NAME_MAX_LENGTH = 40;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a record's name cannot be shown as it is (a file changed by hand), or null. */
export function playerNameProblem(name: string): string | null {
  if (name.length > PLAYER_NAME_MAX_LENGTH) return `the player's name has ${name.length} characters; at most ${PLAYER_NAME_MAX_LENGTH} are allowed`;
  const control = CONTROL.exec(name);
  if (control) return `the player's name holds a control character (${codeOf(control[0])})`;
  // One that turns or hides the words around it would make a row of the class view read as another.
  const invisible = invisibleCharacter(name);
  if (invisible) return `the player's name holds an invisible character (${invisible})`;
  return null;
}

/** A name as typed: control and invisible characters out, spaces run together and trimmed, cut to the limit. */
export function cleanPlayerName(text: string): string {
  // eslint-disable-next-line no-control-regex
  return withoutInvisible(text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, PLAYER_NAME_MAX_LENGTH).trim();
}

/** The record with `name` on it, or without any when `name` is blank. */
export function withPlayerName<R extends { playerName?: string }>(record: R, name: string | null): R {
  const { playerName: _old, ...rest } = record;
  const clean = cleanPlayerName(name ?? '');
  return (clean === '' ? rest : { ...rest, playerName: clean }) as R;
}

/**
 * How the class view and `compare` name a student's file: "Anna Petrova (pivot-east-…-turn-10.json)",
 * or the file's name alone when the record carries no name (every record made before the field).
 */
export function recordRowName(fileName: string, record: { playerName?: string }): string {
  const name = cleanPlayerName(record.playerName ?? '');
  return name === '' ? fileName : `${name} (${fileName})`;
}

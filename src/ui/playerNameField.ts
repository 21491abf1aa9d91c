// "Your name (for your teacher)" beside "Download the game record": the name goes on the record and
// in its file's name, so that the class view tells the students' files apart (every student on
// the class's seed downloaded one file name). Optional; kept in this browser for the next download.
import './playerNameField.css';
import { keepPlayerName, keptPlayerName } from '../app/browser/playerNameKept';
import { PLAYER_NAME_MAX_LENGTH } from '../app/playerName';
import { h } from './dom';

/** The field, and the name in it now: the one its download uses (another field on the page may hold an older one). */
export function playerNameField(key: string): { element: HTMLElement; value(): string } {
  const input = h('input', {
    type: 'text',
    value: keptPlayerName(),
    key,
    attrs: { maxlength: PLAYER_NAME_MAX_LENGTH, autocomplete: 'name', spellcheck: 'false', 'data-testid': 'player-name' },
    on: { input: (e) => keepPlayerName((e.target as HTMLInputElement).value) },
  });
  return { element: h('label', { class: 'player-name-field' }, h('span', null, 'Your name (for your teacher)'), input), value: () => input.value };
}

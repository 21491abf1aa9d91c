// Asked when a new game would take the saved game's place (a link names one, or a replay is taken
// over) while another is saved: replace the saved game, keep it, or download it first. Escape keeps
// it; nothing is replaced unless the player says so.
import { downloadText, safeFileName } from '../app/browser/files';
import type { LinkChoice } from '../app/browser/linkOverSave';
import type { ReadSave } from '../app/browser/storage';
import { announce } from './announce';
import { openDialog } from './dialog';
import { button, h } from './dom';

type SomeSave = Exclude<ReadSave, { kind: 'none' }>;

/** "“Tutorial”, Sep–Nov 2016, turn 2 of 4 (seed amur-7k3q9x)". */
function describeSave(save: SomeSave): string {
  if (save.kind === 'broken') return 'a saved game that cannot be resumed as it is';
  const record = save.save.record as { scenario?: { title?: unknown }; seed?: unknown };
  const title = typeof record.scenario?.title === 'string' ? `“${record.scenario.title}”` : 'a game';
  const where = save.save.where ? `, ${save.save.where}` : '';
  return `${title}${where}${typeof record.seed === 'string' ? ` (seed ${record.seed})` : ''}`;
}

/** The game that would replace the saved one: a sentence on it, and the words of the button that opens it. */
export interface NewGame {
  /** The sentence, its seed shown as code: "The link opens “Tutorial” with the seed ", seed, "." */
  description: { before: string; seed: string; after: string };
  /** "Open the linked game and replace your saved game". */
  replaceLabel: string;
  /** What opening it does to the saved game: "Opening the link". */
  opening: string;
}

export function askReplaceSave(save: SomeSave, next: NewGame): Promise<LinkChoice> {
  return new Promise((resolve) => {
    let choice: LinkChoice = 'keep';
    const note = h('p', { class: 'small muted', attrs: { 'data-testid': 'replace-save-note' } });
    const answer = (c: LinkChoice) => {
      choice = c;
      opened.close();
    };
    const actions = [
      button(next.replaceLabel, () => answer('replace'), { class: 'secondary', key: 'replace-save' }),
      button('Keep my saved game', () => answer('keep'), { class: 'primary', key: 'keep-save' }),
    ];
    if (save.kind === 'ok') {
      const record = save.save.record as { scenario?: { id?: unknown }; seed?: unknown };
      const name = `${safeFileName('pivot-east', String(record.scenario?.id ?? 'game'), String(record.seed ?? ''), 'saved')}.json`;
      actions.unshift(
        button('Download my saved game first', () => {
          downloadText(name, `${JSON.stringify(save.save.record, null, 2)}\n`);
          note.textContent = `Your saved game is being downloaded as ${name}: “Replay a game record” on the start screen takes it back. Now choose.`;
          announce(note.textContent);
        }, { class: 'secondary', key: 'download-save' }),
      );
    }
    const opened = openDialog({
      title: 'Replace your saved game?',
      class: 'replace-save-dialog',
      mustAnswer: true,
      content: [
        h('p', null, next.description.before, h('code', null, next.description.seed), next.description.after),
        h('p', null, `This browser keeps one saved game, and it holds ${describeSave(save)}. ${next.opening} would replace it.`),
        note,
      ],
      actions,
      onClose: () => resolve(choice),
    });
    // Escape means "keep": the safe answer.
    opened.dialog.addEventListener('cancel', () => answer('keep'));
  });
}

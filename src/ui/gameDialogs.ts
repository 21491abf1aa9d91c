// The play screen's other dialogs: the whole game's log, the scenario's sources, saving and sharing.
import { classNotesSection } from './classNotes';
import { gameLog, type GameState, type LogEntry, type ScenarioIndex } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import { copyText, downloadText } from '../app/browser/files';
import { keptPlayerName } from '../app/browser/playerNameKept';
import { shareLink, type LinkSeats } from '../app/browser/url';
import { announce } from './announce';
import { openDialog } from './dialog';
import { button, h, type Child } from './dom';
import { decisionWhyButton, openWhyMove, whyButton } from './explain';
import { crisisReplyWhy } from './crisisPanel';
import { sourceDocList } from './sourceDocs';
import { own, phrase, phraseNodes } from './scenarioText';
import { playerNameField } from './playerNameField';
import { actorName, changeList, dateOf, entryWords } from './text';

/** Every entry of the game so far, turn by turn, with "Why?" on decisions and moves. */
export function logContent(index: ScenarioIndex, game: GameState, keyPrefix = 'log'): Child {
  const log = gameLog(game);
  const turns = [...new Set(log.map((e) => e.turn))];
  if (turns.length === 0) return h('p', { class: 'muted' }, 'Nothing has happened yet.');
  return turns.map((turn) =>
    h(
      'section',
      { class: 'log-turn' },
      h('h3', null, `Turn ${turn} — ${dateOf(index, turn)}`),
      h(
        'ul',
        { class: 'log-list' },
        log
          .filter((e) => e.turn === turn)
          .map((e, i) => h('li', { class: `log-${e.kind}` }, entryWords(index, e), ' ', logWhy(index, game, e, `${keyPrefix}-${turn}-${i}`), 'changes' in e ? changeList(index, e.changes) : null)),
      ),
    ),
  );
}

/**
 * A log entry's "Why?" (a decision's, a move's or a crisis reply's), or nothing, named with its
 * turn: in a whole game's list Japan's same move, turn after turn, had one name three times.
 */
export function logWhy(index: ScenarioIndex, game: GameState, e: LogEntry, key: string): Child {
  const why =
    e.kind === 'decision'
      ? decisionWhyButton(index, e.decision, gameLog(game), key)
      : e.kind === 'move'
        ? whyButton(phraseNodes(index, phrase`${actorName(index, e.actor)}, ${own(index.moves.get(`${e.actor}/${e.move}`)?.title ?? e.move)}`), key, () => openWhyMove(index, e))
        : e.kind === 'crisis-reply'
          ? crisisReplyWhy(index, gameLog(game), e, key)
          : null;
  // Its hidden words (whyButton's) end with the turn.
  why?.querySelector('.sr-only')?.append(`, turn ${e.turn}`);
  return why;
}

/** `notes`: a class game's (the computer decided when time ran out…), listed above the turns. */
export function openLogDialog(index: ScenarioIndex, game: GameState, notes: readonly { text: string }[] = []): void {
  openDialog({ title: 'Game log', class: 'wide', content: [classNotesSection(notes, 'log-class-notes', 'h3'), logContent(index, game)] });
}

export function sourcesContent(index: ScenarioIndex): Child {
  return sourceDocList(index.scenario.sources, index.scenario.language);
}

export function openSourcesDialog(index: ScenarioIndex): void {
  openDialog({ title: 'Sources of this scenario', content: [h('p', null, 'Options, events and moves cite these documents by paragraph.'), sourcesContent(index)] });
}

/** Downloads the record, with `playerName` on it: the one typed beside the button (src/ui/playerNameField.ts), else the one kept. */
export function downloadRecord(game: BrowserGame, playerName = keptPlayerName()): void {
  const file = game.recordFile(asksPlayerName(game) ? playerName : '');
  downloadText(file.name, file.text);
  announce('The game record is being downloaded.');
}

/** A game of this device: a class game's record carries the name its student joined with, and says whose copy it is. */
export const asksPlayerName = (game: BrowserGame) => game.savesHere();

/** The share link of a game, or null when its scenario is not one shipped with the game. */
export function linkOf(game: BrowserGame): string | null {
  if (game.scenario.source.kind !== 'shipped') return null;
  const seats = game.shareSeats() as LinkSeats;
  return shareLink({ scenario: game.index.scenario.id, seed: game.session.seed, ...(Object.keys(seats).length > 0 ? { seats } : {}) });
}

function shareWords(game: BrowserGame): string {
  const seated = Object.keys(game.session.seats).length > 0;
  if (Object.keys(game.shareSeats()).length > 0) return 'Link to this scenario, seed and seats (anyone opening it starts the same game)';
  // A class game's seats are people on other devices: the link is the game alone.
  return seated ? 'Link to this scenario and seed (anyone opening it plays the same game alone)' : 'Link to this scenario and seed (anyone opening it starts the same game)';
}

/**
 * The share link, Copy and Download. `linkLast`: the link's field after the buttons (the debrief's
 * row of actions shows it under them: in the page's order too, or Tab went down and back up).
 */
export function shareControls(game: BrowserGame, keyPrefix: string, linkLast = false): Child {
  const link = linkOf(game);
  const status = h('p', { class: 'small muted', attrs: { 'aria-hidden': 'true' } });
  const copy = link
    ? button('Copy the link', () => {
        void copyText(link).then((ok) => {
          const text = ok ? 'The link is copied.' : 'The browser did not allow copying: select the link and copy it.';
          status.textContent = text;
          announce(text);
        });
      }, { class: 'secondary', key: `${keyPrefix}-copy-link` })
    : null;
  const field = link
    ? h(
        'label',
        { class: 'field' },
        h('span', null, shareWords(game)),
        h('input', { type: 'text', value: link, attrs: { readonly: true, 'data-testid': 'share-link' }, on: { focus: (e) => (e.target as HTMLInputElement).select() } }),
      )
    : h('p', { class: 'small' }, 'This game uses a scenario loaded from a file, so it has no link: share the scenario file and the record instead.');
  const name = asksPlayerName(game) ? playerNameField(`${keyPrefix}-player-name`) : null;
  const download = button('Download the game record', () => downloadRecord(game, name?.value()), { class: 'secondary', key: `${keyPrefix}-download` });
  // The name and the download it goes on, kept together when the row wraps.
  const buttons = h('div', { class: 'share-buttons' }, copy, name ? h('span', { class: 'named-download' }, name.element, download) : download);
  return linkLast ? [buttons, field, status] : [field, buttons, status];
}

export function openShareDialog(game: BrowserGame): void {
  openDialog({
    title: 'Save and share',
    content: [
      !game.savesHere()
        ? h('p', null, 'This class game is kept by the class server: open the join link again to come back to it. Download the game record to keep a copy.')
        : game.saveProblem === null
        ? h('p', null, 'The game is saved in this browser after every move: “Resume” on the start screen continues it.')
        : h('p', { class: 'refusal', attrs: { 'data-testid': 'share-save-problem' } }, `The game is not being saved in this browser: ${game.saveProblem}. Download the game record to keep it.`),
      h('p', null, `Seed: `, h('code', null, game.session.seed)),
      shareControls(game, 'share'),
    ],
  });
}

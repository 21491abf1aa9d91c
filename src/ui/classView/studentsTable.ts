// The class view's students: one row per game compared, short enough to scan (each student's
// deals folded to their number, the list a tap away; written out when printed), sortable by each
// column (a button in its header, aria-sort on it), with "Find a student" over it and the whole
// table as a CSV file. The layout follows the window's width in CSS alone (studentsTable.css):
// read once in JS, a tablet turned from landscape to portrait kept the landscape's table.
import './studentsTable.css';
import type { StudentGame } from '../../app/classView';
import type { ClassData } from '../../app/browser/classFiles';
import { downloadText, safeFileName } from '../../app/browser/files';
import { namesList } from '../../app/namesList';
import { playedTogether } from '../../app/sameGame';
import { SAME_GAME_RULE } from '../../app/sameGameWords';
import { announce } from '../announce';
import { button, h, srOnly, type Child } from '../dom';
import { joinPhrases, own, phrase, phraseNodes, scenarioText, type LanguageOf } from '../scenarioText';
import { plural } from '../text';
import { classCsv } from './classCsv';
import { dealCounts } from './dealCounts';
import { findsStudent } from './findStudent';
import { seedView } from './seedView';
import { sortRows, type SortDirection, type SortValue } from './sortRows';

export interface StudentsTableOptions {
  /** Who held the other seats of each game that had some, by its name (the Seats column when not empty). */
  seats: ReadonlyMap<string, string>;
  /** The notes on games made with another version of the scenario, said once above the table. */
  versions: readonly string[];
  /** Whether a row points to those notes. */
  markVersion(s: StudentGame): boolean;
  replay(s: StudentGame): void;
}

interface Column {
  id: string;
  label: string;
  /** Its numbers right-aligned. */
  num?: boolean;
  /** The first press's order: words A to Z, numbers (descending) the highest first. */
  first: SortDirection;
  value(s: StudentGame): SortValue;
  cell(s: StudentGame): HTMLElement;
}

interface TableState {
  sort: string;
  direction: SortDirection;
  query: string;
}

/** The teacher's sort and search, kept for the class while its view is left for a replay and back. */
const remembered = new WeakMap<object, TableState>();

/** "Build a pipeline ×2; Sell gas", the titles in the scenario's language. */
function tally(of: LanguageOf, items: readonly { title: string }[]): Child {
  return phraseNodes(of, joinPhrases(dealCounts(items).map(({ title, count }) => (count === 1 ? [own(title)] : phrase`${own(title)} ×${count}`)), '; '));
}

export function studentsPanel(data: ClassData, o: StudentsTableOptions): HTMLElement {
  const c = data.comparison;
  const index = data.scenario.index;
  const head = h('h2', { id: 'class-students-title' }, 'Students');
  const versions = o.versions.length === 0 ? null : h('ul', { class: 'version-notes small', attrs: { 'data-testid': 'class-version-notes' } }, o.versions.map((line) => h('li', null, line)));
  const panel = (...body: Child[]) => h('section', { class: 'panel class-students', attrs: { 'aria-labelledby': 'class-students-title' } }, head, versions, ...body);
  if (c.students.length === 0) return panel(h('p', null, 'No record could be verified, so there is nothing to compare.'));

  // The seed most of the class played, when they did not all play one: each other seed is marked.
  const common = c.sharedSeed === null ? (c.mostlySeed?.seed ?? null) : null;
  const muted = (text: string) => h('span', { class: 'muted' }, text);
  const columns: Column[] = [
    {
      id: 'name',
      label: 'Student (file)',
      first: 'ascending',
      value: (s) => s.name,
      cell: (s) =>
        h(
          'th',
          { attrs: { scope: 'row' }, class: 'student-name' },
          s.name,
          o.markVersion(s) ? h('small', { class: 'muted version-note', attrs: { 'data-testid': 'class-version-note' } }, ' (another version of the scenario: see above)') : null,
          s.copies.length > 0 ? h('small', { class: 'muted copies-note', attrs: { 'data-testid': 'class-copies-note' } }, ` (also in ${namesList(s.copies.map((x) => x.name))})`) : null,
          // Counted as its moves give it: the notes above the table say what the file claimed.
          s.resultChanged ? h('small', { class: 'muted result-note', attrs: { 'data-testid': 'class-result-note' } }, ' (result changed in the file: see the notes above)') : null,
        ),
    },
    ...(c.sharedSeed !== null
      ? []
      : [{ id: 'seed', label: 'Seed', first: 'ascending', value: (s) => s.seed, cell: (s) => h('td', { class: common !== null && s.seed !== common ? 'seed seed-other' : 'seed' }, seedView(s.seed, common)) } satisfies Column]),
    ...(o.seats.size === 0
      ? []
      : [{ id: 'seats', label: 'Seats', first: 'ascending', value: (s) => o.seats.get(s.name) ?? null, cell: (s) => h('td', { class: 'seats', attrs: { 'data-testid': 'class-seats' } }, o.seats.get(s.name) ?? muted('the rules')) } satisfies Column]),
    {
      id: 'ending',
      label: 'Ending',
      first: 'ascending',
      value: (s) => s.ending?.title ?? null,
      cell: (s) => (s.ending ? scenarioText(index, 'td', { class: 'ending' }, s.ending.title) : h('td', { class: 'ending' }, muted('not finished'))),
    },
    { id: 'score', label: 'Score', num: true, first: 'descending', value: (s) => s.score, cell: (s) => h('td', { class: 'num' }, s.score === null ? '—' : String(s.score)) },
    { id: 'turns', label: 'Turns', num: true, first: 'descending', value: (s) => s.turns, cell: (s) => h('td', { class: 'num' }, String(s.turns)) },
    { id: 'proposals', label: 'Proposals', num: true, first: 'descending', value: (s) => s.proposals.length, cell: (s) => h('td', { class: 'num' }, String(s.proposals.length)) },
    {
      id: 'deals',
      label: 'Deals',
      first: 'descending',
      value: (s) => s.deals.length,
      cell: (s) =>
        h(
          'td',
          { class: 'deals' },
          s.deals.length === 0
            ? muted('none')
            : h('details', { class: 'deals-list' }, h('summary', null, String(s.deals.length), h('span', { class: 'deals-word' }, s.deals.length === 1 ? ' deal' : ' deals')), h('p', null, tally(index, s.deals))),
        ),
    },
  ];

  const state: TableState = remembered.get(c) ?? { sort: 'name', direction: 'ascending', query: '' };
  remembered.set(c, state);

  // Each game a tbody of its own: its row, and under it, for paper, a line as wide as the table
  // with its deals written out (in the Deals column, a row was a third of an A4 page). Kept whole
  // on a page, and moved whole by a sort.
  const groups = new Map(
    c.students.map((s, i) => [
      s,
      h(
        'tbody',
        { class: 'student-rows' },
        h(
          'tr',
          { attrs: { 'data-testid': 'class-student' } },
          columns.map((col) => col.cell(s)),
          // Keyed by the row's place in the comparison: coming back from a replay finds it whatever the sort.
          h('td', { class: 'no-print replay-cell' }, button('Replay', () => o.replay(s), { class: 'small secondary', key: `class-replay-${i}`, attrs: { 'aria-label': `Replay ${s.name}` } })),
        ),
        s.deals.length === 0 ? null : h('tr', { class: 'deals-on-paper', attrs: { 'aria-hidden': 'true' } }, h('td', { attrs: { colspan: columns.length + 1 } }, 'Deals: ', tally(index, s.deals))),
      ),
    ]),
  );
  const headers = columns.map((col) => {
    const th = h('th', { attrs: { scope: 'col' }, class: `col-${col.id}${col.num ? ' num' : ''}` });
    th.append(
      button(col.label, () => sortBy(col), {
        class: 'sort-button',
        key: `class-sort-${col.id}`,
      }),
    );
    return { col, th };
  });
  const table = h(
    'table',
    { class: 'data class-table', attrs: { 'data-testid': 'class-table' } },
    h('caption', null, `One row per verified game, by its file’s name. ${c.students.some((s) => playedTogether(data.records.get(s.name)!)) ? `${SAME_GAME_RULE} ` : ''}Deals: proposals accepted, or counter-offers taken. A column’s title sorts the table by it.`),
    h('thead', null, h('tr', null, headers.map((x) => x.th), h('th', { attrs: { scope: 'col' }, class: 'no-print' }, srOnly('Replay')))),
  );
  const count = h('p', { id: 'class-find-count', class: 'find-count', attrs: { role: 'status', 'data-testid': 'class-find-count' } });
  const find = h('input', {
    id: 'class-find',
    type: 'search',
    value: state.query,
    attrs: { autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'class-find-count', 'data-testid': 'class-find' },
    on: {
      input: () => {
        state.query = find.value;
        show();
      },
    },
  });

  function sortBy(col: Column): void {
    state.direction = state.sort === col.id ? (state.direction === 'ascending' ? 'descending' : 'ascending') : col.first;
    state.sort = col.id;
    show();
    const up = state.direction === 'ascending';
    const numbers = col.first === 'descending';
    announce(`Sorted by ${col.label.toLowerCase()}, ${numbers ? (up ? 'lowest first' : 'highest first') : up ? 'A to Z' : 'Z to A'}.`);
  }

  const sortedBy = () => columns.find((x) => x.id === state.sort) ?? columns[0]!;
  const sorted = () => sortRows(c.students, sortedBy().value, state.direction);

  function show(): void {
    const col = sortedBy();
    let shown = 0;
    for (const s of sorted()) {
      const group = groups.get(s)!;
      group.hidden = !findsStudent(state.query, [s.name, ...s.copies.map((x) => x.name)]);
      if (!group.hidden) shown++;
      table.append(group);
    }
    for (const { col: x, th } of headers) {
      if (x === col) th.setAttribute('aria-sort', state.direction);
      else th.removeAttribute('aria-sort');
    }
    const all = plural(c.students.length, 'game');
    count.textContent = state.query.trim() === '' ? `${all}.` : shown === 0 ? `No game found among the ${all}.` : `${shown} of ${all} shown.`;
  }
  show();

  const download = () => downloadText(`${safeFileName('pivot-east-class', index.scenario.id)}.csv`, classCsv(sorted(), index, o.seats), 'text/csv;charset=utf-8');
  return panel(
    h(
      'div',
      { class: 'class-tools no-print' },
      h('label', { attrs: { for: 'class-find' } }, 'Find a student'),
      find,
      count,
      // Every game, filtered or not, in the table's order.
      button('Download all as CSV', download, { class: 'secondary small', key: 'class-csv' }),
    ),
    h('div', { class: 'table-scroll' }, table),
  );
}
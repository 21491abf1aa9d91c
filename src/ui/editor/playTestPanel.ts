// "Play-test": N seeded games per bot of the draft in a Web Worker, then the balance report the
// command line gives: the four targets with PASS/FAIL, the endings as a chart, the scores, and the
// dead turns (turns that began with nothing the player could propose); then what came into play,
// as `batch` counts it (playTestCounts.ts).
import { docLink } from './docLink';
import { NEVER_OPEN, type BalanceReport } from '../../app/balance';
import type { Scenario } from '../../scenario/schema';
import { plural } from '../../scenario/plural';
import { announce } from '../announce';
import { button, h } from '../dom';
import { endingsChart } from './endingsChart';
import { playTestCounts } from './playTestCounts';
import type { PlayTestMessage, PlayTestRequest } from './playTestProtocol';

export const DEFAULT_PLAYTEST_GAMES = 100;
export const MAX_PLAYTEST_GAMES = 2000;

export interface PlayTestPanel {
  element: HTMLElement;
  /** The draft to play, or null while it has errors. */
  setDraft(draft: { scenario: Scenario; hash: string } | null, fileName: string): void;
  dispose(): void;
}

export function playTestPanel(): PlayTestPanel {
  let draft: { scenario: Scenario; hash: string } | null = null;
  let fileName = 'my-scenario.yaml';
  let playedLanguage: string | undefined;
  let worker: Worker | null = null;
  const games = h('input', { id: 'playtest-games', type: 'number', value: String(DEFAULT_PLAYTEST_GAMES), attrs: { min: 1, max: MAX_PLAYTEST_GAMES, step: 1, inputmode: 'numeric', 'aria-describedby': 'playtest-help' } });
  const progress = h('progress', { attrs: { max: 1, value: 0, 'aria-label': 'Play-test progress' }, hidden: true });
  const status = h('p', { class: 'small muted', attrs: { 'aria-live': 'polite', 'data-testid': 'playtest-status' } });
  const results = h('div', { class: 'editor-playtest-results' });
  const run = button('Run the play-test', () => start(), { class: 'primary', key: 'playtest-run' });
  const stop = button('Stop', () => finish('Stopped.'), { class: 'secondary', key: 'playtest-stop' });
  stop.hidden = true;

  function start(): void {
    if (!draft) {
      status.textContent = 'Fix the problems in the draft first: only a valid scenario can be played.';
      announce(status.textContent);
      return;
    }
    const n = Number(games.value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PLAYTEST_GAMES) {
      status.textContent = `Type a number of games from 1 to ${MAX_PLAYTEST_GAMES}.`;
      games.setAttribute('aria-invalid', 'true');
      games.focus();
      return;
    }
    games.removeAttribute('aria-invalid');
    worker?.terminate();
    worker = new Worker(new URL('./playTestWorker.ts', import.meta.url), { type: 'module', name: 'play-test' });
    worker.onmessage = (event: MessageEvent<PlayTestMessage>) => {
      const m = event.data;
      if (m.type === 'progress') {
        progress.value = m.done / m.total;
        status.textContent = `Playing… ${m.done} of ${plural(m.total, 'game')}`;
      } else if (m.type === 'done') {
        finish(null);
        show(m.report);
      } else finish(`The play-test failed: ${m.error}. This is a bug in the game, not in the scenario.`);
    };
    worker.onerror = (e) => finish(`The play-test could not run (${e.message || 'the worker failed to start'}).`);
    const request: PlayTestRequest = { scenario: draft.scenario, hash: draft.hash, games: n, seedBase: 'balance' };
    // The report's endings are this draft's, in its language, whatever the draft is when it comes back.
    playedLanguage = draft.scenario.language;
    worker.postMessage(request);
    run.hidden = true;
    stop.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Playing ${plural(n, 'game')} with each bot…`;
    announce(status.textContent);
  }

  function finish(message: string | null): void {
    worker?.terminate();
    worker = null;
    run.hidden = false;
    stop.hidden = true;
    progress.hidden = true;
    if (message !== null) {
      status.textContent = message;
      announce(message);
    }
  }

  function show(r: BalanceReport): void {
    const passed = r.targets.filter((t) => t.pass).length;
    status.textContent = `${plural(r.games, 'game')} per bot played: ${passed} of 4 targets pass.`;
    announce(status.textContent);
    const num = (v: number | string) => h('td', { class: 'num' }, String(v));
    results.replaceChildren(h(
      'div',
      null,
      h('h3', null, 'Targets'),
      h(
        'table',
        { class: 'data editor-targets', attrs: { 'data-testid': 'playtest-targets' } },
        h('tbody', null, r.targets.map((t) => h('tr', { class: t.pass ? 'pass' : 'fail' }, h('td', { class: 'verdict' }, t.pass ? '✓ PASS' : '✗ FAIL'), h('td', null, t.target, h('br'), h('span', { class: 'small muted' }, t.figure), t.pass ? null : h('p', { class: 'small', attrs: { 'data-testid': 'playtest-advice' } }, `What to try: ${t.advice}.`))))),
      ),
      h('h3', null, 'Endings'),
      endingsChart(r, playedLanguage),
      h('h3', null, 'Scores'),
      h(
        'table',
        { class: 'data' },
        h('thead', null, h('tr', null, ['Bot', 'Min', 'Median', 'Mean', 'Max'].map((c, i) => h('th', { attrs: { scope: 'col' }, class: i > 0 ? 'num' : undefined }, c)))),
        h('tbody', null, (['random', 'greedy'] as const).map((b) => h('tr', null, h('th', { attrs: { scope: 'row' } }, b), num(r.score[b].min), num(r.score[b].median), num(r.score[b].mean), num(r.score[b].max)))),
      ),
      h('h3', null, 'Dead turns'),
      h('p', { class: 'small muted' }, 'Turns that began with nothing the player could propose (no option open, allowed and affordable), and in how many games.'),
      r.deadTurns.length === 0
        ? h('p', { attrs: { 'data-testid': 'playtest-dead-turns' } }, '✓ None: every turn of every game began with something to propose.')
        : h(
            'table',
            { class: 'data', attrs: { 'data-testid': 'playtest-dead-turns' } },
            h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Turn'), h('th', { attrs: { scope: 'col' } }, 'Months'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Random bot'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Greedy bot'))),
            h('tbody', null, r.deadTurns.map((d) => h('tr', null, h('th', { attrs: { scope: 'row' } }, String(d.turn)), h('td', null, r.calendar.turns[d.turn - 1]?.months ?? ''), num(`${d.random} of ${r.games}`), num(`${d.greedy} of ${r.games}`)))),
          ),
      r.neverProposed.length > 0 ? h('p', { class: 'small' }, 'Never proposed by the greedy bot: ', r.neverProposed.map((id, i) => [i > 0 ? ', ' : '', h('code', null, id)])) : null,
      r.neverMade.length > 0
        ? h('p', { class: 'small', attrs: { 'data-testid': 'playtest-never-made' } }, 'Actors’ moves that never happened (either bot): ', r.neverMade.map((m, i) => [i > 0 ? ', ' : '', h('code', null, m.move), m.open ? '' : ` (${NEVER_OPEN})`]))
        : null,
      playTestCounts(r),
      h('p', { class: 'small muted' }, 'The same games on the command line, with the draft downloaded: ', h('code', null, `npm run --silent cli -- balance ${fileName} --games ${r.games}`)),
    ));
  }

  return {
    element: h(
      'div',
      { class: 'editor-playtest' },
      h('p', { class: 'small muted', id: 'playtest-help' }, 'Plays seeded games of the draft with the random bot and the greedy bot (seeds balance-1, balance-2, …) and checks the four ', docLink('balance', 'balance targets'), '.'),
      h('div', { class: 'row editor-playtest-controls' }, h('label', { attrs: { for: 'playtest-games' } }, 'Games per bot'), games, run, stop),
      progress,
      status,
      results,
    ),
    setDraft(d, name) {
      draft = d;
      fileName = name;
      run.setAttribute('aria-disabled', d ? 'false' : 'true');
    },
    dispose: () => worker?.terminate(),
  };
}

// Stepping through a game record turn by turn on the map, and taking over from any turn
// ("what if"): the record's first events are replayed, then the player continues. Each turn's
// story is replay/turnStory.ts's.
import './replay/replayScreen.css';
import type { GameState } from '../engine';
import type { GameRecord } from '../app/record';
import { replaySteps, type LoadedScenario, type ReplayStep } from '../app/browser/game';
import { announce } from './announce';
import { board } from './boardHost';
import { buildBoardView } from './boardModel';
import { button, h, render, signed, type Child } from './dom';
import { turnStory } from './replay/turnStory';
import { scenarioSpan, scenarioText } from './scenarioText';
import { dateOf } from './text';
import { heldSeatsWords } from './seatsText';

export interface ReplayNav {
  back(): void;
  /** Where back goes, in words: "Back to start", "Back to the debrief", "Back to the class". */
  backLabel: string;
  /** The record file's name, when it came from one: said in the header. */
  fileName?: string;
  takeOver(scenario: LoadedScenario, record: GameRecord, upToEvent: number): void;
  /** The step to open at (0: the first turn); `shown` hears of each step shown, to open it there again. */
  startAt?: number;
  shown?(at: number, turn: number): void;
}

export function mountReplayScreen(root: HTMLElement, scenario: LoadedScenario, record: GameRecord, verified: string, nav: ReplayNav): () => void {
  const index = scenario.index;
  const { steps, final } = replaySteps(scenario, record);
  let at = Math.max(0, Math.min(steps.length - 1, nav.startAt ?? 0));
  let selected: string | null = null;

  const controls = h('nav', { class: 'replay-controls', attrs: { 'aria-label': 'Replay' } });
  const left = h('div', { class: 'col col-left replay-turn' });
  const slot = h('div', { class: 'board-slot' });
  const right = h('div', { class: 'col col-right' });
  const seatsWords = heldSeatsWords(index, record);
  const resultText: Child = record.result ? ['Result: ', scenarioSpan(index, index.scenario.endings.find((e) => e.id === record.result!.ending)?.title ?? record.result.ending), `, score ${record.result.score}.`] : 'The game was not finished.';
  root.replaceChildren(
    h(
      'div',
      { class: 'screen replay-screen' },
      h(
        'header',
        { class: 'topbar' },
        h('div', { class: 'brand' }, h('span', { class: 'game-name', attrs: { 'data-testid': 'replay-of' } }, 'Pivot East — replay', nav.fileName ? [' of ', h('span', { class: 'replay-file' }, nav.fileName)] : null), scenarioText(index, 'h1', { class: 'scenario-title' }, index.scenario.title)),
        h('p', { class: 'small' }, `Seed ${record.seed}. ${seatsWords === null ? '' : `${seatsWords}. `}`, resultText, ' ', h('span', { attrs: { 'data-testid': 'replay-verified' } }, verified)),
        button(nav.backLabel, () => nav.back(), { class: 'secondary', key: 'replay-back' }),
      ),
      controls,
      h('main', { class: 'play-main' }, left, slot, right),
    ),
  );
  const boardHandle = board();
  boardHandle.attach(slot);
  boardHandle.setCallbacks({
    onActorSelect: (id) => {
      selected = id;
      draw();
    },
  });

  function go(to: number): void {
    at = Math.max(0, Math.min(steps.length - 1, to));
    draw();
    announce(`Turn ${steps[at]!.turn}, ${dateOf(index, steps[at]!.turn)}.`);
  }

  function draw(): void {
    const step = steps[at]!;
    nav.shown?.(at, step.turn);
    render(controls, [
      button('◀ Previous turn', () => go(at - 1), { class: 'secondary', key: 'replay-prev', attrs: { 'aria-disabled': at === 0 ? 'true' : undefined } }),
      h('p', { class: 'replay-where', attrs: { 'data-testid': 'replay-turn' } }, `Turn ${step.turn} of ${steps.length} — ${dateOf(index, step.turn)}${stopsDuring(step) ? ' (the record stops during this turn)' : ''}`),
      button('Next turn ▶', () => go(at + 1), { class: 'secondary', key: 'replay-next', attrs: { 'aria-disabled': at === steps.length - 1 ? 'true' : undefined } }),
      button(`Take over from turn ${step.turn}`, () => nav.takeOver(scenario, record, step.eventsBefore), { class: 'primary', key: 'replay-take-over' }),
    ]);
    render(left, turnStory(index, step, final));
    render(right, tracksThen(step, final));
    boardHandle.setView(buildBoardView(index, step.game, selected));
  }

  /** The last turn of a save, begun and not ended: its page lists what was done of it so far (a teacher read its "No proposal." as the turn played). */
  function stopsDuring(step: ReplayStep): boolean {
    return final.ending === null && !final.history.some((r) => r.turn === step.turn);
  }

  function tracksThen(step: ReplayStep, end: GameState): Child {
    const after = end.history.find((r) => r.turn === step.turn)?.tracks;
    return h(
      'section',
      { class: 'panel' },
      h('h2', null, 'Tracks in this turn'),
      h(
        'table',
        { class: 'data' },
        h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Track'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Start'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'End'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Change'))),
        h('tbody', null, index.scenario.tracks.map((t, slot) => {
          const a = step.game.tracks[slot]!;
          const b = after?.[slot];
          return h('tr', null, scenarioText(index, 'th', { attrs: { scope: 'row' } }, t.name), h('td', { class: 'num' }, String(a)), h('td', { class: 'num' }, b === undefined ? '—' : String(b)), h('td', { class: 'num' }, b === undefined ? '' : signed(b - a)));
        })),
      ),
      h('p', { class: 'small muted' }, `Diplomatic capital at the start of the turn: ${step.game.capital}.`),
    );
  }

  draw();
  (controls.querySelector('[data-key="replay-next"]') as HTMLElement | null)?.focus();
  return () => boardHandle.detach();
}

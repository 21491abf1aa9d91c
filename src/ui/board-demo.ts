// Demo of the map board with sample data: cycles through scripted changes so the animations
// can be seen. URL options: ?cycle=0 keeps it still, ?steps=N starts N steps in,
// ?ratio=R forces the canvas pixel ratio (to test high-density rendering anywhere).
// Hooks for browser tests and benchmarks: window.__boardReady (ms after navigation when the
// first map frame was rendered), window.__boardStep() (apply the next change now).
import { mountBoard, type BoardHandle, type BoardView } from './board';
import { SAMPLE_STEPS, SAMPLE_VIEW } from './board/sampleView';

declare global {
  interface Window {
    __boardReady?: number;
    __boardStep?: () => void;
    __board?: BoardHandle;
  }
}

const params = new URLSearchParams(location.search);
const cycle = params.get('cycle') !== '0';
const startSteps = Number(params.get('steps') ?? 0);
const ratio = params.has('ratio') ? Number(params.get('ratio')) : undefined;

const boardEl = document.getElementById('board')!;
const controls = document.getElementById('controls')!;
const status = document.getElementById('status')!;

let view: BoardView = SAMPLE_VIEW;
let step = 0;
for (; step < startSteps; step++) view = SAMPLE_STEPS[step % SAMPLE_STEPS.length]!(view);

const board = mountBoard(boardEl, {
  onActorHover: (id) => (status.textContent = id ? `hover: ${nameOf(id)}` : ''),
  onActorSelect: (id) => select(id),
  onReady: () => (window.__boardReady = performance.now()),
}, ratio ? { pixelRatio: ratio } : {});
board.setView(view);
window.__board = board;

function nameOf(id: string): string {
  return view.actors.find((a) => a.id === id)?.name ?? id;
}

function select(id: string): void {
  show({ ...view, actors: view.actors.map((a) => ({ ...a, selected: a.id === id })) });
  status.textContent = `selected: ${nameOf(id)}`;
}

function show(next: BoardView): void {
  view = next;
  board.setView(view);
  for (const button of buttons) button.setAttribute('aria-pressed', String(view.actors.find((a) => a.id === button.dataset.id)?.selected ?? false));
}

// Keyboard users select actors here; focus mirrors onto the board as a highlight.
const buttons = view.actors.map((a) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = a.name;
  button.dataset.id = a.id;
  button.setAttribute('aria-pressed', String(a.selected));
  button.addEventListener('click', () => select(a.id));
  button.addEventListener('focus', () => board.setHighlight(a.id));
  button.addEventListener('blur', () => board.setHighlight(null));
  controls.insertBefore(button, status);
  return button;
});

window.__boardStep = () => {
  show(SAMPLE_STEPS[step % SAMPLE_STEPS.length]!(view));
  step++;
  // After the last step, start again from the beginning.
  if (step % SAMPLE_STEPS.length === 0) show({ ...SAMPLE_VIEW });
};

if (cycle) void board.ready.then(() => setInterval(() => window.__boardStep?.(), 2600));

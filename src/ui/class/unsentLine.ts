// The class screens' line for what this device sent and the room has not answered (unsentWords.ts),
// kept up to date as the room changes and once an answer turns slow by time alone: a student's
// strip and the teacher's top bar share it.
import type { GameState, ScenarioIndex } from '../../engine';
import type { SeatQuestion } from '../../machines/seatQuestion';
import { h, render } from '../dom';
import { phraseNodes } from '../scenarioText';
import type { RoomState } from './classRoom';
import { unsentChangesAt, unsentPhrase } from './unsentWords';

export function unsentLine(index: ScenarioIndex, now: () => { state: RoomState; game: GameState; asking: SeatQuestion | null; deviceOnline: boolean }): { element: HTMLElement; update(): void; stop(): void } {
  const element = h('p', { class: 'unsent-line', attrs: { role: 'status', 'data-testid': 'unsent' } });
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  function update(): void {
    const { state, game, asking, deviceOnline } = now();
    const at = Date.now();
    render(element, phraseNodes(index, unsentPhrase(state.unanswered, { index, game, asking, connection: state.connection, deviceOnline, now: at }) ?? []));
    element.hidden = element.textContent === '';
    stop();
    const changesAt = unsentChangesAt(state.unanswered, at);
    if (changesAt !== null) timer = setTimeout(update, changesAt - at);
  }
  return { element, update, stop };
}

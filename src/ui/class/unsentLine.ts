// The class screens' line for what this device sent and the room has not answered (unsentWords.ts),
// kept up to date as the room changes and once an answer turns slow by time alone: a student's
// strip and the teacher's top bar share it.
import { h, render } from '../dom';
import { phraseNodes } from '../scenarioText';
import type { ClassRoom } from './classRoom';
import { unsentChangesAt, unsentPhrase } from './unsentWords';

/** `device`: whether the device is online now (connectionWords.ts watchDeviceOnline). */
export function unsentLine(room: ClassRoom, device: { online(): boolean }): { element: HTMLElement; update(): void; stop(): void } {
  const index = room.game().index;
  const element = h('p', { class: 'unsent-line', attrs: { role: 'status', 'data-testid': 'unsent' } });
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  function update(): void {
    const state = room.state();
    const { game, asking } = room.game().session.snapshot().context;
    const at = Date.now();
    render(element, phraseNodes(index, unsentPhrase(state.unanswered, { index, game, asking, connection: state.connection, deviceOnline: device.online(), now: at }) ?? []));
    element.hidden = element.textContent === '';
    stop();
    const changesAt = unsentChangesAt(state.unanswered, at);
    if (changesAt !== null) timer = setTimeout(update, changesAt - at);
  }
  return { element, update, stop };
}

// The class strip's line for what this device sent and the room has not answered: said at once
// when the device is offline or the link is down (a tap made offline changed nothing on screen),
// after a few seconds on a working network, and never for an answer that comes quickly.
import { describe, expect, it } from 'vitest';
import { indexScenario, newGame } from '../../../src/engine';
import { readScenarioFile } from '../../../src/scenario/readScenarioFile';
import { phraseText } from '../../../src/ui/scenarioText';
import { SLOW_ANSWER_MS, unsentChangesAt, unsentPhrase, type UnsentContext } from '../../../src/ui/class/unsentWords';

const loaded = await readScenarioFile(new URL('../../../scenarios/mother-russia-2016.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2016 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const game = newGame(index, 'unsent');
const sent = [
  { event: { type: 'PROPOSE' as const, option: 'summit-with-xi' }, since: 1000 },
  { event: { type: 'END_TURN' as const }, since: 1200 },
];
const at = (c: Partial<UnsentContext>) => {
  const p = unsentPhrase(sent, { index, game, asking: null, connection: 'connected', deviceOnline: true, now: 1100, ...c });
  return p === null ? null : phraseText(p);
};

describe('what waits to be sent, in the class strip', () => {
  it('is said at once, in order, when the device is offline or the link is down', () => {
    expect(at({ deviceOnline: false })).toBe('Kept to be sent when the connection is back: propose “A summit with Xi on the future of Asia”; end the turn.');
    expect(at({ connection: 'reconnecting' })).toBe(at({ deviceOnline: false }));
    expect(at({ connection: 'lost' })).toBe('Perhaps not sent, as the class server cannot be reached: propose “A summit with Xi on the future of Asia”; end the turn. Once you are back by the join link, see whether it was done before you do it again.');
  });

  it('waits a few seconds on a working network, then says the answer is awaited', () => {
    expect(at({})).toBeNull();
    expect(at({ now: 1000 + SLOW_ANSWER_MS - 1 })).toBeNull();
    expect(at({ now: 1000 + SLOW_ANSWER_MS })).toBe('Sent, the class server has not answered yet: propose “A summit with Xi on the future of Asia”; end the turn. It is sent again if the connection drops.');
    expect(unsentChangesAt(sent, 1100)).toBe(1000 + SLOW_ANSWER_MS);
    expect(unsentChangesAt(sent, 1000 + SLOW_ANSWER_MS)).toBeNull();
  });

  it('says the teacher’s actions in the teacher screen’s words', () => {
    const actions = [
      { action: { action: 'giveToComputer' as const, actor: 'china' }, since: 0 },
      { action: { action: 'setTurnSeconds' as const, seconds: 90 }, since: 1 },
      { action: { action: 'pause' as const }, since: 2 },
    ];
    const p = unsentPhrase(actions, { index, game, asking: null, connection: 'connected', deviceOnline: false, now: 3 });
    expect(p && phraseText(p)).toBe('Kept to be sent when the connection is back: give China’s seat to the computer; give each turn 90 seconds; pause the game.');
  });

  it('says nothing with nothing sent, or once the student has left', () => {
    expect(unsentPhrase([], { index, game, asking: null, connection: 'lost', deviceOnline: false, now: 0 })).toBeNull();
    expect(unsentChangesAt([], 0)).toBeNull();
    expect(at({ connection: 'left', deviceOnline: false })).toBeNull();
  });
});

// The editor's calendar lists each dated event on its turn; one with a condition or a chance below
// 100 says so beside it, or the calendar would promise an event that a game may never see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/engine';
import { turnCalendar } from '../../../src/app/turnCalendar';
import { calendarTable, eventProviso } from '../../../src/ui/editor/calendarPanel';
import { phraseText } from '../../../src/ui/scenarioText';
import { edit, loaded, minimal } from '../../scenario/helpers';
import { markup, useFakeDocument } from '../fakeDocument';

/** The mini scenario with its dated event (Abe in Vladivostok, 2016-09) given `fields`. */
const withEvent = (fields: string) => {
  const { scenario, hash } = loaded(edit(minimal, '    at: 2016-09\n', `    at: 2016-09\n${fields}`));
  return { scenario, index: indexScenario(scenario, hash) };
};
const proviso = (fields: string) => {
  const { scenario, index } = withEvent(fields);
  const words = eventProviso(index, scenario.events.find((e) => e.id === 'abe-in-vladivostok')!);
  return words === null ? null : phraseText(words);
};

describe("the calendar's dated events", () => {
  it('say the condition of one that happens only if it holds, in the words the debrief uses', () => {
    expect(proviso('    when: { agreement: gas-deal }\n')).toBe('only if agreement “The 400-billion-dollar gas deal” made');
    expect(proviso('    when: { all: [{ track: development, gte: 40 }, { not: { flag: sanction-joined } }] }\n')).toBe('only if Far East development ≥ 40, and not (Sanction joined: yes)');
    expect(proviso('    when: { any: [{ turn: { gte: 2 } }, { actor: japan, attr: relation, lt: 10 }] }\n')).toBe('only if turn ≥ 2, or Japan relation < 10');
  });

  it('say a chance below 100, and nothing for an event that surely happens on its turn', () => {
    expect(proviso('    chance: 40\n')).toBe('a 40 % chance');
    expect(proviso('    when: { agreement: gas-deal }\n    chance: 50\n')).toBe('only if agreement “The 400-billion-dollar gas deal” made; then a 50 % chance');
    expect(proviso('    chance: 100\n')).toBeNull();
    expect(proviso('')).toBeNull();
  });

  describe('in the table', () => {
    let restore: () => void;
    beforeAll(() => (restore = useFakeDocument()));
    afterAll(() => restore());

    it('put the condition beside the event on its turn', () => {
      const { scenario, index } = withEvent('    when: { agreement: gas-deal }\n');
      const html = markup(calendarTable(turnCalendar(scenario), index));
      expect(html).toContain('<td><span title="2016-09">Abe comes to Vladivostok</span><code> abe-in-vladivostok</code><span data-testid="event-proviso"> (only if agreement “The 400-billion-dollar gas deal” made)</span></td>');
    });
  });
});

// Seats must not change a solo game (every other seat the rules'): the tutorial's games keep the
// final checksums they have on main without seats (engine 1.2.0, measured on main before the merge,
// in the first checksum scheme, 'text'), and those of the present scheme, 'numbers'.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { playWithBot } from '../../src/app/playBot';
import { sessionOfRecord } from '../../src/app/replay';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8'), 'scenarios/tutorial.yaml');
if (!loaded.ok) throw new Error('the tutorial does not load');
const tutorial = indexScenario(loaded.scenario, loaded.hash);

describe('solo games keep their checksums', () => {
  it.each([
    ['greedy', '723f9019af849990', '8700dcc55ef9c21f', 98],
    ['random', 'cd3aa1e1502970fd', 'e18277370dabf813', 111],
  ] as const)('tutorial, seed solo-7, %s bot', (bot, textChecksum, checksum, score) => {
    const session = playWithBot(tutorial, 'solo-7', bot);
    expect(session.game().history.at(-1)!.checksum).toBe(checksum);
    expect(session.game().ending!.score).toBe(score);
    // The same events replayed as a record of the first scheme (one that names no scheme).
    const { checksumScheme, ...record } = session.record();
    expect(checksumScheme).toBe('numbers');
    const asText = sessionOfRecord(tutorial, record);
    for (const event of record.events) expect(asText.send(event)).toBeNull();
    expect(asText.game().history.at(-1)!.checksum).toBe(textChecksum);
    expect(asText.record().checksumScheme).toBeUndefined();
  });
});

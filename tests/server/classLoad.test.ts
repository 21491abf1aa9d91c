// `class-load` against a real server: bot students play their seats (two on a seat), nothing is
// lost and every replica ends with the server's checksums. Its timings belong to README, not here.
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { runLoad } from '../../src/cli/classLoad/runLoad';
import { SERVER_TEST_TIMEOUT, startServer, stopAll } from './support/classServerProcess';

afterAll(stopAll);

describe('class-load', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('plays two rooms of four bot students for two turns; nothing lost, the checksums agree', async () => {
    const server = await startServer();
    onTestFailed(() => console.error(server.output()));
    const { report, problems } = await runLoad({ server: server.url, rooms: 2, clients: 4, turns: 2, scenario: 'tutorial', seed: 'load-test' });
    expect(problems).toEqual([]);
    expect(report).toMatchObject({ rooms: 2, clients: 4, turns: 2, lost: 0, checksumsAgree: true });
    expect(report.events).toBeGreaterThan(4);
    expect(report.p95Ms).toBeGreaterThan(0);
    await server.stop();
  });
});

import { describe, expect, it } from 'vitest';
import { scenarioFiles } from '../../src/cli/scenarios';

describe('the scenario files of the project', () => {
  it('are the scenarios, not the data kept beside them', async () => {
    const files = (await scenarioFiles(process.cwd())).map((f) => f.replace(/\\/g, '/'));
    expect(files).toContain('scenarios/tutorial.yaml');
    // The JSON Schema and the source facts are read by the editor and the citation tests; loading
    // them as scenarios made `npm run bench` print "skipped scenarios/sources.json: not a valid scenario".
    expect(files.filter((f) => f.endsWith('.json'))).toEqual([]);
  });
});

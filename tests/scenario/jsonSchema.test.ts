import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_FILE, SCENARIO_SCHEMA_ID, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';

const committedPath = fileURLToPath(new URL(`../../${SCENARIO_SCHEMA_FILE}`, import.meta.url));

describe('the JSON Schema for editors', () => {
  it('is committed exactly as the zod schema generates it now', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed, `${SCENARIO_SCHEMA_FILE} is out of date: run \`npm run schema\` and commit the file`).toEqual(scenarioJsonSchema());
  });

  it('names itself and describes a strict mapping of the scenario sections', () => {
    const schema = scenarioJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCENARIO_SCHEMA_ID,
      title: 'Pivot East scenario',
      type: 'object',
      additionalProperties: false,
    });
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'tracks', 'actors', 'options', 'endings', 'score']));
    // Fields with a default may be left out of a file, so they are not required.
    expect(schema.required).not.toContain('events');
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['condition', 'effect']));
  });

  it('is written as two-space JSON with a final newline', () => {
    const text = scenarioJsonSchemaText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$schema": "https://json-schema.org/draft/2020-12/schema",');
    expect(JSON.parse(text)).toEqual(scenarioJsonSchema());
  });
});

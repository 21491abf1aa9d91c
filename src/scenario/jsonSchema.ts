// The JSON Schema of the scenario format, generated from the zod schema so that the two cannot
// disagree. Editors use it for completion and checks as you type: a YAML file that starts with
// `# yaml-language-server: $schema=./scenario.schema.json` gets them in VS Code and others.
// It cannot express the cross-reference checks; the loader (and `validate`) remains the judge.
import { z } from './zod';
import { scenarioSchema } from './schema';

export const SCENARIO_SCHEMA_ID = 'https://pivot-east.example/schemas/pivot-east-scenario-1.json';

/** Where the generated file is committed (regenerate it with `npm run schema`). */
export const SCENARIO_SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a file may contain: fields with a default may be left out.
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Pivot East scenario',
    description: 'A scenario of the game Pivot East (format pivot-east-scenario/1). Guide: docs/scenario-format.md',
    ...rest,
  };
}

/** The file's exact text: two-space indentation and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

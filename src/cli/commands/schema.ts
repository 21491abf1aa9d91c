// `schema`: the JSON Schema of scenario files, for editors (completion and checks as you type).
import { scenarioJsonSchemaText } from '../../scenario/jsonSchema';
import { stringArg } from '../args';
import { EXIT, PROGRAM, type Command } from '../command';
import { writeText } from '../files';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'write the JSON Schema of scenario files (for editors)',
  help: `Usage: ${PROGRAM} schema [--out FILE]

Writes the JSON Schema of the scenario format to FILE, or to the screen.
An editor that knows the schema completes and checks a scenario as you type:
start a YAML scenario with the line
  # yaml-language-server: $schema=./scenario.schema.json
The schema cannot see every mistake (e.g. an option aimed at an actor that does
not exist); "validate" remains the judge.

Options:
  --out FILE   write to FILE instead of the screen

Example:
  ${PROGRAM} schema --out scenarios/scenario.schema.json`,
  options: { out: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const out = stringArg(args, 'out');
    const text = scenarioJsonSchemaText();
    if (out === undefined) io.outLines(text.trimEnd());
    else {
      await writeText(out, text, io.cwd, EXIT.failed);
      io.err(`wrote the scenario JSON Schema to ${out}`);
    }
    return EXIT.ok;
  },
};

// `npm run golden`: writes the golden records of tests/golden/ — whole games of the shipped
// scenarios played by a bot as Russia, kept so that `npm test` proves every later version of the
// engine plays them to the very same checksums (tests/golden/golden.test.ts). See tests/golden/README.md.
//
//   npm run golden                                    every shipped scenario × every bot × the seeds
//   npm run golden -- --scenario scenarios/other-asia-2019.yaml --bot greedy --seeds 2
//   npm run golden -- --seat china=greedy --seat japan=random     games with bots in other seats
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { playWithBot } from '../src/app/playBot';
import { checksumSchemeOf, type GameRecord } from '../src/app/record';
import { openScenario, scenarioFiles } from '../src/cli/scenarios';
import { seatArgs, seatsText } from '../src/cli/seatArgs';
import { BOT_NAMES, type BotName } from '../src/engine';

const GOLDEN = fileURLToPath(new URL('../tests/golden/', import.meta.url));
/** The scenarios as the records were played on them: golden.test.ts replays the records there. */
const GOLDEN_SCENARIOS = `${GOLDEN}scenarios/`;

/** The record's JSON with one event a line, so that a diff of two versions reads turn by turn. */
function recordText(record: GameRecord): string {
  const events = record.events.map((e) => `  ${JSON.stringify(e)}`).join(',\n');
  return JSON.stringify({ ...record, events: [] }, null, 1).replace('"events": []', `"events": [\n${events}\n ]`) + '\n';
}

const { values: flags } = parseArgs({
  options: {
    scenario: { type: 'string', multiple: true },
    bot: { type: 'string', multiple: true },
    seeds: { type: 'string', default: '4' },
    seat: { type: 'string', multiple: true, default: [] },
  },
  strict: true,
});

const seedCount = Number(flags.seeds);
if (!Number.isInteger(seedCount) || seedCount < 1 || seedCount > 50) throw new Error(`--seeds takes a whole number from 1 to 50, not "${flags.seeds}"`);
const bots = (flags.bot ?? [...BOT_NAMES]) as BotName[];
for (const bot of bots) if (!BOT_NAMES.includes(bot)) throw new Error(`--bot: unknown bot "${bot}"; the bots are ${BOT_NAMES.join(', ')}`);

const files = flags.scenario ?? (await scenarioFiles(process.cwd())).filter((f) => /\.ya?ml$/.test(f));
mkdirSync(GOLDEN_SCENARIOS, { recursive: true });
for (const file of files) {
  const opened = await openScenario(file, process.cwd());
  if (!opened.ok) throw new Error(`${file} is not a valid scenario:\n${opened.errors.join('\n')}`);
  const { index } = opened.loaded;
  copyFileSync(resolve(process.cwd(), file), `${GOLDEN_SCENARIOS}${index.scenario.id}.yaml`);
  const seats = seatArgs(flags.seat, index, 'golden');
  // The seats are part of the file name, so games with other seats sit beside the solo ones.
  const seatPart = Object.keys(seats).length === 0 ? '' : `.${seatsText(seats).replace(/, /g, '.')}`;
  for (const bot of bots) {
    for (let i = 1; i <= seedCount; i++) {
      const seed = `golden-${i}`;
      const record = playWithBot(index, seed, bot, {}, seats).record();
      // Records of the present checksum scheme are named by it; those of the first ('text') by none.
      const scheme = checksumSchemeOf(record);
      const name = `${index.scenario.id}.${bot}${seatPart}.${seed}${scheme === 'text' ? '' : `.${scheme}`}.json`;
      writeFileSync(GOLDEN + name, recordText(record));
      console.log(`${name}: ${record.checksums.length} turns, ${record.events.length} events, ${record.result ? `${record.result.ending} ${record.result.score}` : 'unfinished'}`);
    }
  }
}

// The bench's "worst accepted scenario" line: the slowest game of the slowest file the validator
// accepts (bench/worstScenario.ts), which must stay well under a second.
import { playWithBot } from '../src/app/playBot';
import { BOT_NAMES, indexScenario } from '../src/engine';
import { loadScenario } from '../src/scenario/load';
import { worstScenarioText, type Heavy } from './worstScenario';

const HEAVY: readonly Heavy[] = ['options', 'modifiers', 'events'];
const SEEDS = ['worst-1', 'worst-2', 'worst-3'];

export function worstAcceptedLine(): string {
  let slowest = { ms: 0, cpuMs: 0, heavy: HEAVY[0]!, bot: BOT_NAMES[0]! as string };
  for (const heavy of HEAVY) {
    const loaded = loadScenario(worstScenarioText(heavy), 'worst.json');
    if (!loaded.ok) return `- worst accepted scenario: not accepted (${loaded.errors[0]!.message}); bench/worstScenario.ts is out of date`;
    const index = indexScenario(loaded.scenario, loaded.hash);
    for (const bot of BOT_NAMES) {
      playWithBot(index, 'warm', bot);
      for (const seed of SEEDS) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        playWithBot(index, seed, bot);
        const ms = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        // CPU time as well: on a shared machine the wall time also counts the waits for a core.
        if (ms > slowest.ms) slowest = { ms, cpuMs: (cpu.user + cpu.system) / 1000, heavy, bot };
      }
    }
  }
  return `- worst accepted scenario (bench/worstScenario.ts: every list and condition limit at its maximum, 40 turns): slowest game ${Math.round(slowest.ms)} ms (${Math.round(slowest.cpuMs)} ms of CPU time; ${slowest.bot} bot, conditions on ${slowest.heavy})`;
}

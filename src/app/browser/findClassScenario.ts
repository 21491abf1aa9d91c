// A class game's scenario as the page finds it. One the game ships is taken from the page's own
// chunk when the server's hash is the shipped one's: checked at build time, it needs no YAML
// parsing and no parser to fetch (on a phone, most of a join's own work). Any other scenario, or
// another version of a shipped one, is read from the server's text by the scenario loader.
import { indexScenario } from '../../engine';
import { readScenarioText, type FindScenario } from '../../net/classLink';
import { SHIPPED } from './scenarios';

export const findClassScenario: FindScenario = async (source) => {
  const shipped = SHIPPED.find((s) => s.hash === source.hash);
  const data = shipped ? await shipped.load() : null;
  if (data?.ok) return { ok: true, index: indexScenario(data.scenario, data.hash) };
  return readScenarioText(source);
};

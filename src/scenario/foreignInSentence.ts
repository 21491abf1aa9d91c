// `inSentence` is a name as the game's own sentences hold it, and those are English ("Relation with
// the United States", "Take the United States' seat"). In a scenario in another language an author
// writes the name with that language's article ("la France", "le Mali"), and the game then says
// "Take la France's seat": so the loader warns of it there (docs/scenario-format.md, `player`).
import type { Problem } from './errors';
import { primaryLanguage } from './language';
import { quote } from './quote';
import type { Scenario } from './schema';

export function checkForeignInSentence(s: Scenario): Problem[] {
  if (primaryLanguage(s.language) === 'en') return [];
  const named = [{ path: ['player'], of: s.player }, ...s.actors.map((actor, i) => ({ path: ['actors', i], of: actor }))];
  return named.flatMap(({ path, of }): Problem[] =>
    of.inSentence === undefined
      ? []
      : [{ path: [...path, 'inSentence'], message: `the game's own sentences are English, so ${quote(of.inSentence)} would sit in them ("Take ${of.inSentence}'s seat", "Relation with ${of.inSentence}"): in a scenario in another language, leave inSentence out and the game writes ${quote(of.name)}` }],
  );
}

// Names of the player and the actors as the engine writes them in sentences (its term labels and
// refusals): the scenario's `inSentence` where it gives one ("Relation with the United States"),
// else the name. The screens' helpers (src/ui/text.ts) are built on these.
import type { ScenarioIndex } from './scenarioIndex';

/** The player's or an actor's name inside a sentence, by id: `inSentence ?? name` (the id if unknown). */
export function inSentence(index: Pick<ScenarioIndex, 'scenario' | 'actors' | 'playerInSentence'>, id: string): string {
  if (id === index.scenario.player.id) return index.playerInSentence;
  const actor = index.actors.get(id);
  return actor ? (actor.inSentence ?? actor.name) : id;
}

/** A text with its first letter upper-cased, the rest as written: a name at a sentence's start. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name as an owner: "Japan's", "Laos's", and an apostrophe alone for a name plural in form
 * ("the United States'", "the Philippines'": not "the United States's"). `mark` is the apostrophe
 * of the sentence it goes in (the screens write ’, the rules' refusals ').
 */
export function possessive(name: string, mark: "'" | '’' = "'"): string {
  const pluralInForm = /^the\s.*s$/i.test(name);
  return pluralInForm ? `${name}${mark}` : `${name}${mark}s`;
}

// "Find a student": a row is shown when every word typed is in one of its names, accents, case,
// spaces and underscores aside ("chloe" finds "Chloé Dubois.json", "grace lee" finds
// "Grace_Lee_game.json").
import { withoutAccents } from '../../scenario/idSpelling';

const plain = (text: string) => withoutAccents(text.normalize('NFKC'));

/** Whether `query` finds a row known by `names` (its name and its copies'); an empty query finds every row. */
export function findsStudent(query: string, names: readonly string[]): boolean {
  const wanted = query.split(/\s+/).filter((w) => w !== '').map(plain);
  const known = names.map(plain);
  return wanted.every((w) => known.some((n) => n.includes(w)));
}

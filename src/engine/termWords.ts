// A term whose label holds the scenario's own words says where they are (Term.own), so that the
// page can mark them with the scenario's language without reading the label back: a title or a
// name may hold anything, the rules' words around it too ("Rung 2: …" as an answer's title).
import type { Term } from './state';

/** A term labelled `before` + `words` + `after`, where `words` are the scenario's and the rest the rules' English. */
export function termAround(before: string, words: string, after: string, value: number, kind: Term['kind']): Term {
  return { label: before + words + after, value, kind, own: [before.length, before.length + words.length] };
}

/** A term whose whole label is the scenario's words (an interest's, a circumstance's). */
export function ownTerm(label: string, value: number, kind: Term['kind']): Term {
  return termAround('', label, '', value, kind);
}

// The board's picture of a game, built from a snapshot: the board draws this and nothing else.
import { termsOf, type Agreement, type GameState, type ScenarioIndex } from '../engine';
import { alignmentSides } from './alignmentWords';
import type { BoardView } from './board/boardView';
import { own, phrase, phraseText, type Phrase } from './scenarioText';

export function shortName(name: string, short?: string): string {
  return short ?? name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase();
}

/** An agreement's label on the map: what was agreed, the counter-offer's title when it was taken instead of the option. */
export function agreementLabel(index: ScenarioIndex, agreement: Agreement): string {
  return phraseText(agreementLabelPhrase(index, agreement));
}

/** agreementLabel with the title kept apart (the words under the debrief's map mark it). */
export function agreementLabelPhrase(index: ScenarioIndex, agreement: Agreement): Phrase {
  const option = index.options.get(agreement.option);
  if (!option) return [agreement.option];
  const terms = termsOf(agreement);
  if (terms === 'counter' && option.counter) return [own(option.counter.title)];
  if (terms === 'middle') return phrase`Halfway: ${own(option.title)}`; // first, so that a label cut short keeps it
  return [own(option.title)];
}

/** The id the board gives an agreement (BoardAgreement's). */
export const boardAgreementId = (a: Pick<Agreement, 'option' | 'madeTurn'>) => `${a.option}@${a.madeTurn}`;

export function buildBoardView(index: ScenarioIndex, game: GameState, selected: string | null): BoardView {
  const { scenario } = index;
  return {
    player: { id: scenario.player.id, name: scenario.player.name, short: shortName(scenario.player.name), lon: scenario.player.location.lon, lat: scenario.player.location.lat },
    alignmentSides: alignmentSides(scenario),
    actors: scenario.actors.map((a, slot) => {
      const now = game.actors[slot]!;
      return {
        id: a.id,
        name: a.name,
        short: shortName(a.name, a.short),
        lon: a.location.lon,
        lat: a.location.lat,
        relation: now.relation,
        trust: now.trust,
        alignment: now.alignment,
        selected: a.id === selected,
      };
    }),
    places: scenario.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, lon: p.lon, lat: p.lat })),
    moment: { game: `${index.hash}/${game.seed}`, turn: game.turn },
    agreements: game.agreements.flatMap((a) => {
      const option = index.options.get(a.option);
      if (!option?.map) return [];
      return [
        {
          id: boardAgreementId(a),
          label: agreementLabel(index, a),
          kind: option.map.kind,
          status: a.status,
          // A mark with neither place nor route is drawn at the actor the deal was made with.
          ...(option.map.route !== undefined ? { route: [...option.map.route] } : { place: option.map.place ?? a.actor }),
        },
      ];
    }),
  };
}

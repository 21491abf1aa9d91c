// What the board draws: a plain, serialisable picture of the game built by the app layer
// from the engine's snapshot. The board holds no game rule; it only draws this.
import type { AlignmentSides } from '../alignmentWords';

export type PlaceKind = 'city' | 'site' | 'islands' | 'capital';
export type AgreementKind = 'railway' | 'pipeline' | 'facility' | 'summit' | 'finance' | 'military' | 'territory';
export type AgreementStatus = 'pending' | 'active' | 'done' | 'disrupted';

export interface BoardPlayer {
  id: string;
  name: string;
  /** Shown on the player's marker, e.g. "RUS"; defaults to the first letters of the name. */
  short?: string;
  lon: number;
  lat: number;
}

export interface BoardActor {
  id: string;
  name: string;
  /** Map label, at most 4 characters (e.g. "JPN"). */
  short: string;
  lon: number;
  lat: number;
  /** Relation with the player, -100 (hostile) .. 100 (close). */
  relation: number;
  /** 0 .. 100. */
  trust: number;
  /** -100 leans wholly to one side (alignmentSides.low, by default the US) .. 100 wholly to the other. */
  alignment: number;
  selected: boolean;
}

export interface BoardPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
}

export interface BoardAgreement {
  id: string;
  label: string;
  kind: AgreementKind;
  status: AgreementStatus;
  /** Id of a place (or actor) where the agreement is drawn. */
  place?: string;
  /** Ids of places (or actors) the agreement runs along, in order. */
  route?: string[];
}

export interface BoardView {
  player: BoardPlayer;
  /** The two sides the actors' alignment leans between (the US and China when not given). */
  alignmentSides?: AlignmentSides;
  actors: BoardActor[];
  places: BoardPlace[];
  agreements: BoardAgreement[];
  /**
   * Which game (its scenario and seed) and turn this is a picture of. A change is animated, and
   * its size shown, only from a picture of the same game's same or previous turn: a new game, or a
   * replay's jump, is drawn as it is (its numbers were no change of that game's).
   */
  moment?: { game: string; turn: number };
}

/** Whether `next` goes on from `before` (see BoardView.moment); a picture without a moment always does. */
export function continuesFrom(before: BoardView | null, next: BoardView): boolean {
  if (before === null) return false;
  const [was, now] = [before.moment, next.moment];
  if (was === undefined || now === undefined) return true;
  return was.game === now.game && (now.turn === was.turn || now.turn === was.turn + 1);
}

/** Callbacks from the board to the page; ids are actor ids. */
export interface BoardCallbacks {
  /** The pointer entered an actor's marker (id) or left it (null). */
  onActorHover?: (id: string | null) => void;
  /** An actor's marker was clicked or tapped. */
  onActorSelect?: (id: string) => void;
  /** The first frame with the map and the first view drawn has been rendered. */
  onReady?: () => void;
}

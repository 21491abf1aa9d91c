// Messages between the editor and its analysis worker, which checks the draft off the page's
// thread: the loader's errors (each with its line), the ids for completion, and, when the draft is
// valid, what the board preview and the calendar show.
import type { TurnCalendar } from '../../app/turnCalendar';
import type { ScenarioError } from '../../scenario/errors';
import type { Scenario } from '../../scenario/schema';
import type { BoardView } from '../board/boardView';
import type { DocumentIds } from './documentIds';

export interface AnalysisRequest {
  /** Answers carry the request's number: only the latest one is used. */
  seq: number;
  text: string;
  fileName: string;
}

export interface ValidDraft {
  scenario: Scenario;
  hash: string;
  board: BoardView;
  calendar: TurnCalendar;
}

export interface Analysis {
  seq: number;
  errors: ScenarioError[];
  /** A valid draft's warnings (load.ts: the game plays it all the same). */
  warnings: ScenarioError[];
  /** Null when the text is not even YAML (the previous ids stay useful meanwhile). */
  ids: DocumentIds | null;
  valid: ValidDraft | null;
}

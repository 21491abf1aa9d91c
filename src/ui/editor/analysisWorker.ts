// The editor's analysis worker: loads the draft exactly as a scenario file is loaded (same parser,
// schema and cross-reference checks), so a mark in the editor is the message the game would give.
import { turnCalendar } from '../../app/turnCalendar';
import { indexScenario, newGame } from '../../engine';
import { loadScenario } from '../../scenario/load';
import { parseYaml } from '../../scenario/parseYaml';
import { buildBoardView } from '../boardModel';
import type { Analysis, AnalysisRequest } from './analysisProtocol';
import { documentIds } from './documentIds';

function analyse({ seq, text, fileName }: AnalysisRequest): Analysis {
  const result = loadScenario(text, fileName);
  if (!result.ok) {
    const parsed = parseYaml(text);
    return { seq, errors: result.errors, warnings: [], ids: parsed.value === undefined ? null : documentIds(parsed.value), valid: null };
  }
  const index = indexScenario(result.scenario, result.hash);
  const board = buildBoardView(index, newGame(index, 'preview'), null);
  return { seq, errors: [], warnings: result.warnings, ids: documentIds(result.scenario), valid: { scenario: result.scenario, hash: result.hash, board, calendar: turnCalendar(result.scenario) } };
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let answer: Analysis;
  try {
    answer = analyse(event.data);
  } catch (e) {
    answer = { seq: event.data.seq, errors: [{ file: event.data.fileName, path: '(file)', message: `the draft could not be checked: ${(e as Error).message}` }], warnings: [], ids: null, valid: null };
  }
  self.postMessage(answer);
};

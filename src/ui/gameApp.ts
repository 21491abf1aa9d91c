// Everything a game needs beyond the start screen, in one lazily loaded chunk: the engine, the
// statecharts, the scenario loader (YAML parser and schema) and the game screens.
export { loadScenarioText } from '../app/browser/loader';
export { newBrowserGame, replayBrowserGame, type BrowserGame, type LoadedScenario } from '../app/browser/game';
export { parseRecord, type GameRecord } from '../app/record';
export { replayRecord } from '../app/replay';
export { turnLabel } from '../engine';
export { mountPlayScreen } from './playScreen';
export { mountEndingScreen } from './endingScreen';
export { mountReplayScreen } from './replayScreen';

// Everything a game needs beyond the start screen, in one lazily loaded chunk: the engine, the
// statecharts and the game screens. Not the scenario loader (YAML parser, schema) nor the record
// parser: shipped scenarios come checked from the build, and those are fetched only for files.
export { indexScenario, seatsProblem, turnLabel } from '../engine';
export { newBrowserGame, replayBrowserGame, type BrowserGame, type LoadedScenario } from '../app/browser/game';
export { replayRecord, scenarioVersionNote, type ScenarioVersionChange } from '../app/replay';
export { mountPlayScreen } from './playScreen';
export { mountSeatedGame } from './seats/hotSeat';
export { mountSeatChoice } from './seats/seatChoice';
export { mountEndingScreen } from './endingScreen';
export { mountReplayScreen } from './replayScreen';

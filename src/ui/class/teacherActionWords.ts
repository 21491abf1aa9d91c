// A teacher's action in a few plain words ("pause the game"), for the line of what waits to be sent
// (unsentWords.ts), as the teacher's screen words them.
import { possessive, type ScenarioIndex } from '../../engine';
import type { TeacherAction } from '../../net/protocol';
import type { Phrase } from '../scenarioText';
import { nameInSentence } from '../text';

export function teacherActionWords(index: ScenarioIndex, action: TeacherAction): Phrase {
  switch (action.action) {
    case 'start':
      return ['start the game'];
    case 'pause':
      return ['pause the game'];
    case 'resume':
      return ['resume the game'];
    case 'setTurnSeconds':
      return [action.seconds === 0 ? 'take the time limit per turn off' : `give each turn ${action.seconds} seconds`];
    case 'endTurnNow':
      return ['end the turn now'];
    case 'endGame':
      return ['end the game'];
    case 'closeForNow':
      return ['close the game for now'];
    case 'giveToComputer':
      return [`give ${possessive(nameInSentence(index, action.actor), '’')} seat to the computer`];
    case 'takeBack':
      return [`take ${possessive(nameInSentence(index, action.actor), '’')} seat back from the computer`];
  }
}

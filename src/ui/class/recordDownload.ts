// The class game's record as a file, for the teacher and each student: the solo format, replayable
// offline ("Replay a game record") and comparable in the class view.
import { downloadText, safeFileName } from '../../app/browser/files';
import { announce } from '../announce';
import type { ClassRoom } from './classRoom';

export function downloadClassRecord(room: ClassRoom): void {
  const record = room.record();
  const turn = room.game().session.game().turn;
  downloadText(`${safeFileName('pivot-east-class', record.scenario.id, room.state().code, `turn-${turn}`)}.json`, `${JSON.stringify(record, null, 2)}\n`);
  announce('The class game’s record is being downloaded.');
}

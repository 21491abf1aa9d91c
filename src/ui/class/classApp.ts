// Everything a class game needs beyond the start screen, in one lazily loaded chunk: the network
// client (colyseus.js), the scenario loader for the room's scenario, and the class screens. Solo
// play never loads it.
export { mountJoinScreen } from './joinScreen';
export { mountTeacherScreen } from './teacherScreen';
export { mountStudentScreen } from './studentScreen';
export { classJoinLink, hostRoom, joinRoom, reopenRoom } from '../../app/browser/classRooms';
export { keptMember } from '../../app/browser/classStore';

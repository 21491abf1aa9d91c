// What a class game's page says of its link to the class server. The link's own state (connected,
// reconnecting, lost: classLink.ts) learns of a dropped network only when the socket closes, which
// can take long after a phone's Wi-Fi goes; the device itself says at once that it is offline
// (navigator.onLine and its events), so that is said first. What is done meanwhile is kept and
// sent once the link is back (classLink.ts sends pending messages again on its welcome), but for a
// suggestion to the team, which counts only for the decision it was made in (classRooms.ts).
import type { Connection } from '../../net/classClient';

export type Reader = 'student' | 'teacher';

/** The sentence for the page's connection line, or '' when there is nothing to say. */
export function connectionWords(connection: Connection, deviceOnline: boolean, reader: Reader): string {
  if (connection === 'left') return '';
  if (!deviceOnline) {
    return reader === 'student'
      ? 'This device is offline: your seat waits for you, and what you do now is sent when it is back online (a suggestion to your team is not: make it again then).'
      : 'This device is offline: the game goes on on the class server, and what you do now is sent when it is back online.';
  }
  if (connection === 'reconnecting') return reader === 'student' ? 'Connection lost: reconnecting…' : 'Connection to the class server lost: reconnecting…';
  if (connection === 'lost') return reader === 'student' ? 'The class server cannot be reached: your seat waits for you. Open the join link again to come back.' : 'The class server cannot be reached.';
  return '';
}

/** Calls `changed` when the device goes offline or online; `online()` says which it is now. */
export function watchDeviceOnline(changed: () => void): { online(): boolean; stop(): void } {
  addEventListener('online', changed);
  addEventListener('offline', changed);
  return {
    online: () => navigator.onLine,
    stop: () => {
      removeEventListener('online', changed);
      removeEventListener('offline', changed);
    },
  };
}

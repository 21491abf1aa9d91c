// Each room's log: one append-only file of JSON lines per join code in the data directory. Every
// accepted event, note, member, seat and teacher's decision is written (synchronously, before any
// client hears of it) as it happens, so a restarted server rebuilds every room exactly.
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { codeSchema, type Accepted, type Note } from '../net/protocol';
import { readRoomHeader, type RoomHeader } from './roomHeader';

export type { RoomHeader } from './roomHeader';

export type LogLine =
  | RoomHeader
  | ({ t: 'event' } & Accepted)
  | ({ t: 'note' } & Note)
  | { t: 'member'; id: string; name: string; tokenHash: string }
  | { t: 'seat'; member: string; actor: string | null }
  | { t: 'computer'; actor: string; on: boolean }
  | { t: 'control'; started?: boolean; paused?: boolean; turnSeconds?: number }
  /** The turn timer: when the turn's time ends (epoch ms, the server's clock) while it runs, the time left while paused or closed for now. */
  | { t: 'clock'; turn: number; endsAt: number }
  | { t: 'clock'; turn: number; leftMs: number }
  | { t: 'ended'; reason: 'over' | 'teacher' }
  | { t: 'closed' }
  | { t: 'opened' };

const FILE = /^([0-9A-Z]{8})\.jsonl$/;

export class RoomStore {
  private readonly files = new Map<string, number>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private path(code: string): string {
    // The code names a file: only a well-formed code ever reaches the file system.
    if (!codeSchema.safeParse(code).success) throw new Error(`not a join code: ${code}`);
    return join(this.dir, `${code}.jsonl`);
  }

  exists(code: string): boolean {
    return existsSync(this.path(code));
  }

  /** Starts a room's log; refuses to overwrite another room's. */
  create(header: RoomHeader): void {
    const fd = openSync(this.path(header.code), 'wx');
    writeSync(fd, `${JSON.stringify(header)}\n`);
    this.files.set(header.code, fd);
  }

  append(code: string, line: Exclude<LogLine, RoomHeader>): void {
    let fd = this.files.get(code);
    if (fd === undefined) this.files.set(code, (fd = openSync(this.path(code), 'a')));
    writeSync(fd, `${JSON.stringify(line)}\n`);
  }

  /** The room's lines, its header first and checked (roomHeader.ts); a torn last line (the process died mid-write) is left out. */
  read(code: string): LogLine[] {
    const read = this.lines(code);
    const header = readRoomHeader(read[0]);
    if (!header.ok) throw new Error(`${this.path(code)}: ${header.reason}`);
    return [header.header, ...read.slice(1)];
  }

  /** The room's lines as written, the header unchecked. */
  private lines(code: string): LogLine[] {
    const lines = readFileSync(this.path(code), 'utf8').split('\n').filter((l) => l !== '');
    const read: LogLine[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        read.push(JSON.parse(line) as LogLine);
      } catch (e) {
        if (i < lines.length - 1) throw new Error(`${this.path(code)}:${i + 1}: not JSON (${(e as Error).message})`);
        // Finish the torn line so the next append starts on a line of its own.
        appendFileSync(this.path(code), '\n');
      }
    }
    if (read[0]?.t !== 'room') throw new Error(`${this.path(code)}: does not start with the room's header`);
    return read;
  }

  /** Every room with a log in the folder, open or not. */
  codes(): string[] {
    return readdirSync(this.dir).flatMap((name) => {
      const code = FILE.exec(name)?.[1];
      return code !== undefined && codeSchema.safeParse(code).success ? [code] : [];
    });
  }

  /**
   * Rooms open when the server stopped: not closed for now, and never ended (nothing more can be
   * played in an ended game; its teacher opening it again to show its end does not bring it back).
   */
  openRooms(): string[] {
    // The header is checked when the room is brought back: a bad one is reported for that room alone.
    return this.codes().filter((code) => {
      const lifecycle = this.lines(code).filter((l) => l.t === 'closed' || l.t === 'opened' || l.t === 'ended');
      if (lifecycle.some((l) => l.t === 'ended')) return false;
      const last = lifecycle[lifecycle.length - 1];
      return last === undefined || last.t === 'opened';
    });
  }

  release(code: string): void {
    const fd = this.files.get(code);
    if (fd !== undefined) closeSync(fd);
    this.files.delete(code);
  }
}

// `class-load`: R rooms at once against a running class server; the figures the issue asks for.
import { loadRoom, type RoomOutcome } from './loadRoom';

export interface LoadOptions {
  server: string;
  rooms: number;
  clients: number;
  turns: number;
  scenario: string;
  seed: string;
}

export interface LoadReport {
  rooms: number;
  clients: number;
  turns: number;
  /** Accepted events in all rooms. */
  events: number;
  /** 95th percentile of the round trips (sending an event to its answer), in ms. */
  p95Ms: number;
  /** Events sent that were neither accepted nor refused. */
  lost: number;
  /** Every client ends with the server's per-turn checksums (each checks them as turns end). */
  checksumsAgree: boolean;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(options: LoadOptions): Promise<{ report: LoadReport; problems: string[] }> {
  const outcomes: RoomOutcome[] = await Promise.all(
    Array.from({ length: options.rooms }, (_, r) => loadRoom({ ...options, seed: `${options.seed}-${r + 1}`, answerTimeoutMs: 10_000 })),
  );
  const roundTrips = outcomes.flatMap((o) => o.roundTrips);
  return {
    report: {
      rooms: options.rooms,
      clients: options.clients,
      turns: options.turns,
      events: outcomes.reduce((n, o) => n + o.events, 0),
      p95Ms: Math.round(percentile(roundTrips, 95) * 10) / 10,
      lost: outcomes.reduce((n, o) => n + o.lost, 0),
      checksumsAgree: outcomes.every((o) => o.checksumsAgree),
    },
    problems: outcomes.flatMap((o) => o.problems),
  };
}

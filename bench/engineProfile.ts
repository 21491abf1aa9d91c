// A CPU profile of statechart games (node:inspector), with the time summed by where the code lives:
// the rules (src/engine, without the bots), the bots, the statecharts and session (src/machines,
// src/app), XState itself, the garbage collector and the rest. A cross-check of the bench's timing
// of the engine alone.
import { Session, type Profiler } from 'node:inspector';

export type ProfileShares = Record<'engine' | 'machinesAndApp' | 'xstate' | 'seedrandom' | 'bots' | 'gc' | 'other', number>;

function area(url: string): keyof ProfileShares | null {
  if (url.endsWith('/src/engine/bots.ts')) return 'bots';
  if (url.includes('/src/engine/')) return 'engine';
  if (url.includes('/src/machines/') || url.includes('/src/app/')) return 'machinesAndApp';
  if (url.includes('/node_modules/xstate/')) return 'xstate';
  if (url.includes('/node_modules/seedrandom/')) return 'seedrandom';
  return url === '' ? null : 'other';
}

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));

/** Runs `work` under the sampling profiler; returns each area's share of the sampled time, in percent. */
export async function profileShares(work: () => void): Promise<ProfileShares> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
    // Native code (JSON.stringify in a checksum, array and object built-ins) has no file: its time
    // goes to the nearest caller that has one. The garbage collector is counted apart.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const areaOf = new Map<number, keyof ProfileShares>();
    const resolveArea = (id: number): keyof ProfileShares => {
      const known = areaOf.get(id);
      if (known) return known;
      const node = byId.get(id)!;
      const own = node.callFrame.functionName === '(garbage collector)' ? 'gc' : area(node.callFrame.url);
      const up = parent.get(id);
      const found = own ?? (up === undefined ? 'other' : resolveArea(up));
      areaOf.set(id, found);
      return found;
    };
    const totals: ProfileShares = { engine: 0, bots: 0, machinesAndApp: 0, xstate: 0, seedrandom: 0, gc: 0, other: 0 };
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node, i) => (totals[resolveArea(node)] += deltas[i] ?? 0));
    const sum = Object.values(totals).reduce((a, b) => a + b, 0) || 1;
    for (const k of Object.keys(totals) as (keyof ProfileShares)[]) totals[k] = Math.round((1000 * totals[k]) / sum) / 10;
    return totals;
  } finally {
    session.disconnect();
  }
}

/**
 * The bytes `work` allocates, counted by V8's sampling heap profiler (one sample every 512 bytes on
 * average, objects the garbage collector has already taken included): an estimate, steadier than
 * times on a shared machine, of what feeds the garbage collector.
 */
export async function allocatedBytes(work: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'HeapProfiler.enable');
    await post(session, 'HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    work();
    const { profile } = await post<{ profile: { head: SampledNode } }>(session, 'HeapProfiler.stopSampling');
    const total = (node: SampledNode): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
    return total(profile.head);
  } finally {
    session.disconnect();
  }
}

interface SampledNode {
  selfSize: number;
  children: SampledNode[];
}

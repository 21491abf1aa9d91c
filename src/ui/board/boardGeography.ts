// The geography of a board map, one FrameGeometry per frame ([main, ...insets]): the shipped
// map's from its bundled asset at once, a computed map's projected in a worker (worldWorker.ts),
// or on the page where workers cannot start.
import type { BoardMap } from './boardMap';
import { loadMapData } from './mapAsset';
import type { FrameGeometry } from './mapData';
import type { FrameSpec } from './projection';

export function geometryOf(map: BoardMap): FrameGeometry[] | Promise<FrameGeometry[]> {
  if (map.prepared) {
    const data = loadMapData();
    return [data.main, data.inset];
  }
  const frames = [map.main, ...map.insets];
  return inWorker(frames).catch(() => import('./worldGeometry').then(({ worldGeometry }) => worldGeometry(frames)));
}

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, { resolve: (g: FrameGeometry[]) => void; reject: (e: Error) => void }>();

function inWorker(frames: readonly FrameSpec[]): Promise<FrameGeometry[]> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= startWorker();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const id = next++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, frames });
  });
}

function startWorker(): Worker {
  const w = new Worker(new URL('./worldWorker.ts', import.meta.url), { type: 'module', name: 'world-map' });
  w.onmessage = (e: MessageEvent<{ id: number; geometry?: FrameGeometry[]; error?: string }>) => {
    const job = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.geometry) job?.resolve(e.data.geometry);
    else job?.reject(new Error(e.data.error ?? 'world map worker failed'));
  };
  // A worker that cannot run (a blocked script, say): every job falls back to the page.
  w.onerror = () => {
    for (const job of waiting.values()) job.reject(new Error('world map worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

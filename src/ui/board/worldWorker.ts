// Projects the world's geography for a computed map in a worker: d3's first, cold run takes a few
// hundred milliseconds, which on the page's thread would add to Phaser's start-up instead of
// running beside it on the other core.
import { worldGeometry } from './worldGeometry';
import type { FrameSpec } from './projection';

self.onmessage = (e: MessageEvent<{ id: number; frames: FrameSpec[] }>) => {
  const { id, frames } = e.data;
  worldGeometry(frames).then(
    (geometry) => self.postMessage({ id, geometry }),
    (error: unknown) => self.postMessage({ id, error: String(error) }),
  );
};

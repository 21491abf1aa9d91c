// The page's side of the analysis worker: send the text, get the latest analysis. A request made
// while another runs supersedes it (only the newest answer is delivered), so fast typing never
// queues stale checks.
import type { Analysis, AnalysisRequest } from './analysisProtocol';

export interface AnalysisClient {
  /** Resolves with the analysis of `text`, or with null when a newer request overtook it. */
  analyse(text: string): Promise<Analysis | null>;
  /** Called with every delivered analysis. */
  onAnalysis(listener: (a: Analysis) => void): void;
  readonly latest: Analysis | null;
  /** The text of the latest request. */
  readonly latestText: string | null;
  dispose(): void;
}

export function analysisClient(fileName: string): AnalysisClient {
  const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'scenario-analysis' });
  let seq = 0;
  let latest: Analysis | null = null;
  let latestText: string | null = null;
  const waiting = new Map<number, (a: Analysis | null) => void>();
  const listeners: ((a: Analysis) => void)[] = [];
  worker.onmessage = (event: MessageEvent<Analysis>) => {
    const a = event.data;
    const resolve = waiting.get(a.seq);
    waiting.delete(a.seq);
    if (a.seq !== seq) return resolve?.(null);
    latest = a;
    listeners.forEach((l) => l(a));
    resolve?.(a);
  };
  return {
    analyse(text) {
      seq++;
      latestText = text;
      for (const [n, resolve] of waiting) if (n < seq) resolve(null);
      const request: AnalysisRequest = { seq, text, fileName };
      return new Promise((resolve) => {
        waiting.set(seq, resolve);
        worker.postMessage(request);
      });
    },
    onAnalysis: (l) => void listeners.push(l),
    get latest() {
      return latest;
    },
    get latestText() {
      return latestText;
    },
    dispose: () => worker.terminate(),
  };
}

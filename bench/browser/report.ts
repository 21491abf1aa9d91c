// The browser bench's compact text report: environment, load, JavaScript, frames, targets.
import type { FrameStats } from './frames';
import type { Shipped } from './load';
import type { PageName } from './pages';

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

export interface BrowserBenchResult {
  environment: {
    chromium: string;
    webgl: string;
    viewport: string;
    cpu: string;
    cores: number;
    /** 1, 5 and 15-minute load averages; and the 1-minute one at each round of page loads. */
    loadAverage: { start: number[]; loadRounds: number[]; end: number[] };
  };
  runs: number;
  load: Record<PageName, { median: number; min: number; max: number; all: number[]; what: string }>;
  js: Record<PageName, Shipped>;
  frames: Record<string, FrameStats & { loadAverage: number[] }>;
  targets: Target[];
}

const f1 = (n: number) => n.toFixed(1);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function printReport(r: BrowserBenchResult): void {
  const e = r.environment;
  const out: string[] = [];
  const soft = /swiftshader|llvmpipe|softpipe|software/i.test(e.webgl) ? 'software' : 'NOT software: a GPU?';
  out.push(`Chromium ${e.chromium}, headless, --disable-gpu: WebGL renderer "${e.webgl}" (${soft}). ${e.viewport}.`);
  out.push(`${e.cpu}, ${e.cores} cores; load average ${e.loadAverage.start.join(' ')} at the start, ${e.loadAverage.end.join(' ')} at the end.`);
  out.push('');
  const rounds = e.loadAverage.loadRounds;
  out.push(`Navigation -> loaded, ms, ${r.runs} runs per page interleaved (a new tab each, nothing cached); load average ${Math.min(...rounds)}-${Math.max(...rounds)}`);
  out.push(
    ...table(
      ['page', 'median', 'min', 'max', 'x bare', 'JS files', 'JS raw', 'JS gzip', 'loaded ='],
      (Object.keys(r.load) as PageName[]).map((p) => [
        p,
        f1(r.load[p].median),
        f1(r.load[p].min),
        f1(r.load[p].max),
        (r.load[p].median / r.load.bare.median).toFixed(2),
        String(r.js[p].files.length),
        kib(r.js[p].raw),
        kib(r.js[p].gzip),
        r.load[p].what,
      ]),
    ),
  );
  out.push('JS = every .js response that finished before the page counted as loaded, gzip -9 of the bytes received.');
  out.push('');
  out.push(`Frames: requestAnimationFrame intervals (ms); "< 16.7" = within one 60 Hz frame (+1.5 ms vsync jitter); Phaser work = pre-step to post-render`);
  out.push(
    ...table(
      ['case', 'runs', 'frames', '< 16.7', 'worst run', 'p50', 'p95', 'max', 'work p50', 'work p95', 'work < 16.7', 'load avg'],
      Object.entries(r.frames).map(([k, s]) => [
        k,
        String(s.runs),
        String(s.frames),
        pct(s.under),
        pct(s.worstRunUnder),
        f1(s.p50),
        f1(s.p95),
        f1(s.max),
        f1(s.workP50),
        f1(s.workP95),
        pct(s.workUnder),
        s.loadAverage.join(' '),
      ]),
    ),
  );
  out.push('');
  out.push('Targets');
  for (const t of r.targets) out.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: ${t.value} (target ${t.goal})`);
  console.log(out.join('\n'));
}

export function targets(r: Pick<BrowserBenchResult, 'load' | 'frames'>): Target[] {
  const ratio = r.load.game.median / r.load.bare.median;
  const anim = r.frames['game, animating'];
  const list: Target[] = [
    {
      name: 'game page to a playable board vs the bare Phaser page',
      goal: '< 1.3x',
      value: `${ratio.toFixed(2)}x (${f1(r.load.game.median)} vs ${f1(r.load.bare.median)} ms, medians)`,
      met: ratio < 1.3,
    },
  ];
  if (anim) {
    list.push({
      name: "frames under 16.7 ms while the game page's board animates",
      goal: '>= 95 %',
      value: `${pct(anim.under)} (p50 ${f1(anim.p50)} ms, p95 ${f1(anim.p95)} ms)`,
      met: anim.under >= 0.95,
    });
  }
  return list;
}

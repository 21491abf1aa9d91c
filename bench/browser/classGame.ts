// A class game's first steps, timed in the page from the click to the frame after the screen it
// opens: the teacher hosts the 2019 scenario (a laptop), a student joins by the link and takes
// Russia's seat on a phone (CPU slowed 4× by Chromium, as a school phone is slower than this
// machine), and the teacher starts the game. Against the real class server (its own process, by pid).
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../tests/server/support/classServerProcess';
import { withoutAdviceAhead } from './advisor';
import { median } from './stats';

export const PHONE_SLOWDOWN = 4;

export interface ClassRun {
  /** "Host a class game" to the join code on screen. */
  host: number;
  /** The join link opened to its form on screen (from navigation start). */
  joinForm: number;
  /** "Join" to the choice of seats on screen. */
  joined: number;
  /** "Take Russia's seat" to the seat's screen. */
  seat: number;
  /** The teacher's "Start the game" to the student's screen saying the game waits for them. */
  started: number;
}

// In-page code as text: tsx would wrap the page's own named functions in a helper the page lacks.
/** Clicks `button` and resolves with the ms from the click to the frame after `selector` matched. */
function clickUntil(page: Page, button: string, selector: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    const watch = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      watch.disconnect();
      requestAnimationFrame(() => done(performance.now() - t0));
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.querySelector(${JSON.stringify(button)}).click();
  })`);
}

/** Resolves with the page's clock at the frame after `selector` matched on `page` (ms after navigation started). */
function seenAfter(page: Page, selector: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const look = () => (document.querySelector(${JSON.stringify(selector)}) ? requestAnimationFrame(() => done(performance.now())) : setTimeout(look, 5));
    look();
  })`);
}

export async function measureClassGame(browser: Browser, dist: string, runs: number): Promise<ClassRun[]> {
  const server = await startServer({ dist });
  const origin = `http://localhost:${server.port}`;
  const out: ClassRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const laptop = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await Promise.all([withoutAdviceAhead(laptop), withoutAdviceAhead(phone)]);
      const teacher = await laptop.newPage();
      await teacher.goto(`${origin}/index.html`);
      await teacher.waitForSelector('[data-key="host-class"]');
      await teacher.fill('#seed', `bench-class-${i}`);
      await teacher.check('[data-testid="choice-shipped:other-asia-2019"]');
      const host = await clickUntil(teacher, '[data-key="host-class"]', '[data-testid=join-code]');
      const code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');
      const student = await phone.newPage();
      await (await phone.newCDPSession(student)).send('Emulation.setCPUThrottlingRate', { rate: PHONE_SLOWDOWN });
      await student.goto(`${origin}/index.html?class=${code}`);
      const joinForm = await seenAfter(student, '[data-testid=join-submit]');
      await student.fill('[data-testid=join-name]', 'Anna');
      const joined = await clickUntil(student, '[data-testid=join-submit]', '.class-student [data-key="take-russia"]');
      const seat = await clickUntil(student, '[data-key="take-russia"]', '[data-testid=waiting]');
      const waits = student.waitForSelector('[data-testid=waiting]:has-text("The game waits for you")');
      const t0 = Date.now();
      await teacher.click('[data-key="class-start"]');
      await waits;
      out.push({ host, joinForm, joined, seat, started: Date.now() - t0 });
      await Promise.all([laptop.close(), phone.close()]);
    }
  } finally {
    await server.stop();
  }
  return out;
}

export function classGameLine(runs: ClassRun[], loadAverage: number[]): string {
  const row = (pick: (r: ClassRun) => number) => {
    const ms = runs.map((r) => Math.round(pick(r)));
    return `median ${median(ms)} ms (min ${Math.min(...ms)}, max ${Math.max(...ms)})`;
  };
  return [
    `class game, the teacher hosts other-asia-2019 (laptop): the join code on screen after ${row((r) => r.host)}`,
    `class game, a student opens the join link (phone, CPU ${PHONE_SLOWDOWN}× slower): the form on screen after ${row((r) => r.joinForm)} from navigation`,
    `class game, the student joins: the seats on screen after ${row((r) => r.joined)}; Russia's seat taken, its screen after ${row((r) => r.seat)}`,
    `class game, the teacher starts it: the student's screen says so after ${row((r) => r.started)} (measured in Node, both pages)`,
    `(${runs.length} runs, load average ${loadAverage.join(' ')})`,
  ].join('\n');
}

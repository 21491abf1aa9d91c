// The advisor in the browser: a 2019 game opened by link at turn 1 (the most playthroughs: the
// whole game ahead, every option open), "What if?" clicked, and the time until every choice's
// 200 playthroughs are back from the workers (the page's own figure, from the click), with the page's long
// tasks meanwhile (the page must stay responsive: the work is in workers).
import type { BrowserContext, Page } from 'playwright-core';
import { AHEAD_PREFERENCE_KEY, type AheadHook } from '../../src/ui/advisor/adviceAhead';

export const ADVISOR_PAGE = 'index.html#scenario=other-asia-2019&seed=bench-advisor';

/**
 * Turns off the advisor's work ahead (src/ui/advisor/adviceAhead.ts) in a context's or a page's
 * pages, before their own code runs and whatever they clear: for the measures and tests of the
 * advice asked for, which its workers would otherwise race.
 */
export async function withoutAdviceAhead(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript((key) => {
    try {
      localStorage.setItem(key, 'off');
    } catch {
      // about:blank has no storage
    }
  }, AHEAD_PREFERENCE_KEY);
}

/**
 * Waits for a play screen to be playable; returns when it became so (ms after navigation). When it
 * never does, the error says what the page showed instead (a dialog, the start screen, no board).
 */
export async function playable(page: Page): Promise<number> {
  try {
    const at = await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable, null, { timeout: 60_000 });
    return Number(await at.jsonValue());
  } catch (e) {
    const shown = await page
      .evaluate(() => ({
        url: location.href,
        endTurn: document.querySelector('[data-key="end-turn"]') !== null,
        board: document.querySelector('canvas') !== null,
        dialog: document.querySelector('dialog[open]')?.textContent?.trim().slice(0, 200) ?? null,
        text: document.body.innerText.trim().slice(0, 300),
      }))
      .catch((why: Error) => `the page could not be read: ${why.message}`);
    throw new Error(`${(e as Error).message}\nthe page showed: ${JSON.stringify(shown)}`);
  }
}

/** Waits for the page's report of its work ahead (`window.__pivotEastAdviceAhead`) to say `status` of `turn`. */
export async function aheadReported(page: Page, turn: number, status: AheadHook['status']): Promise<void> {
  await page.waitForFunction(
    ([t, s]) => {
      const hook = (window as { __pivotEastAdviceAhead?: AheadHook | null }).__pivotEastAdviceAhead;
      return hook?.turn === t && hook.status === s;
    },
    [turn, status] as const,
    { timeout: 120_000, polling: 10 },
  );
}

export interface AdvisorRun {
  /** From the click's handler to the whole advice, measured in the page. */
  ms: number;
  /** From the click's handler to the first choice's card on screen (the rest still playing). */
  firstChoiceMs: number;
  /** The most choices' cards the page showed before the whole advice was in. */
  cardsBeforeDone: number;
  /** The Web Workers that shared the choices. */
  workers: number;
  choices: number;
  /** The longest task on the page's main thread while the advisor worked (0 when none over 50 ms). */
  longestTaskMs: number;
  /** The advice was the one kept from the last run on the same position, shown again. */
  remembered: boolean;
}

/** Opens the advisor on a ready play screen and waits for it; `page` is left with the advice shown. */
export async function openAdvisorAndWait(page: Page): Promise<AdvisorRun> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __cardsBeforeDone: number };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    // The cards on screen after each change, until the status says the whole advice is in.
    w.__cardsBeforeDone = 0;
    const cards = new MutationObserver(() => {
      const status = document.querySelector('[data-testid=advice-status]');
      if (status === null) return;
      if (status.hasAttribute('data-elapsed-ms')) cards.disconnect();
      else w.__cardsBeforeDone = Math.max(w.__cardsBeforeDone, document.querySelectorAll('.advice-choice').length);
    });
    cards.observe(document.body, { childList: true, subtree: true });
  });
  await page.click('[data-key="open-advisor"]');
  await page.waitForSelector('[data-testid=advice-status][data-elapsed-ms]', { timeout: 200_000 });
  return page.evaluate(() => {
    const status = document.querySelector<HTMLElement>('[data-testid=advice-status]')!.dataset;
    const w = window as unknown as { __longTasks: number[]; __cardsBeforeDone: number };
    return {
      ms: Number(status.elapsedMs),
      // A remembered advice is shown whole at once: its first choice with the rest.
      firstChoiceMs: Number(status.firstChoiceMs ?? status.elapsedMs),
      cardsBeforeDone: w.__cardsBeforeDone,
      workers: Number(status.workers),
      choices: document.querySelectorAll('.advice-choice').length,
      longestTaskMs: Math.max(0, ...w.__longTasks),
      remembered: status.remembered === 'true',
    };
  });
}

/**
 * The openings of one fresh page: the first (workers started cold); the same position again (the
 * advice kept from the first, shown at once); then, twice, the same position after a plan was
 * queued and withdrawn (a new state with the same content: the same work for warm workers).
 */
export interface AdvisorOpenings {
  cold: AdvisorRun;
  remembered: AdvisorRun;
  warm: AdvisorRun[];
}

/** Queues the first followable choice's plan from the open advisor (which closes it), then withdraws every proposal. */
export async function queueAndWithdraw(page: Page): Promise<void> {
  await page.click('.advisor-dialog [data-key^="advice-follow-"]');
  await page.waitForSelector('.advisor-dialog', { state: 'detached' });
  await page.waitForSelector('[data-key^="queue-withdraw-"]');
  while ((await page.$('[data-key^="queue-withdraw-"]')) !== null) await page.click('[data-key^="queue-withdraw-"]');
}

/** A fresh page of the advisor's game, the work ahead off; when it became playable. */
async function openWithoutAhead(context: BrowserContext, base: string): Promise<{ page: Page; at: number }> {
  const page = await context.newPage();
  await withoutAdviceAhead(page);
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  await page.goto(`${base}/${ADVISOR_PAGE}`);
  return { page, at: await playable(page) };
}

export async function measureAdvisor(context: BrowserContext, base: string, runs: number): Promise<AdvisorOpenings[]> {
  const out: AdvisorOpenings[] = [];
  for (let i = 0; i < runs; i++) {
    const { page } = await openWithoutAhead(context, base);
    const cold = await openAdvisorAndWait(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.advisor-dialog', { state: 'detached' });
    const remembered = await openAdvisorAndWait(page);
    const warm: AdvisorRun[] = [];
    // Each run leaves its advisor open, for the next to follow a plan from.
    for (let w = 0; w < 2; w++) {
      await queueAndWithdraw(page);
      warm.push(await openAdvisorAndWait(page));
    }
    out.push({ cold, remembered, warm });
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  return out;
}

/**
 * The first opening as a player meets it with the work ahead turned off: "What if?" pressed after
 * reading the turn for `readMs`, by when the page has loaded the advisor's code and workers
 * (prepareAdvisor.ts) but played nothing.
 */
export async function measureAfterReading(context: BrowserContext, base: string, runs: number, readMs = 3000): Promise<AdvisorRun[]> {
  const out: AdvisorRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, at } = await openWithoutAhead(context, base);
    const wait = at + readMs - (await page.evaluate(() => performance.now()));
    if (wait > 0) await page.waitForTimeout(wait);
    out.push(await openAdvisorAndWait(page));
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  return out;
}

/** The advice worked out ahead on a fresh page, and "What if?" pressed during it or after. */
export interface AheadRun {
  /** From the play screen being playable to the advice worked out ahead. */
  readyMs: number;
  /** "What if?" pressed once it was ready: the wait from the click. */
  afterReady: AdvisorRun;
  /** Then a plan queued and withdrawn, and "What if?" again: a run asked for, its workers warmed by the work ahead. */
  askedAfter: AdvisorRun;
  /** On another fresh page, "What if?" pressed `pressedAtMs` after playable, while it worked: the wait from the click. */
  during: AdvisorRun;
  pressedAtMs: number;
}

async function openPlayable(context: BrowserContext, base: string): Promise<{ page: Page; playable: number }> {
  const page = await context.newPage();
  await page.goto(`${base}/index.html`);
  await page.evaluate(() => localStorage.clear()); // no save, and the work ahead on (as by default)
  await page.goto(`${base}/${ADVISOR_PAGE}`);
  return { page, playable: await playable(page) };
}

/** The work ahead as a player meets it: pressing "What if?" after reading the turn for `pressAtMs`. */
export async function measureAhead(context: BrowserContext, base: string, runs: number, pressAtMs = 3000): Promise<AheadRun[]> {
  const out: AheadRun[] = [];
  for (let i = 0; i < runs; i++) {
    const first = await openPlayable(context, base);
    await aheadReported(first.page, 1, 'ready');
    const readyMs = (await first.page.evaluate(() => performance.now())) - first.playable;
    const afterReady = await openAdvisorAndWait(first.page);
    await queueAndWithdraw(first.page);
    const askedAfter = await openAdvisorAndWait(first.page);
    await first.page.close();
    const second = await openPlayable(context, base);
    const wait = second.playable + pressAtMs - (await second.page.evaluate(() => performance.now()));
    if (wait > 0) await second.page.waitForTimeout(wait);
    const pressedAtMs = (await second.page.evaluate(() => performance.now())) - second.playable;
    const during = await openAdvisorAndWait(second.page);
    await second.page.close();
    out.push({ readyMs: Math.round(readyMs), afterReady, askedAfter, during, pressedAtMs: Math.round(pressedAtMs) });
  }
  return out;
}

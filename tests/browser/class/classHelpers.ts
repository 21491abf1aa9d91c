// Shared by the class game's browser tests: pages that collect their errors (and, asked, the
// scripts they fetched), a student joining by the link, and an element's text.
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../board/chromium';

export interface ClassPagesOptions {
  /** Records the paths of the scripts each page fetched, in `scripts` (which chunks a class screen loads). */
  recordScripts?: boolean;
}

export interface JoinOptions {
  /** Runs on the join screen before the name is typed (a screenshot of it, say). */
  onJoinScreen?: (page: Page) => Promise<void>;
  /** Then takes this seat (an actor's id) from the choice of seats. */
  seat?: string;
}

/**
 * The pages of one test file's class games. `serverUrl` is read when a student joins: the file's
 * class server starts in its beforeAll, after this is made.
 */
export function classPages(serverUrl: () => string, options: ClassPagesOptions = {}) {
  /** Each page's console errors, uncaught exceptions and failed requests, by who it is: a test fails on any. */
  const errors = new Map<string, string[]>();
  /** The scripts each page fetched (with `recordScripts`). */
  const scripts = new Map<string, string[]>();

  async function newPage(context: BrowserContext, who: string): Promise<Page> {
    const page = await context.newPage();
    errors.set(who, collectErrors(page));
    if (options.recordScripts) {
      const fetched: string[] = scripts.get(who) ?? [];
      scripts.set(who, fetched);
      page.on('request', (r) => {
        if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname);
      });
    }
    return page;
  }

  /** Opens the join link (and takes `join.seat`); `name` null: this browser joined before, and the link takes it straight back to its seat. */
  async function joinByLink(page: Page, code: string, name: string | null, join: JoinOptions = {}): Promise<void> {
    await page.goto(`${serverUrl()}/index.html?class=${code}`);
    if (name !== null) {
      await page.waitForSelector('[data-testid=join-submit]');
      await join.onJoinScreen?.(page);
      await page.fill('[data-testid=join-name]', name);
      await page.click('[data-testid=join-submit]');
    }
    await page.waitForSelector('.class-student');
    if (join.seat !== undefined) await page.click(`[data-key="take-${join.seat}"]`);
  }

  return { errors, scripts, newPage, joinByLink };
}

/** The element's text now, or '' when there is none (a page moving to its debrief loses its class strip). */
export const text = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);

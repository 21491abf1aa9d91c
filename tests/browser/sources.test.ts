// The player sees every source of a scenario with its full reference and link: in the play
// screen's "Sources" dialog and on the debrief. The scenario file is untrusted: its reference stays
// text, its link opens apart from the page, and an address that is not http(s) is refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endTurnsToTheEnding, startFileGame, useGame, ROOT, shot } from './game/helpers';

const o = useGame();

const MINI = readFileSync(resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'), 'utf8');
const URL_GIVEN = 'https://example.org/articles/a-document?lang=en&page=1';
const REFERENCE = '"<img src=x onerror=alert(1)>" Nobody, A. "A document". Somewhere Press, 1 May 2020.';
const withSource = (url: string) => {
  const text = MINI.replace('    reference: Nobody, 2020.\n', `    reference: '${REFERENCE}'\n    url: "${url}"\n`);
  if (text === MINI) throw new Error('mini-scenario.yaml no longer has the reference this test replaces');
  return text;
};

type Shown = { cite: string; reference: string; href: string | null; linkText: string; rel: string | null; target: string | null };
const sourcesIn = (page: Page, list: string): Promise<Shown[]> =>
  page.$$eval(`${list} li`, (items) =>
    items.map((li) => {
      const a = li.querySelector('a');
      return {
        cite: li.querySelector('cite')?.textContent ?? '',
        reference: li.querySelector('p')?.textContent ?? '',
        href: a?.getAttribute('href') ?? null,
        linkText: a?.textContent ?? '',
        rel: a?.getAttribute('rel') ?? null,
        target: a?.getAttribute('target') ?? null,
      };
    }),
  );

const expected: Shown = { cite: 'A document', reference: REFERENCE, href: URL_GIVEN, linkText: URL_GIVEN, rel: 'noopener noreferrer', target: '_blank' };

describe('sources shown to the player', () => {
  it('a scenario file whose source link is not http(s) is refused, naming the field', async () => {
    const { page, errors } = o;
    await page.setInputFiles('#scenario-file', { name: 'js-link.yaml', mimeType: 'text/yaml', buffer: Buffer.from(withSource('javascript:alert(1)')) });
    await page.waitForSelector('[data-testid=error-lines] li');
    const lines = await page.$$eval('[data-testid=error-lines] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(lines.some((l) => /^js-link\.yaml:\d+: sources\[0\]\.url: .*http/.test(l)), lines.join('\n')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('in the play screen and on the debrief: title, the full reference as text, and a safe link', async () => {
    const { page, errors } = o;
    await startFileGame(page, 'sourced.yaml', withSource(URL_GIVEN), 'sources-1');

    await page.click('[data-key="open-sources"]');
    await page.waitForSelector('dialog .source-docs li');
    expect(await sourcesIn(page, 'dialog .source-docs')).toEqual([expected]);
    await shot(page, 'play-1280x800-sources');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog .source-docs', { state: 'detached' });

    // Nothing proposed: end turns until the game ends, then read the debrief's list.
    await endTurnsToTheEnding(page);
    await page.waitForSelector('.ending-screen');
    expect(await sourcesIn(page, '.ending-screen .source-panel .source-docs')).toEqual([expected]);
    expect(await page.$$('.source-docs img')).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});

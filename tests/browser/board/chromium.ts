// A Chromium of this machine (see ../findChromium.ts: Debian's on CI) driven by playwright-core,
// headless, with no network chatter of its own.
// --disable-gpu means WebGL runs on SwiftShader (software): timings are not a GPU's.
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../findChromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Console errors, uncaught exceptions, failed requests and HTTP errors of a page, to fail on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    // Aborted by navigating away is not the page's fault.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

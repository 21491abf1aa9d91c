// axe-core run on the page as it is now, for the browser tests: the violations a test must not
// have (serious and critical), written out so a failing assertion says what to fix and where.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: ImpactValue;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
  total: number;
}

export interface AxeReport {
  /** Serious and critical: a test fails on any. */
  blocking: AxeFinding[];
  /** Moderate and minor: listed, not failed on. */
  other: AxeFinding[];
  /** What axe could not decide (a contrast over an image, say): for a person to look at. */
  review: AxeFinding[];
  /**
   * Texts whose contrast axe could not check because it takes another element to lie over them
   * (it models stacking by z-index, not the top layer of a modal dialog): each is a blind spot.
   */
  contrastUnchecked: string[];
}

/** Elements axe leaves out, each for a reason. */
export interface AxeScope {
  exclude?: string[];
}

const SHOWN_NODES = 3;

/**
 * Runs axe on the page. The source goes in through DevTools evaluation (page.evaluate), which the
 * page's Content-Security-Policy does not apply to: a <script> tag (addScriptTag) would be refused
 * by `script-src 'self'`, and bypassCSP would hide the CSP problems other tests look for.
 */
export async function axeCheck(page: Page, scope: AxeScope = {}): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(
    async ({ exclude, options }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = exclude.length > 0 ? { include: [document as unknown as Element], exclude: exclude.map((s) => [s]) } : document;
      return axe.run(context as never, options);
    },
    // Every rule axe runs by default (WCAG 2.x A and AA, best practices), and the size of click
    // targets (WCAG 2.2 AA, off by default); results kept small.
    { exclude: scope.exclude ?? [], options: { resultTypes: ['violations', 'incomplete'], rules: { 'target-size': { enabled: true } } } satisfies RunOptions },
  );
  const finding = (v: AxeResults['violations'][number]): AxeFinding => ({
    id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      total: v.nodes.length,
      nodes: v.nodes.slice(0, SHOWN_NODES).map((n) => ({
        target: n.target.join(' '),
        html: n.html.length > 160 ? `${n.html.slice(0, 160)}…` : n.html,
        // Violations carry a summary; undecided checks only their messages.
        summary: (n.failureSummary ?? [...n.any, ...n.all, ...n.none].map((c) => c.message).join(' ')).replace(/\s+/g, ' ').trim(),
      })),
  });
  const findings = results.violations.map(finding);
  const blocking = (f: AxeFinding) => f.impact === 'serious' || f.impact === 'critical';
  const contrastUnchecked = results.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes.filter((n) => n.any.some((c) => (c.data as { messageKey?: string } | null)?.messageKey === 'bgOverlap')))
    .map((n) => n.target.join(' '));
  return { blocking: findings.filter(blocking), other: findings.filter((f) => !blocking(f)), review: results.incomplete.map(finding), contrastUnchecked };
}

/** The findings as lines a developer can act on: rule, impact, help, then where. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) =>
      [
        `${f.id} (${f.impact}): ${f.help} — ${f.helpUrl}`,
        ...f.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary}`),
        ...(f.total > f.nodes.length ? [`    …and ${f.total - f.nodes.length} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** The serious and critical violations of `screen`, as text: '' when there are none. */
export async function seriousViolations(page: Page, screen: string, scope: AxeScope = {}): Promise<string> {
  const report = await axeCheck(page, scope);
  if (report.blocking.length === 0) return '';
  return `${screen}:\n${describeFindings(report.blocking)}`;
}

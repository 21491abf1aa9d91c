// The documents a scenario is built from, as a player reads them: title, short name, the full
// reference and, when the scenario gives one, a link. Scenario files are untrusted: every part is
// text, and a link is made only from an http(s) address (the schema allows no other; checked again
// here because the page must never make a javascript: or data: link), opened in a new tab that gets
// no handle on this page.
import { h } from './dom';
import { scenarioText } from './scenarioText';

export interface SourceDoc {
  id: string;
  title: string;
  reference: string;
  url?: string | undefined;
}

/** The address as a link target, or null when it is not a plain http(s) address. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function sourceLink(url: string | undefined): HTMLElement | null {
  const href = safeHttpUrl(url);
  if (!href) return null;
  // The address itself is the link's text, so it shows on paper too.
  return h('p', { class: 'small source-link' }, h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, href));
}

/** `language`: the scenario's, its documents' titles and references (the id and the address are neither's). */
export function sourceDocList(docs: readonly SourceDoc[], language: string | undefined): HTMLElement {
  return h(
    'ul',
    { class: 'source-docs' },
    docs.map((s) => h('li', { attrs: { 'data-source': s.id } }, scenarioText(language, 'cite', null, s.title), h('span', { class: 'muted' }, ` (${s.id})`), scenarioText(language, 'p', { class: 'small' }, s.reference), sourceLink(s.url))),
  );
}

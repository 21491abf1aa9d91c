// A source may give the address where players read it: an http(s) address only, since the page
// makes a link of it. Anything else is refused at its line.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const REFERENCE = '    reference: Rozman, Gilbert. 2016. "Courting Mother Russia". Policy Forum, 9 September 2016.\n';
const withUrl = (url: string) => edit(minimal, REFERENCE, `${REFERENCE}    url: "${url}"\n`);

describe("a source's url", () => {
  it('is optional, and kept when it is an http or https address', () => {
    expect(loaded(minimal).scenario.sources[0]!.url).toBeUndefined();
    expect(loaded(withUrl('https://example.org/courting-mother-russia')).scenario.sources[0]!.url).toBe('https://example.org/courting-mother-russia');
    expect(loaded(withUrl('http://example.org/a?b=1')).scenario.sources[0]!.url).toBe('http://example.org/a?b=1');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', 'example.org/a', '/relative/path'])('refuses %s, at its line', (url) => {
    const text = withUrl(url);
    expect(errorsOf(text)).toEqual([expect.stringMatching(new RegExp(`^test\\.yaml:${lineOf(text, '    url:')}: sources\\[0\\]\\.url: a link is a full address starting with http:// or https://`))]);
  });
});

// A source's address becomes a link only when it is http or https (src/ui/sourceDocs.ts): the
// schema refuses other addresses first, and this is the page's own second check, tried here.
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/ui/sourceDocs';

describe("a source's link", () => {
  it('is made for http and https addresses, as the browser writes them', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('is refused for any other scheme, a text that is no address, or none', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org/', 'vbscript:x', 'not an address', '', undefined]) {
      expect(safeHttpUrl(url), String(url)).toBeNull();
    }
  });
});

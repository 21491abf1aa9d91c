// A join link made on a page opened at localhost cannot be opened by the students' devices.
import { describe, expect, it } from 'vitest';
import { localLinkWarning } from '../../src/ui/class/localLink';

describe('the warning for a join link only this computer can open', () => {
  it.each(['http://localhost:2567/?class=ABCD2345', 'http://127.0.0.1:2567/?class=ABCD2345', 'http://[::1]:2567/?class=ABCD2345', 'http://0.0.0.0:8080/index.html?class=ABCD2345'])('warns for %s', (link) => {
    expect(localLinkWarning(link)).toMatch(/^This link names this computer itself \(.+\): students’ devices cannot open it\. .*http:\/\/192\.168\.…:(2567|8080)\/\) and type the code\.$/);
  });

  it.each(['http://192.168.1.20:2567/?class=ABCD2345', 'https://pivot.school.example/?class=ABCD2345', 'http://localhost.school.example/?class=ABCD2345'])('says nothing for %s', (link) => {
    expect(localLinkWarning(link)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BY_WORD, HANDLE, PROFILE_URL } from '../../src/model/speakers/speakerMarks.js';

/** speakerMarks.ts on its own: each pattern's words and edges. */

describe('HANDLE and PROFILE_URL: a handle alone, a profile address whole', () => {
  it('reads a handle only as the whole text', () => {
    expect(HANDLE.test('@jroe')).toBe(true);
    expect(HANDLE.test('@j.roe-x')).toBe(true);
    expect(HANDLE.test('x @jroe')).toBe(false);
    expect(HANDLE.test('@jroe x')).toBe(false);
    expect(HANDLE.test('@')).toBe(false);
  });

  it('reads a profile on a social site, one slash or two after the scheme, and nothing around it', () => {
    expect(PROFILE_URL.test('https://twitter.com/jroe')).toBe(true);
    expect(PROFILE_URL.test('https:/twitter.com/jroe')).toBe(true);
    expect(PROFILE_URL.test('https:///twitter.com/jroe')).toBe(false);
    expect(PROFILE_URL.test('http://www.x.com/jroe/')).toBe(true);
    expect(PROFILE_URL.test('https://linkedin.com/in/jroe')).toBe(true);
    expect(PROFILE_URL.test('https://bsky.app/profile/jroe.bsky.social')).toBe(true);
    expect(PROFILE_URL.test('see https://twitter.com/jroe')).toBe(false);
    expect(PROFILE_URL.test('https://twitter.com/jroe/status/1')).toBe(false);
    expect(PROFILE_URL.test('https://github.com/jroe')).toBe(false);
  });

  it('reads a profile on Medium by its numbered or its "@" address, in any case', () => {
    expect(PROFILE_URL.test('https://medium.com/u/1978eb600702')).toBe(true);
    expect(PROFILE_URL.test('https://medium.com/@jroe')).toBe(true);
    expect(PROFILE_URL.test('https://medium.com/jroe')).toBe(false);
    expect(PROFILE_URL.test('https://medium.com/u/')).toBe(false);
    expect(PROFILE_URL.test('HTTPS://Twitter.com/JRoe')).toBe(true);
    expect(PROFILE_URL.test('https://x.com/j.roe-x_1')).toBe(true);
    expect(PROFILE_URL.test('https://x.com/j+roe')).toBe(false);
    expect(PROFILE_URL.test('ftp://x.com/jroe')).toBe(false);
    expect(PROFILE_URL.test('https://linkedin.com/jroe')).toBe(false);
    expect(PROFILE_URL.test('https://bsky.app/jroe')).toBe(false);
    expect(PROFILE_URL.test('https://xcom/jroe')).toBe(false);
  });
});

describe('BY_WORD: "by" in each corpus language, whole', () => {
  it('reads by, par, von and por, and no other word', () => {
    const byWord = new RegExp(`^${BY_WORD}$`);
    for (const word of ['by', 'par', 'von', 'por']) expect(byWord.test(word)).toBe(true);
    for (const word of ['', 'b', 'de', 'pour', 'byte']) expect(byWord.test(word)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { imageTarget, isSafeLink } from '../../src/parse/urlPolicy.js';

const NOTES = '/home/ann/notes/kubecon.md';

describe('isSafeLink', () => {
  it('keeps relative links and the five schemes, in any case', () => {
    for (const url of [
      'https://example.org',
      'HTTP://example.org',
      'mailto:ann@example.org',
      'ftp://example.org/f',
      'tel:+3212345',
      'docs/a.md',
      '#top',
      '?q=1',
      '1abc:x',
    ])
      expect(isSafeLink(url), url).toBe(true);
  });

  it('removes every other scheme, however it is hidden', () => {
    const hidden = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'Java\tScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:x',
      'java\u007fscript:x',
      'java\u0080script:x',
      'java\u009fscript:x',
    ];
    for (const url of [
      ...hidden,
      'vbscript:x',
      'data:text/html,<b>',
      'file:///etc/passwd',
      'a+b.c-d:x',
      'h323:x',
      'httpx://example.org',
      'xhttp:x',
    ])
      expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
  });
});

describe('imageTarget', () => {
  it('takes http(s) and protocol-relative images as remote', () => {
    expect(imageTarget('https://example.org/a.png', NOTES)).toEqual({
      kind: 'remote',
      url: 'https://example.org/a.png',
    });
    expect(imageTarget('HTTP://example.org/a.png', NOTES)).toEqual({ kind: 'remote', url: 'HTTP://example.org/a.png' });
    expect(imageTarget('//cdn.example.org/a.png', NOTES)).toEqual({
      kind: 'remote',
      url: 'https://cdn.example.org/a.png',
    });
  });

  it('inlines data: URLs of images only', () => {
    for (const url of ['data:image/png;base64,iVBOR', 'DATA:IMAGE/SVG+XML,<svg/>', ' data:image/x.y-z;base64,AA'])
      expect(imageTarget(url, NOTES), url).toEqual({ kind: 'inline', url });
    for (const url of [
      'data:text/html,<script>',
      'data:image/png',
      'data:image/,x',
      'data:;base64,image/png,',
      'data:text/html,<b>data:image/png;x',
    ])
      expect(imageTarget(url, NOTES), url).toEqual({ kind: 'unsafe' });
  });

  it('refuses other schemes and file: URLs of another host', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a.png', 'file://server/share/a.png'])
      expect(imageTarget(url, NOTES), url).toEqual({ kind: 'unsafe' });
  });

  it('reads file: URLs as local files, inside the notes folder or not', () => {
    expect(imageTarget(' file:///home/ann/notes/img/a.png ', NOTES)).toEqual({
      kind: 'local',
      url: 'file:///home/ann/notes/img/a.png',
      path: '/home/ann/notes/img/a.png',
      inside: true,
    });
    expect(imageTarget('file:///etc/passwd', NOTES)).toEqual({
      kind: 'local',
      url: 'file:///etc/passwd',
      path: '/etc/passwd',
      inside: false,
    });
  });

  it('resolves relative paths against the notes folder, decoded, without query or fragment', () => {
    expect(imageTarget('img/a%20b.png?v=2#x', NOTES)).toEqual({
      kind: 'local',
      url: 'file:///home/ann/notes/img/a%20b.png',
      path: '/home/ann/notes/img/a b.png',
      inside: true,
    });
    expect(imageTarget('img/c.png#frag', NOTES)).toMatchObject({ path: '/home/ann/notes/img/c.png', inside: true });
    // Not valid percent-encoding: the path is taken as written.
    expect(imageTarget('img/100%.png', NOTES)).toMatchObject({ path: '/home/ann/notes/img/100%.png', inside: true });
  });

  it('says a path outside the notes folder, or the folder itself, is not inside', () => {
    expect(imageTarget('../secret.png', NOTES)).toMatchObject({
      kind: 'local',
      path: '/home/ann/secret.png',
      inside: false,
    });
    expect(imageTarget('/etc/a.png', NOTES)).toMatchObject({ kind: 'local', path: '/etc/a.png', inside: false });
    expect(imageTarget('.', NOTES)).toMatchObject({ kind: 'local', path: '/home/ann/notes', inside: false });
    expect(imageTarget('/home/ann/notes/img/a.png', NOTES)).toMatchObject({ kind: 'local', inside: true });
  });

  it('refuses a path with a NUL byte, written or percent-encoded', () => {
    expect(imageTarget('img/a%00.png', NOTES)).toEqual({ kind: 'unsafe' });
    expect(imageTarget('img/a\0.png', NOTES)).toEqual({ kind: 'unsafe' });
  });
});

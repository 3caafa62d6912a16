import { describe, expect, it } from 'vitest';
import { continuedLead } from '../../src/plan/continuedLead.js';

const upTo = (chars: number) => (text: string) => text.length <= chars;

describe('continuedLead', () => {
  it('repeats the whole text with "(cont.)" when that fits', () => {
    expect(continuedLead('Storage at scale', upTo(26))).toBe('Storage at scale *(cont.)*');
  });

  it('cuts a longer text at the last space that fits, with "…"', () => {
    // "Storage at… *(cont.)*" is 21 characters, "Storage at scale… *(cont.)*" 27.
    expect(continuedLead('Storage at scale and beyond', upTo(26))).toBe('Storage at… *(cont.)*');
    expect(continuedLead('Storage at scale and beyond', upTo(27))).toBe('Storage at scale… *(cont.)*');
  });

  it('drops a comma, semicolon, colon or full stop before the "…"', () => {
    for (const mark of [',', ';', ':', '.'])
      expect(continuedLead(`Storage${mark} at scale and beyond`, upTo(20))).toBe('Storage… *(cont.)*');
    expect(continuedLead('Storage! at scale and beyond', upTo(20))).toBe('Storage!… *(cont.)*');
  });

  it('never cuts inside a link, code span or bold text', () => {
    expect(continuedLead('See [the long guide](https://example.org) for more', upTo(40))).toBe('See… *(cont.)*');
    expect(continuedLead('Run `kubectl get pods` now and then', upTo(30))).toBe('Run… *(cont.)*');
    expect(continuedLead('The **very big idea** of the day', upTo(30))).toBe('The… *(cont.)*');
    expect(continuedLead('A <span class="x">tag</span> here', upTo(18))).toBe('A… *(cont.)*');
    expect(continuedLead('A (long aside here) then more', upTo(20))).toBe('A… *(cont.)*');
  });

  it('cuts after a link once it is closed', () => {
    const text = 'See [the guide](https://example.org) for more words';
    expect(continuedLead(text, upTo(51))).toBe('See [the guide](https://example.org) for… *(cont.)*');
    expect(continuedLead(text, upTo(50))).toBe('See [the guide](https://example.org)… *(cont.)*');
  });

  it('keeps the whole text when not even its first word fits', () => {
    expect(continuedLead('Storage at scale', upTo(5))).toBe('Storage at scale *(cont.)*');
    expect(continuedLead('Unbreakable', upTo(5))).toBe('Unbreakable *(cont.)*');
  });

  it('cuts at a run of spaces or a line break as at one space', () => {
    expect(continuedLead('Storage  at\nscale and beyond', upTo(22))).toBe('Storage  at… *(cont.)*');
  });
});

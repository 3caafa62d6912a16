import { describe, expect, it } from 'vitest';
import { slotHeading } from '../../src/model/slotHeading.js';

describe("slotHeading: a heading that names a talk's place, with the speakers it names", () => {
  it('takes a bare slot or time range, with no speakers', () => {
    expect(slotHeading('Talk 1')).toEqual({ speakers: [] });
    expect(slotHeading('Keynote')).toEqual({ speakers: [] });
    expect(slotHeading('14:30 - 15:00')).toEqual({ speakers: [] });
  });

  it('reads the speakers after a slot and a colon or a dash, with an organisation in parentheses', () => {
    expect(slotHeading('Keynote - Jane Roe (Example)')).toEqual({ speakers: [{ name: 'Jane Roe', org: 'Example' }] });
    expect(slotHeading('Keynote: Jane Roe')).toEqual({ speakers: [{ name: 'Jane Roe', org: null }] });
    expect(slotHeading('Talk 2 — Jane Roe')).toEqual({ speakers: [{ name: 'Jane Roe', org: null }] });
    expect(slotHeading('  Keynote  -  Jane Roe  ')).toEqual({ speakers: [{ name: 'Jane Roe', org: null }] });
  });

  it('is null for a title: words before the dash that are no slot, or no name after it', () => {
    expect(slotHeading('My Talk - Jane Roe')).toBeNull();
    expect(slotHeading('Keynote - not a name here at all')).toBeNull();
    expect(slotHeading('Service Mesh Patterns')).toBeNull();
  });

  it('needs a space after the separator', () => {
    expect(slotHeading('Keynote -Jane Roe')).toBeNull();
  });
});

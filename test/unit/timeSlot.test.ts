import { describe, expect, it } from 'vitest';
import { withoutTimeSlot } from '../../src/model/speakers/timeSlot.js';

describe('withoutTimeSlot', () => {
  it('drops the slot in any case, and the spaces left around the title', () => {
    expect(withoutTimeSlot('10H - 10H50 : The Linux Kernel ')).toBe('The Linux Kernel');
    expect(withoutTimeSlot('9:00 TO 9:30 Keynote')).toBe('Keynote');
    expect(withoutTimeSlot('  Keynote  ')).toBe('Keynote');
  });

  it('needs a title after the slot', () => {
    expect(withoutTimeSlot('14:30')).toBe('14:30');
  });
});

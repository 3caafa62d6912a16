import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/plan/displayText.js';

describe('displayText', () => {
  it('keeps the text of links and images, not their targets', () => {
    expect(displayText('see [the docs](https://example.org/a) now')).toBe('see the docs now');
    expect(displayText('![a diagram](img/a.png)')).toBe('a diagram');
    expect(displayText('[](https://example.org) and ![](a.png)')).toBe('and');
    expect(displayText('[a](x) [b](y)')).toBe('a b');
  });

  it('leaves brackets that make no link', () => {
    expect(displayText('[a] (b)')).toBe('[a] (b)');
    expect(displayText('a (b) c')).toBe('a (b) c');
  });

  it('drops emphasis, strike-through and code marks', () => {
    expect(displayText('*a* **b** _c_ __d__ `e` ~~f~~')).toBe('a b c d e f');
  });

  it('collapses runs of spaces and line breaks, and trims', () => {
    expect(displayText('  a  \n\t b \n')).toBe('a b');
  });
});

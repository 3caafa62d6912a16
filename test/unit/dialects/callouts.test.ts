import { describe, expect, it } from 'vitest';
import { callouts } from '../../../src/parse/dialects/callouts.js';
import { normalize } from './normalize.js';

describe('callouts', () => {
  it('reads as a quote opening with its title, or its kind', () => {
    expect(normalize(callouts, '> [!note] Remember this\n> body').text).toBe('> **Remember this**  \n> body');
    expect(normalize(callouts, '> [!WARNING]-\n> careful').text).toBe('> **Warning**  \n> careful');
    expect(normalize(callouts, '> [!tip] Alone').text).toBe('> **Alone**');
  });

  it('leaves other quotes and code alone', () => {
    const text = '> [link](x) quote\n```\n> [!note]\n```';
    expect(normalize(callouts, text).text).toBe(text);
  });

  it('reads nested, indented and unspaced quotes, and a title without its trailing spaces', () => {
    expect(normalize(callouts, '> > [!note] Nested').text).toBe('> > **Nested**');
    expect(normalize(callouts, '  > [!note] Indented').text).toBe('  > **Indented**');
    expect(normalize(callouts, '>[!note] Tight').text).toBe('>**Tight**');
    expect(normalize(callouts, '> [!note] Remember  ').text).toBe('> **Remember**');
    expect(normalize(callouts, '> [!note]Title').text).toBe('> **Title**');
  });

  it('breaks the title line only when an indented quote line follows, and reads a callout only at the line start', () => {
    expect(normalize(callouts, '> [!tip] T\n  > body').text).toBe('> **T**  \n  > body');
    expect(normalize(callouts, '> [!tip] T\nx > y').text).toBe('> **T**\nx > y');
    // A line separator ends what `.` matches: such a line is no callout, and none of its words is lost.
    for (const text of ['See > [!note] here', '> [!note] a\u2028b']) expect(normalize(callouts, text).text).toBe(text);
  });
});

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
});

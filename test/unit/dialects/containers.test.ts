import { describe, expect, it } from 'vitest';
import { admonitions } from '../../../src/parse/dialects/admonitions.js';
import { containers } from '../../../src/parse/dialects/containers.js';
import { normalize } from './normalize.js';

describe(':::containers (HackMD, Docusaurus)', () => {
  it('drops the fences, keeping a title or a meaningful kind', () => {
    expect(normalize(containers, ':::info\nbody\n:::').text).toBe('\nbody\n');
    expect(normalize(containers, ':::tip\nbody\n:::').text).toBe('**Tip**\nbody\n');
    expect(normalize(containers, ':::note[Read first]\nbody\n::::').text).toBe('**Read first**\nbody\n');
    expect(normalize(containers, ':::spoiler Answer\nbody\n:::').text).toBe('**Answer**\nbody\n');
  });

  it('leaves code alone', () => {
    expect(normalize(containers, '```\n:::info\n```').text).toBe('```\n:::info\n```');
  });
});

describe('!!! admonitions (MkDocs)', () => {
  it('takes the title and un-indents the body so it is not code', () => {
    expect(normalize(admonitions, '!!! note "Why"\n    first\n\n    second\n\nafter\n    code').text).toBe(
      '**Why**\nfirst\n\nsecond\n\nafter\n    code',
    );
    expect(normalize(admonitions, '??? warning\n    body').text).toBe('**Warning**\nbody');
  });
});

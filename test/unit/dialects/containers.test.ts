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

  it('keeps every meaningful kind, in any case, and a quoted title with its inner quotes', () => {
    const kinds = [
      'note',
      'tip',
      'warning',
      'caution',
      'danger',
      'important',
      'attention',
      'hint',
      'todo',
      'example',
      'question',
      'quote',
    ];
    for (const kind of kinds)
      expect(normalize(containers, `:::${kind.toUpperCase()}`).text).toBe(
        `**${kind[0]!.toUpperCase()}${kind.slice(1)}**`,
      );
    expect(normalize(containers, `:::tip "Don't panic"`).text).toBe("**Don't panic**");
  });

  it('reads an indented fence and drops attributes in braces, but not ::: inside a line', () => {
    expect(normalize(containers, '  :::tip').text).toBe('**Tip**');
    expect(normalize(containers, ':::tip Title {.wide}').text).toBe('**Title**');
    const text = 'Note ::: here\nx:::info';
    expect(normalize(containers, text).text).toBe(text);
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

  it('reads an opener indented, spaced out, with class words or trailing spaces, and only at the line start', () => {
    expect(normalize(admonitions, '  !!! tip\n      body').text).toBe('  **Tip**\n  body');
    expect(normalize(admonitions, '!!!  note').text).toBe('**Note**');
    expect(normalize(admonitions, '!!! danger  inline end  "Take care"  ').text).toBe('**Take care**');
    const text = 'Read this !!! note\n!!! note "Why" and more';
    expect(normalize(admonitions, text).text).toBe(text);
  });

  it('keeps the body across a line of spaces when it goes on after it', () => {
    expect(normalize(admonitions, '!!! note\n    first\n  \n    second').text).toBe('**Note**\nfirst\n\nsecond');
  });
});

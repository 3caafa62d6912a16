import { describe, expect, it, vi } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Notes nested deeper than the stack holds make the Markdown parser throw a RangeError; which notes do
// depends on the stack's size, so the parser is made to throw it on a marker instead.
vi.mock('../../src/parse/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/parse/markdown.js')>();
  return {
    parseMarkdown: (body: string) => {
      if (body.includes('STACK-FULL')) throw new RangeError('Maximum call stack size exceeded');
      if (body.includes('PARSER-BUG')) throw new TypeError('a bug in the parser');
      return real.parseMarkdown(body);
    },
  };
});

describe('parseNotes, when the Markdown parser runs out of stack', () => {
  it('refuses the notes as bad input naming the file, the stack error kept as the cause', () => {
    let thrown: unknown;
    try {
      parseNotes('# Day 1\n\nSTACK-FULL\n', 'notes/deep.md');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RecapError);
    const error = thrown as RecapError;
    expect([error.kind, error.file, error.line, error.message]).toEqual([
      'input',
      'notes/deep.md',
      undefined,
      'Cannot read notes nested this deeply, expected lists and quotes a person could read',
    ]);
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it('lets any other error through as it is', () => {
    expect(() => parseNotes('PARSER-BUG', 'notes/bug.md')).toThrow(new TypeError('a bug in the parser'));
    expect(parseNotes('# Fine', 'notes/fine.md').tree.children).toHaveLength(1);
  });
});

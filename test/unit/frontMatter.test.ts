import { afterEach, describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { dateField } from '../../src/model/frontMatterFields.js';
import { parseFrontMatter } from '../../src/parse/frontMatter.js';

/** The error `fn` throws; fails the test when it does not throw. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, got none');
}

/** The RecapError `fn` throws, checked to be an input error about `file`. */
function inputErrorOf(fn: () => unknown, file: string): RecapError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(RecapError);
  const recap = error as RecapError;
  expect(recap.kind).toBe('input');
  expect(recap.file).toBe(file);
  return recap;
}

describe('parseFrontMatter: reading the block', () => {
  it('reads TOML front matter between +++ lines', () => {
    const text = ['+++', 'title = "KubeCon EU"', 'date = 2021-12-07', '+++', '', '# Notes'].join('\n');
    const { kind, data } = parseFrontMatter(text, 'notes.md');
    expect(kind).toBe('toml');
    expect(data.title).toBe('KubeCon EU');
    expect(data.date).toBeInstanceOf(Date);
    expect(dateField(data.date)).toBe('2021-12-07');
  });

  it('reads YAML front matter between --- lines', () => {
    const text = ['---', 'title: KubeCon EU', 'authors: [Ann, Bob]', '---', '', '# Notes'].join('\n');
    const { kind, data } = parseFrontMatter(text, 'notes.md');
    expect(kind).toBe('yaml');
    expect(data).toEqual({ title: 'KubeCon EU', authors: ['Ann', 'Bob'] });
  });

  it('keeps a YAML date as written, never shifted by its time zone', () => {
    const dates = (value: string) =>
      dateField(parseFrontMatter(['---', `date: ${value}`, '---', ''].join('\n'), 'notes.md').data.date);
    expect(dates('2019-05-23T23:00:00-01:00')).toBe('2019-05-23');
    expect(dates('2019-05-23T01:00:00+09:00')).toBe('2019-05-23');
    expect(dates('2019-05-23 23:30:00 -05:00')).toBe('2019-05-23');
    expect(dates('"2019-05-23T23:00:00-01:00" # quoted')).toBe('2019-05-23');
    expect(dates('2019-05-23')).toBe('2019-05-23');
    expect(
      dateField(
        parseFrontMatter(['+++', 'date = 2019-05-23T23:00:00-01:00', '+++', ''].join('\n'), 'notes.md').data.date,
      ),
    ).toBe('2019-05-23');
  });

  it('leaves notes without front matter untouched', () => {
    const text = '# Notes\n\n+++\nnot = "front matter"\n+++\n';
    expect(parseFrontMatter(text, 'notes.md')).toEqual({ kind: 'none', data: {}, body: text });
  });

  it('does not take a thematic break after the first line for front matter', () => {
    const text = 'Intro\n---\ntitle: nope\n---\n';
    expect(parseFrontMatter(text, 'notes.md').kind).toBe('none');
  });
});

describe('parseFrontMatter: the body keeps file line numbers', () => {
  it.each([
    ['toml', ['+++', 'title = "T"', 'tags = []', '+++', '', '## Day one', 'text']],
    ['yaml', ['---', 'title: T', 'tags: []', '---', '', '## Day one', 'text']],
  ])('blanks the %s block and keeps the line count', (_kind, lines) => {
    const { body } = parseFrontMatter(lines.join('\n'), 'notes.md');
    const bodyLines = body.split('\n');
    expect(bodyLines).toHaveLength(lines.length);
    // Lines 1-4 (the block and its delimiters) are blank; everything after is where it was.
    expect(bodyLines.slice(0, 4)).toEqual(['', '', '', '']);
    expect(bodyLines.slice(4)).toEqual(lines.slice(4));
    expect(bodyLines.indexOf('## Day one')).toBe(lines.indexOf('## Day one'));
  });
});

describe('parseFrontMatter: errors', () => {
  it.each([
    ['TOML', '+++\ntitle = "T"\n\n# Notes\n'],
    ['YAML', '---\ntitle: T\n\n# Notes\n'],
  ])('reports unclosed %s front matter as an input error on line 1', (kind, text) => {
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.line).toBe(1);
    expect(error.message).toContain(kind);
  });

  it('reports invalid TOML as an input error naming the TOML problem', () => {
    const text = ['+++', 'title = "T"', 'bad = nope', 'other = 1', '+++', ''].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.message).toMatch(/^Cannot read the TOML front matter: /);
    expect(error.format()).toMatch(/^notes\.md:\d+: /);
  });

  it.each([
    [2, ['+++', 'bad = nope', 'title = "T"', '+++', '']],
    [3, ['+++', 'title = "T"', 'bad = nope', 'other = 1', '+++', '']],
    [4, ['+++', 'a = 1', 'b = 2', 'a = 3', '+++', '']],
  ])('reports invalid TOML on the file line that holds the error (line %i)', (line, lines) => {
    const error = inputErrorOf(() => parseFrontMatter(lines.join('\n'), 'notes.md'), 'notes.md');
    expect(error.line).toBe(line);
  });

  it('reports invalid YAML as an input error naming the YAML problem', () => {
    const text = ['---', 'title: T', 'a: 1', 'a: 2', '---', ''].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.message).toBe('Cannot read the YAML front matter: duplicated mapping key');
  });

  it.each([
    [4, ['---', 'title: T', 'a: 1', 'a: 2', '---', '']],
    [3, ['---', 'title: T', 'foo: @bar', 'z: 1', '---', '']],
  ])('reports invalid YAML on the file line that holds the error (line %i)', (line, lines) => {
    const error = inputErrorOf(() => parseFrontMatter(lines.join('\n'), 'notes.md'), 'notes.md');
    expect(error.line).toBe(line);
  });
});

describe('parseFrontMatter: front matter is never executed', () => {
  afterEach(() => {
    delete (globalThis as { pwned?: unknown }).pwned;
  });

  it.each(['js', 'javascript'])('refuses a ---%s block without running it', (language) => {
    const text = [`---${language}`, '{ title: (globalThis.pwned = "yes") }', '---', '', '# Notes'].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.line).toBe(1);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('refuses YAML !!js/function tags without running them', () => {
    const text = ['---', 'title: !!js/function "function () { globalThis.pwned = 1 }"', '---', ''].join('\n');
    inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
